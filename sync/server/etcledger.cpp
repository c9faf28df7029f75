#include "etcledger.h"

#include "loadmac.h"
#include "money.h"
#include "serverstorage.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

const QString kLoadColumns = u"l.id, l.request_id, c.card_no, l.account_id, l.amount_fen, l.counter_before, l.mac, l.state,"
                             " (SELECT e.balance_after_fen FROM etc_ledger e WHERE e.ref = l.id AND e.kind = 'load'),"
                             " l.counter_after, l.balance_after_fen"_s;

EtcLoad loadFrom(const QSqlQuery &q)
{
    EtcLoad l;
    l.id = q.value(0).toString();
    l.requestId = q.value(1).toString();
    l.cardNo = q.value(2).toString();
    l.accountId = q.value(3).toString();
    l.amountFen = q.value(4).toLongLong();
    l.counterBefore = q.value(5).toLongLong();
    l.mac = q.value(6).toString();
    l.state = q.value(7).toString();
    l.accountBalanceAfterFen = q.value(8).toLongLong();
    l.counterAfter = q.value(9).toLongLong();
    l.balanceAfterFen = q.value(10).toLongLong();
    return l;
}

bool isPayment(const QString &p)
{
    return p == "cash"_L1 || p == "bank_card"_L1 || p == "qr"_L1 || p == "account"_L1;
}

} // namespace

EtcLedger::EtcLedger(ServerStorage &storage, const Clock &clock, QByteArray masterKey)
    : m_storage(storage), m_clock(clock), m_masterKey(std::move(masterKey)), m_ids(clock)
{
}

QByteArray EtcLedger::cardKey(const QString &cardNo) const
{
    return LoadMac::cardKey(m_masterKey, cardNo);
}

Result<QSqlQuery> EtcLedger::run(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_storage.database());
    if (!q.prepare(sql))
        return makeError("db_query", u"%1: %2"_s.arg(sql.left(60), q.lastError().text()));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return makeError("db_query", u"%1: %2"_s.arg(sql.left(60), q.lastError().text()));
    return q;
}

Result<void> EtcLedger::begin()
{
    if (auto r = run(u"BEGIN IMMEDIATE"_s, {}); !r)
        return r.error();
    return {};
}

Result<void> EtcLedger::commit()
{
    if (auto r = run(u"COMMIT"_s, {}); !r) {
        rollback();
        return r.error();
    }
    return {};
}

void EtcLedger::rollback()
{
    (void)run(u"ROLLBACK"_s, {});
}

Result<QString> EtcLedger::openAccount(const QString &accountNo, const QString &customerId, const QString &outletId,
                                       const QString &kind)
{
    if (accountNo.isEmpty() || customerId.isEmpty() || (kind != "stored_value"_L1 && kind != "debit"_L1))
        return makeError("invalid_account", u"An account needs a number, a customer and a kind (stored_value or debit)."_s);
    const QString id = m_ids.next();
    auto r = run(u"INSERT INTO etc_accounts (id, account_no, customer_id, outlet_id, kind, status, balance_fen, opened_at)"
                 " VALUES (?, ?, ?, ?, ?, 'open', 0, ?)"_s,
                 {id, accountNo, customerId, outletId, kind, m_clock.nowMs()});
    if (!r)
        return r.error();
    return id;
}

Result<QString> EtcLedger::issueCard(const QString &accountId, const QString &cardNo, const QString &cardType,
                                     const QString &validFrom, const QString &validTo)
{
    auto account = run(u"SELECT status FROM etc_accounts WHERE id = ?"_s, {accountId});
    if (!account)
        return account.error();
    if (!account.value().next())
        return makeError("not_found", u"There is no account %1."_s.arg(accountId));
    const QString id = m_ids.next();
    auto r = run(u"INSERT INTO etc_cards (id, card_no, account_id, card_type, status, chip_balance_fen, txn_counter,"
                 " valid_from, valid_to, issued_at) VALUES (?, ?, ?, ?, 'normal', 0, 0, ?, ?, ?)"_s,
                 {id, cardNo, accountId, cardType, validFrom, validTo, m_clock.nowMs()});
    if (!r)
        return r.error();
    return id;
}

Result<void> EtcLedger::setCardStatus(const QString &cardNo, const QString &status)
{
    auto r = run(u"UPDATE etc_cards SET status = ? WHERE card_no = ?"_s, {status, cardNo});
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return makeError("not_found", u"There is no card %1."_s.arg(cardNo));
    return {};
}

Result<EtcLoad> EtcLedger::loadWhere(const QString &column, const QString &value)
{
    auto q = run(u"SELECT %1 FROM etc_loads l JOIN etc_cards c ON c.id = l.card_id WHERE l.%2 = ?"_s.arg(kLoadColumns, column),
                 {value});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError("not_found", u"There is no such load."_s);
    return loadFrom(q.value());
}

Result<EtcLoad> EtcLedger::load(const QString &loadId)
{
    return loadWhere(u"id"_s, loadId);
}

Result<std::optional<EtcLoad>> EtcLedger::openLoad(const QString &cardNo)
{
    auto q = run(u"SELECT %1 FROM etc_loads l JOIN etc_cards c ON c.id = l.card_id"
                 " WHERE c.card_no = ? AND l.state = 'authorised'"_s.arg(kLoadColumns),
                 {cardNo});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<EtcLoad>();
    return std::optional<EtcLoad>(loadFrom(q.value()));
}

Result<EtcLoad> EtcLedger::authoriseLoad(const EtcActor &actor, const LoadRequest &request)
{
    if (request.amountFen <= 0 || request.amountFen > kMaxLoadFen)
        return makeError("invalid_amount",
                         u"A load is between ¥0.01 and %1."_s.arg(Money::fromFen(kMaxLoadFen).display()), u"amount_fen"_s);
    if (request.requestId.isEmpty() || request.requestId.size() > 64)
        return makeError("invalid_request", u"A load request needs its request id (at most 64 characters)."_s, u"request_id"_s);
    if (request.chipCounter < 0)
        return makeError("invalid_request", u"The card's transaction counter cannot be negative."_s, u"chip_counter"_s);
    if (!isPayment(request.payment))
        return makeError("invalid_request", u"Payment is cash, bank_card, qr or account."_s, u"payment"_s);
    if (auto r = begin(); !r)
        return r.error();
    auto fail = [this](Error e) -> Result<EtcLoad> {
        rollback();
        return e;
    };

    if (auto earlier = loadWhere(u"request_id"_s, request.requestId); earlier) {
        if (earlier->cardNo != request.cardNo || earlier->amountFen != request.amountFen)
            return fail(makeError("request_mismatch", u"This request id was used for another load."_s, u"request_id"_s));
        if (auto r = commit(); !r)
            return r.error();
        return earlier.value();
    } else if (earlier.error().code != "not_found"_L1) {
        return fail(earlier.error());
    }

    auto card = run(u"SELECT c.id, c.status, c.valid_from, c.valid_to, a.id, a.status, a.balance_fen"
                    " FROM etc_cards c JOIN etc_accounts a ON a.id = c.account_id WHERE c.card_no = ?"_s,
                    {request.cardNo});
    if (!card)
        return fail(card.error());
    if (!card.value().next())
        return fail(makeError("not_found", u"There is no card %1."_s.arg(request.cardNo), u"card_no"_s));
    const QString cardId = card->value(0).toString();
    const QString cardStatus = card->value(1).toString();
    // Validity is a calendar date where the card is used: the server's local day, the same day
    // `server etc card issue` dates a new card with.
    const QString today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date().toString(Qt::ISODate);
    const QString accountId = card->value(4).toString();
    if (cardStatus != "normal"_L1)
        return fail(makeError("card_not_loadable", u"Card %1 is %2 and cannot be loaded."_s.arg(request.cardNo, cardStatus)));
    if (card->value(3).toString() < today || card->value(2).toString() > today)
        return fail(makeError("card_not_loadable", u"Card %1 is not valid today (valid %2 to %3)."_s
                                                       .arg(request.cardNo, card->value(2).toString(), card->value(3).toString())));
    if (card->value(5).toString() != "open"_L1)
        return fail(makeError("card_not_loadable", u"The account of card %1 is %2."_s.arg(request.cardNo, card->value(5).toString())));
    auto newBalance = Money::fromFen(card->value(6).toLongLong()).plus(Money::fromFen(request.amountFen));
    if (!newBalance)
        return fail(makeError("invalid_amount", u"The account balance would overflow."_s, u"amount_fen"_s));

    auto pending = openLoad(request.cardNo);
    if (!pending)
        return fail(pending.error());
    if (pending->has_value())
        return fail(makeError("load_pending", u"An earlier load of %1 to this card (%2) has not reached the card yet. "
                                              "Present the card again to finish it first."_s
                                                  .arg(Money::fromFen(pending->value().amountFen).display(), pending->value().id)));

    const qint64 now = m_clock.nowMs();
    const QString loadId = m_ids.next();
    // A kiosk load has no staff member: "", not NULL, which the NOT NULL columns refuse.
    const QString staffId = actor.staffId.isNull() ? QStringLiteral("") : actor.staffId;
    const QString mac = LoadMac::loadMac(cardKey(request.cardNo), request.cardNo, request.amountFen, request.chipCounter);
    const QList<std::pair<QString, QVariantList>> writes = {
        {u"INSERT INTO etc_loads (id, request_id, card_id, account_id, amount_fen, counter_before, mac, state, payment,"
         " staff_id, device_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'authorised', ?, ?, ?, ?)"_s,
         {loadId, request.requestId, cardId, accountId, request.amountFen, request.chipCounter, mac, request.payment,
          staffId, actor.deviceId, now}},
        {u"INSERT INTO etc_ledger (id, account_id, card_id, kind, amount_fen, balance_after_fen, at, staff_id, device_id, ref)"
         " VALUES (?, ?, ?, 'load', ?, ?, ?, ?, ?, ?)"_s,
         {m_ids.next(), accountId, cardId, request.amountFen, newBalance->fen(), now, staffId, actor.deviceId, loadId}},
        {u"UPDATE etc_accounts SET balance_fen = ? WHERE id = ?"_s, {newBalance->fen(), accountId}},
    };
    for (const auto &[sql, binds] : writes) {
        if (auto r = run(sql, binds); !r)
            return fail(r.error());
    }
    const QString detail = u"{\"load\":\"%1\",\"card\":\"%2\",\"amount_fen\":%3,\"device\":\"%4\"}"_s
                               .arg(loadId, request.cardNo)
                               .arg(request.amountFen)
                               .arg(actor.deviceId);
    if (auto r = m_storage.appendAudit(actor.staffId.isEmpty() ? actor.deviceId : actor.staffId, u"etc.load.authorise"_s, detail); !r)
        return fail(r.error());
    auto out = load(loadId);
    if (!out)
        return fail(out.error());
    if (auto r = commit(); !r)
        return r.error();
    return out;
}

Result<void> EtcLedger::complete(const EtcLoad &load, qint64 counterAfter, qint64 balanceAfterFen, const QString &tac)
{
    const qint64 now = m_clock.nowMs();
    if (auto r = run(u"UPDATE etc_loads SET state = 'completed', completed_at = ?, counter_after = ?, balance_after_fen = ?,"
                     " tac = ? WHERE id = ? AND state = 'authorised'"_s,
                     {now, counterAfter, balanceAfterFen, tac, load.id});
        !r)
        return r.error();
    // The server's view of the chip only moves forward: a later purchase it heard of stays.
    if (auto r = run(u"UPDATE etc_cards SET chip_balance_fen = ?, txn_counter = ? WHERE card_no = ? AND txn_counter < ?"_s,
                     {balanceAfterFen, counterAfter, load.cardNo, counterAfter});
        !r)
        return r.error();
    const QString detail = u"{\"load\":\"%1\",\"counter_after\":%2,\"balance_after_fen\":%3}"_s.arg(load.id).arg(counterAfter).arg(balanceAfterFen);
    if (auto r = m_storage.appendAudit(u"card"_s, u"etc.load.complete"_s, detail); !r)
        return r.error();
    return {};
}

Result<EtcLoad> EtcLedger::confirmLoad(const EtcActor &actor, const QString &loadId, const LoadReceipt &receipt)
{
    Q_UNUSED(actor)
    if (auto r = begin(); !r)
        return r.error();
    auto fail = [this](Error e) -> Result<EtcLoad> {
        rollback();
        return e;
    };
    auto current = load(loadId);
    if (!current)
        return fail(current.error());
    if (current->state == "authorised"_L1) {
        const bool good = receipt.counterAfter == current->counterBefore + 1
                          && LoadMac::equal(receipt.tac, LoadMac::tac(cardKey(current->cardNo), current->cardNo, current->amountFen,
                                                                      receipt.counterAfter, receipt.balanceAfterFen));
        if (!good)
            return fail(makeError("bad_tac", u"The card's confirmation does not match load %1."_s.arg(loadId), u"tac"_s));
        if (auto r = complete(current.value(), receipt.counterAfter, receipt.balanceAfterFen, receipt.tac); !r)
            return fail(r.error());
        current = load(loadId);
        if (!current)
            return fail(current.error());
    }
    if (auto r = commit(); !r)
        return r.error();
    return current;
}

Result<EtcLoad> EtcLedger::resolveLoad(const EtcActor &actor, const QString &loadId, const CardChip &chip)
{
    if (auto r = begin(); !r)
        return r.error();
    auto fail = [this](Error e) -> Result<EtcLoad> {
        rollback();
        return e;
    };
    auto current = load(loadId);
    if (!current)
        return fail(current.error());
    auto finish = [&]() -> Result<EtcLoad> {
        auto out = load(loadId);
        if (!out)
            return fail(out.error());
        if (auto r = commit(); !r)
            return r.error();
        return out;
    };
    if (current->state == "authorised"_L1 && chip.cardNo != current->cardNo)
        return fail(makeError("card_changed", u"Load %1 is for card %2, not %3."_s.arg(loadId, current->cardNo, chip.cardNo)));
    if (current->state != "authorised"_L1 || chip.counter == current->counterBefore) // settled, or not written: write it now
        return finish();
    const qint64 slot = current->counterBefore + 1;
    const ChipTransaction *entry = nullptr;
    for (const ChipTransaction &t : chip.log) {
        if (t.counterAfter == slot)
            entry = &t;
    }
    if (chip.counter < current->counterBefore || !entry)
        return fail(makeError("needs_review", u"Card %1 no longer shows whether load %2 was written (counter %3, load at %4). "
                                              "It goes to the exceptions queue."_s
                                                  .arg(current->cardNo, loadId)
                                                  .arg(chip.counter)
                                                  .arg(current->counterBefore)));
    const bool written = entry->kind == "load"_L1 && entry->ref == loadId && entry->amountFen == current->amountFen
                         && LoadMac::equal(entry->tac, LoadMac::tac(cardKey(current->cardNo), current->cardNo, current->amountFen,
                                                                    slot, entry->balanceAfterFen));
    if (written) {
        if (auto r = complete(current.value(), slot, entry->balanceAfterFen, entry->tac); !r)
            return fail(r.error());
        return finish();
    }
    // The card was used for something else at the load's counter, so the old MAC can never be
    // written: authorise the same load (same money, already on the account) at the card's counter.
    const QString mac = LoadMac::loadMac(cardKey(current->cardNo), current->cardNo, current->amountFen, chip.counter);
    if (auto r = run(u"UPDATE etc_loads SET counter_before = ?, mac = ? WHERE id = ? AND state = 'authorised'"_s,
                     {chip.counter, mac, loadId});
        !r)
        return fail(r.error());
    const QString detail = u"{\"load\":\"%1\",\"from_counter\":%2,\"to_counter\":%3}"_s.arg(loadId).arg(current->counterBefore).arg(chip.counter);
    if (auto r = m_storage.appendAudit(actor.staffId.isEmpty() ? actor.deviceId : actor.staffId, u"etc.load.reauthorise"_s, detail); !r)
        return fail(r.error());
    return finish();
}

Result<qint64> EtcLedger::accountBalance(const QString &accountId)
{
    auto q = run(u"SELECT balance_fen FROM etc_accounts WHERE id = ?"_s, {accountId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError("not_found", u"There is no account %1."_s.arg(accountId));
    return q->value(0).toLongLong();
}

Result<std::pair<qint64, qint64>> EtcLedger::cardChipState(const QString &cardNo)
{
    auto q = run(u"SELECT chip_balance_fen, txn_counter FROM etc_cards WHERE card_no = ?"_s, {cardNo});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError("not_found", u"There is no card %1."_s.arg(cardNo));
    return std::pair<qint64, qint64>(q->value(0).toLongLong(), q->value(1).toLongLong());
}

Result<void> EtcLedger::checkInvariants()
{
    auto accounts = run(u"SELECT a.id, a.balance_fen, COALESCE((SELECT SUM(e.amount_fen) FROM etc_ledger e WHERE e.account_id = a.id), 0)"
                        " FROM etc_accounts a"_s,
                        {});
    if (!accounts)
        return accounts.error();
    while (accounts.value().next()) {
        if (accounts->value(1).toLongLong() != accounts->value(2).toLongLong())
            return makeError("ledger_mismatch", u"Account %1 holds %2 fen but its ledger sums to %3."_s
                                                    .arg(accounts->value(0).toString())
                                                    .arg(accounts->value(1).toLongLong())
                                                    .arg(accounts->value(2).toLongLong()));
    }
    // In the order the entries were appended (rowid): `at` goes back when the server clock is stepped back.
    auto entries = run(u"SELECT account_id, amount_fen, balance_after_fen, id FROM etc_ledger ORDER BY account_id, rowid"_s, {});
    if (!entries)
        return entries.error();
    QString account;
    qint64 running = 0;
    while (entries.value().next()) {
        if (entries->value(0).toString() != account) {
            account = entries->value(0).toString();
            running = 0;
        }
        running += entries->value(1).toLongLong();
        if (running != entries->value(2).toLongLong())
            return makeError("ledger_mismatch", u"Ledger entry %1 says %2 fen after it; the entries before it sum to %3."_s
                                                    .arg(entries->value(3).toString())
                                                    .arg(entries->value(2).toLongLong())
                                                    .arg(running));
    }
    auto loads = run(u"SELECT l.id, l.amount_fen, COUNT(e.id), COALESCE(SUM(e.amount_fen), 0) FROM etc_loads l"
                     " LEFT JOIN etc_ledger e ON e.ref = l.id AND e.kind = 'load' GROUP BY l.id, l.amount_fen"_s,
                     {});
    if (!loads)
        return loads.error();
    while (loads.value().next()) {
        if (loads->value(2).toLongLong() != 1 || loads->value(3).toLongLong() != loads->value(1).toLongLong())
            return makeError("ledger_mismatch", u"Load %1 of %2 fen is credited %3 times (%4 fen)."_s
                                                    .arg(loads->value(0).toString())
                                                    .arg(loads->value(1).toLongLong())
                                                    .arg(loads->value(2).toLongLong())
                                                    .arg(loads->value(3).toLongLong()));
    }
    // The server's view of each chip is what its last confirmed load left on it (nothing else
    // moves it yet): the counter and balance of the completed load with the highest counter.
    auto cards = run(u"SELECT c.card_no, c.txn_counter, c.chip_balance_fen, l.counter_after, l.balance_after_fen"
                     " FROM etc_cards c LEFT JOIN etc_loads l ON l.card_id = c.id AND l.state = 'completed'"
                     " AND l.counter_after = (SELECT MAX(m.counter_after) FROM etc_loads m"
                     " WHERE m.card_id = c.id AND m.state = 'completed')"_s,
                     {});
    if (!cards)
        return cards.error();
    while (cards.value().next()) {
        const qint64 counter = cards->value(3).isNull() ? 0 : cards->value(3).toLongLong();
        const qint64 balance = cards->value(4).isNull() ? 0 : cards->value(4).toLongLong();
        if (cards->value(1).toLongLong() != counter || cards->value(2).toLongLong() != balance)
            return makeError("ledger_mismatch", u"Card %1 is recorded at counter %2 with %3 fen; its last completed load left it"
                                                " at counter %4 with %5 fen."_s
                                                    .arg(cards->value(0).toString())
                                                    .arg(cards->value(1).toLongLong())
                                                    .arg(cards->value(2).toLongLong())
                                                    .arg(counter)
                                                    .arg(balance));
    }
    return {};
}

Result<EtcLedger::Summary> EtcLedger::summary()
{
    auto q = run(u"SELECT (SELECT COUNT(*) FROM etc_accounts), (SELECT COALESCE(SUM(balance_fen), 0) FROM etc_accounts),"
                 " (SELECT COUNT(*) FROM etc_loads WHERE state = 'completed'),"
                 " (SELECT COUNT(*) FROM etc_loads WHERE state = 'authorised')"_s,
                 {});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError("db_query", u"The ledger summary returned no row."_s);
    return Summary{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(3).toLongLong()};
}

} // namespace fd
