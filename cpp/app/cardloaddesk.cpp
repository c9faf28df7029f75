#include "cardloaddesk.h"

#include "cardload.h"
#include "datasource.h"
#include "etcclient.h"
#include "money.h"
#include "simulatedcard.h"
#include "statuslistrepository.h"
#include "store.h"
#include "syncengine.h"
#include "syncstatus.h"
#include "clock.h"
#include "uuidgenerator.h"

#include <QDateTime>
#include <QDir>

using namespace Qt::StringLiterals;

namespace {

const fd::SystemClock &systemClock()
{
    static const fd::SystemClock c;
    return c;
}

QVariantMap toMap(const fd::CardChip &chip)
{
    return {{u"cardNo"_s, chip.cardNo},
            {u"type"_s, chip.cardType},
            {u"validFrom"_s, chip.validFrom},
            {u"validTo"_s, chip.validTo},
            {u"balance"_s, fd::Money::fromFen(chip.balanceFen).display()},
            {u"balanceFen"_s, double(chip.balanceFen)},
            {u"counter"_s, double(chip.counter)}};
}

QVariantMap resultOf(const fd::CardLoad &load)
{
    return {{u"loadId"_s, load.id},
            {u"amount"_s, fd::Money::fromFen(load.amountFen).display()},
            {u"cardBalance"_s, fd::Money::fromFen(load.balanceAfterFen).display()},
            {u"accountBalance"_s, fd::Money::fromFen(load.accountBalanceAfterFen).display()}};
}

/** A status-list reason as the counter says it. */
QString reasonText(const QString &reason)
{
    if (reason == "lost"_L1)
        return CardLoadDesk::tr("lost");
    if (reason == "suspended"_L1)
        return CardLoadDesk::tr("suspended");
    if (reason == "cancelled_without_card"_L1)
        return CardLoadDesk::tr("cancelled without the card");
    if (reason == "balance_too_low"_L1)
        return CardLoadDesk::tr("balance too low");
    if (reason == "overdrawn"_L1)
        return CardLoadDesk::tr("overdrawn");
    if (reason == "vehicle_mismatch"_L1)
        return CardLoadDesk::tr("vehicle mismatch");
    return reason;
}

/**
 * Why card @p cardNo may not be loaded by this device's copy of the status list; nullopt when it
 * is not on it. A list that cannot be read refuses too: money is not put on a card unchecked.
 */
std::optional<QString> statusListRefusal(fd::Store *store, const QString &cardNo)
{
    if (!store || cardNo.isEmpty())
        return std::nullopt;
    auto hit = fd::StatusListRepository(*store).lookup(cardNo);
    if (!hit)
        return CardLoadDesk::tr("This device's status list cannot be read, so the card cannot be checked; it is not loaded. (%1)")
            .arg(hit.error().message);
    if (!hit->has_value())
        return std::nullopt;
    const fd::StatusListHit &listed = hit->value();
    const QString since = QDateTime::fromMSecsSinceEpoch(listed.listedAt).toString(u"yyyy-MM-dd HH:mm"_s);
    return CardLoadDesk::tr("This card is on the status list (%1) since %2; it cannot be loaded.").arg(reasonText(listed.reason), since);
}

} // namespace

CardLoadDesk::CardLoadDesk(QObject *parent) : QObject(parent) {}

CardLoadDesk::~CardLoadDesk() = default;

void CardLoadDesk::setSource(DataSource *source)
{
    if (source == m_source)
        return;
    m_source = source;
    Q_EMIT sourceChanged();
    refreshCards();
}

void CardLoadDesk::setSync(SyncStatus *sync)
{
    if (sync == m_sync)
        return;
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    // Enrolling (or the engine arriving) changes whether loads can be asked for.
    if (m_sync)
        connect(m_sync, &SyncStatus::changed, this, &CardLoadDesk::availableChanged);
    Q_EMIT syncChanged();
    Q_EMIT availableChanged();
}

void CardLoadDesk::setStaffId(const QString &staffId)
{
    if (staffId == m_staffId)
        return;
    m_staffId = staffId;
    Q_EMIT staffIdChanged();
}

bool CardLoadDesk::available() const
{
    const fd::SyncEngine *engine = m_sync ? m_sync->engine() : nullptr;
    return engine && engine->isEnrolled();
}

QString CardLoadDesk::readerFolder() const
{
    if (!m_source || !m_source->store())
        return {};
    return QDir(m_source->store()->dataDir()).filePath(u"card-reader"_s);
}

void CardLoadDesk::refreshCards()
{
    QStringList names;
    const QString folder = readerFolder();
    if (!folder.isEmpty()) {
        for (const QString &file : QDir(folder).entryList({u"*.json"_s}, QDir::Files, QDir::Name))
            names << file.chopped(5);
    }
    if (names != m_cards) {
        m_cards = names;
        Q_EMIT cardsChanged();
    }
}

void CardLoadDesk::present(const QString &name)
{
    if (m_busy)
        return;
    m_presented = m_cards.contains(name) ? name : QString();
    m_status.clear();
    m_message.clear();
    m_amountError.clear();
    m_result.clear();
    if (auto error = readPresented()) {
        m_status = u"failed"_s;
        m_message = describe(*error);
    } else if (auto refusal = statusListRefusal(m_source ? m_source->store() : nullptr, m_card.value(u"cardNo"_s).toString())) {
        // Said as soon as the card is read, before the customer pays.
        m_status = u"failed"_s;
        m_message = *refusal;
    }
    Q_EMIT stateChanged();
}

std::optional<fd::Error> CardLoadDesk::readPresented()
{
    m_card.clear();
    if (m_presented.isEmpty())
        return std::nullopt;
    fd::SimulatedCardTerminal terminal(systemClock());
    terminal.present(QDir(readerFolder()).filePath(m_presented + u".json"_s));
    auto chip = terminal.readCard();
    if (!chip)
        return chip.error();
    m_card = toMap(chip.value());
    return std::nullopt;
}

template<typename T>
std::optional<T> CardLoadDesk::runFlow(const std::function<fd::Result<T>(fd::CardLoadFlow &)> &step)
{
    m_busy = true;
    Q_EMIT stateChanged();
    if (!available()) {
        finish(u"failed"_s, tr("Loading a card needs the connection to the server, which this device does not have."));
        return std::nullopt;
    }
    fd::SyncEngine *engine = m_sync->engine();
    fd::EtcClient server(engine->network(), engine->server(), engine->token(), m_staffId);
    fd::SimulatedCardTerminal terminal(systemClock());
    if (!m_presented.isEmpty())
        terminal.present(QDir(readerFolder()).filePath(m_presented + u".json"_s));
    fd::CardLoadFlow flow(terminal, server);
    // The server's answers are awaited in a local event loop: the screen keeps drawing, and the
    // clerk may leave it meanwhile, which destroys this desk. Nothing of it is touched then.
    const QPointer<CardLoadDesk> self(this);
    auto out = step(flow);
    if (!self)
        return std::nullopt;
    if (!out) {
        const bool unfinished = out.error().code == QLatin1String("write_unfinished");
        finish(unfinished ? u"unfinished"_s : u"failed"_s, describe(out.error()));
        return std::nullopt;
    }
    return std::move(out).value();
}

void CardLoadDesk::load(const QString &amountText, const QString &payment)
{
    if (m_busy)
        return;
    m_amountError.clear();
    auto amount = fd::Money::parseYuan(amountText);
    if (!amount)
        m_amountError = tr("Enter the amount in yuan, e.g. 100 or 50.50.");
    else if (amount->fen() <= 0)
        m_amountError = tr("The amount must be more than zero.");
    if (!m_amountError.isEmpty()) {
        Q_EMIT stateChanged();
        return;
    }
    // The device's own copy of the list first: a listed card is refused without asking anyone.
    // The card as it lies on the reader now, in case it was swapped since it was read.
    (void)readPresented();
    if (auto refusal = statusListRefusal(m_source ? m_source->store() : nullptr, m_card.value(u"cardNo"_s).toString())) {
        finish(u"failed"_s, *refusal);
        return;
    }
    const QString key = m_presented + u'|' + QString::number(amount->fen()) + u'|' + payment;
    if (key != m_requestKey || m_requestId.isEmpty()) {
        m_requestKey = key;
        m_requestId = fd::UuidGenerator(systemClock()).next();
    }
    const qint64 fen = amount->fen();
    const QString requestId = m_requestId;
    auto outcome = runFlow<fd::CardLoadFlow::Outcome>(
        [&](fd::CardLoadFlow &flow) { return flow.load(requestId, fen, payment); });
    if (!outcome)
        return;
    const fd::CardLoad &done = outcome->load;
    // The load finished may be this very payment, asked for before and cut off (no answer, the
    // card pulled): then it is this payment that is on the card now.
    const bool ours = !outcome->settledEarlier || done.requestId == requestId;
    if (ours)
        m_requestId.clear(); // this payment is on the card: the next one is a new request
    finish(ours ? u"loaded"_s : u"settled"_s,
           ours ? tr("%1 loaded onto the card.").arg(fd::Money::fromFen(done.amountFen).display())
                : tr("This card had a load of %1 that had not reached it; it is on the card now. No new load was made: "
                     "take the new payment only if the customer still wants it.")
                      .arg(fd::Money::fromFen(done.amountFen).display()),
           resultOf(done));
}

void CardLoadDesk::settle()
{
    if (m_busy)
        return;
    // An earlier load is not written onto a card listed since (lost, say): it stays on the account.
    (void)readPresented();
    if (auto refusal = statusListRefusal(m_source ? m_source->store() : nullptr, m_card.value(u"cardNo"_s).toString())) {
        finish(u"failed"_s, *refusal);
        return;
    }
    auto settled = runFlow<std::optional<fd::CardLoadFlow::Outcome>>([](fd::CardLoadFlow &flow) { return flow.settle(); });
    if (!settled)
        return;
    if (!settled->has_value()) {
        finish(u"loaded"_s, tr("The card has every load made for it."));
        return;
    }
    const fd::CardLoad &done = (*settled)->load;
    if (done.requestId == m_requestId)
        m_requestId.clear();
    finish(u"settled"_s,
           tr("The load of %1 that had not reached this card is on it now.").arg(fd::Money::fromFen(done.amountFen).display()),
           resultOf(done));
}

void CardLoadDesk::finish(const QString &status, const QString &message, const QVariantMap &result)
{
    m_busy = false;
    m_status = status;
    m_message = message;
    m_result = result;
    (void)readPresented(); // the card as it is now; a card taken away shows as none
    Q_EMIT stateChanged();
}

void CardLoadDesk::reset()
{
    if (m_busy)
        return;
    m_presented.clear();
    m_card.clear();
    m_status.clear();
    m_message.clear();
    m_amountError.clear();
    m_result.clear();
    m_requestId.clear();
    m_requestKey.clear();
    Q_EMIT stateChanged();
}

QString CardLoadDesk::describe(const fd::Error &error)
{
    const QString &c = error.code;
    if (c == "card_not_loadable"_L1)
        return tr("This card cannot be loaded: %1").arg(error.message);
    if (c == "load_pending"_L1)
        return tr("An earlier load of this card has not reached it yet. Present the card again to finish that one first.");
    if (c == "invalid_amount"_L1)
        return tr("A single load is between ¥0.01 and ¥5,000.00.");
    if (c == "not_found"_L1)
        return tr("The server does not know this card.");
    if (c == "forbidden"_L1 || c == "unknown_staff"_L1)
        return tr("Your role does not allow card loads.");
    if (c == "unauthorized"_L1 || c == "device_revoked"_L1)
        return tr("This device is not accepted by the server; please tell the supervisor.");
    if (c == "needs_review"_L1)
        return tr("The card's record no longer shows whether its last load reached it. The load is kept for review by "
                  "the back office; nothing was charged twice.");
    if (c == "request_mismatch"_L1)
        return tr("This payment was already used for another load; start again.");
    if (c == "db_unavailable"_L1 || c == "server_busy"_L1 || c == "bad_response"_L1)
        return tr("The server could not complete the request; try again in a moment. Nothing is loaded twice.");
    // The terminal's and the flow's own messages are in the UI's words already.
    return error.message;
}
