#include "lossreportdesk.h"

#include "cardnumber.h"
#include "creditcode.h"
#include "datasource.h"
#include "mobilephone.h"
#include "residentid.h"
#include "session.h"
#include "statuslistrepository.h"
#include "store.h"
#include "syncstatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLossReport, "fielddesk.app.lossreport")

namespace {

constexpr int kMaxName = 60; // StatusListRepository refuses longer names

/** Local date and time as the lists show it: the year only when it is not this year. */
QString timeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
    const bool thisYear = at.date().year() == QDate::currentDate().year();
    return at.toString(thisYear ? u"MM-dd HH:mm"_s : u"yyyy-MM-dd HH:mm"_s);
}

/** Why a holder ID number is wrong: the resident ID's own reason for one that looks like it. */
QString holderIdProblem(const QString &text, const QDate &today)
{
    if (fd::ResidentId::parse(text, today) || fd::CreditCode::parse(text))
        return {};
    static const QRegularExpression residentLike(u"^[0-9]+[0-9Xx]?$"_s);
    QString compact = text;
    compact.remove(u' ');
    if (residentLike.match(compact).hasMatch())
        return fd::ResidentId::parse(compact, today).error().message;
    return QCoreApplication::translate("LossReportDesk",
                                       "Enter the holder's resident ID (18 characters) or unified social credit code.");
}

} // namespace

LossReportDesk::LossReportDesk(QObject *parent) : FormController(parent) {}

LossReportDesk::~LossReportDesk() = default;

QStringList LossReportDesk::channels()
{
    return {u"counter"_s, u"phone"_s};
}

int LossReportDesk::maxNameLength()
{
    return kMaxName;
}

void LossReportDesk::setSource(DataSource *source)
{
    if (source == m_source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source) {
        // Local writes and what a sync pulled (the server's answers, new list versions).
        connect(m_source, &DataSource::changed, this, &LossReportDesk::reload);
        // The list's age moves on with the clock.
        connect(m_source, &DataSource::nowChanged, this, &LossReportDesk::statusListChanged);
    }
    Q_EMIT sourceChanged();
    reload();
}

void LossReportDesk::setSession(Session *session)
{
    if (session == m_session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

void LossReportDesk::setSync(SyncStatus *sync)
{
    if (sync == m_sync)
        return;
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    m_failedSeen = m_sync ? m_sync->failedCount() : -1;
    if (m_sync)
        connect(m_sync, &SyncStatus::changed, this, &LossReportDesk::onSyncChanged);
    Q_EMIT syncChanged();
}

void LossReportDesk::onSyncChanged()
{
    // A refusal arrives as a push result, without a pull: only the refused count says so.
    if (!m_sync || m_sync->failedCount() == m_failedSeen)
        return;
    reload();
}

void LossReportDesk::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT languageChanged();
    reload(); // the rows' texts
    if (!m_savedId.isEmpty())
        Q_EMIT messageChanged();
}

void LossReportDesk::setChannel(const QString &v)
{
    const bool wasPhone = m_channel == "phone"_L1;
    update(m_channel, v, "channel");
    // Whether the ID is required depends on the channel.
    if (wasPhone != (m_channel == "phone"_L1))
        clearFieldError("holderIdNumber");
}

bool LossReportDesk::validate()
{
    QVariantMap errors;
    if (auto card = fd::CardNumber::parse(m_cardNo); !card)
        errors.insert(u"cardNo"_s, card.error().message);
    if (!channels().contains(m_channel))
        errors.insert(u"channel"_s, tr("Choose whether the holder is at the counter or on the phone."));
    const QString id = m_holderIdNumber.trimmed();
    const qint64 now = m_source && m_source->store() ? m_source->store()->nowMs() : QDateTime::currentMSecsSinceEpoch();
    if (!id.isEmpty()) {
        const QString problem = holderIdProblem(id, QDateTime::fromMSecsSinceEpoch(now).date());
        if (!problem.isEmpty())
            errors.insert(u"holderIdNumber"_s, problem);
    } else if (m_channel == "phone"_L1) {
        // Nobody has seen the caller's papers: the server has to match the ID with the account.
        errors.insert(u"holderIdNumber"_s, tr("On the phone, ask for the ID number the card was issued to."));
    }
    if (m_holderName.simplified().size() > kMaxName)
        errors.insert(u"holderName"_s, tr("The name is too long (at most %1 characters).").arg(kMaxName));
    if (!m_reporterPhone.trimmed().isEmpty()) {
        if (auto phone = fd::MobilePhone::parse(m_reporterPhone); !phone)
            errors.insert(u"reporterPhone"_s, phone.error().message);
    }
    setFieldErrors(errors);
    return errors.isEmpty();
}

QString LossReportDesk::formField(const QString &repositoryField, const QString &code)
{
    if (repositoryField == "card_no"_L1)
        return u"cardNo"_s;
    if (repositoryField == "holder_id_number"_L1)
        return u"holderIdNumber"_s;
    if (repositoryField == "holder_name"_L1)
        return u"holderName"_s;
    if (repositoryField == "channel"_L1)
        return u"channel"_s;
    // MobilePhone's errors name no field.
    if (repositoryField == "reporter_phone"_L1 || code == "invalid_phone"_L1)
        return u"reporterPhone"_s;
    return {};
}

bool LossReportDesk::submit()
{
    setError({});
    setMessage({});
    if (!m_source || !m_source->store()) {
        setError(tr("The local store is not open; nothing was saved."));
        return false;
    }
    if (!m_session || !m_session->signedIn()) {
        setError(tr("Sign in to record a loss report."));
        return false;
    }
    if (!validate()) {
        setError(tr("Nothing was saved. The card is not reported yet."));
        return false;
    }

    fd::NewLossReport in;
    in.cardNo = m_cardNo;
    in.channel = m_channel;
    in.holderIdNumber = m_holderIdNumber.trimmed();
    in.holderName = m_holderName.simplified();
    in.reporterPhone = m_reporterPhone.trimmed();
    auto reported = fd::StatusListRepository(*m_source->store()).report(in, m_session->staffId());
    if (!reported) {
        const fd::Error &e = reported.error();
        qCInfo(lcLossReport) << "loss report not saved:" << e.toString();
        const QString field = formField(e.field, e.code);
        if (!field.isEmpty()) {
            QVariantMap errors = fieldErrors();
            errors.insert(field, e.message);
            setFieldErrors(errors);
            setError(tr("Nothing was saved. The card is not reported yet."));
        } else {
            setError(tr("Nothing was saved: %1").arg(e.message));
        }
        return false;
    }
    qCInfo(lcLossReport) << "loss report" << reported->id << "for card" << fd::CardNumber::masked(reported->cardNo)
                         << "recorded by" << m_session->staffId();
    // The form is for the next customer; what this one must hear stays.
    m_cardNo.clear();
    m_holderIdNumber.clear();
    m_holderName.clear();
    m_reporterPhone.clear();
    m_channel = u"counter"_s;
    setFieldErrors({});
    Q_EMIT inputChanged();
    m_savedListVersion = reported->state == fd::LossReport::State::Pending ? 0 : reported->listVersion;
    setMessage(u"saved"_s, reported->id);
    m_source->notifyChanged(); // reaches reload() too
    Q_EMIT saved(reported->id);
    return true;
}

void LossReportDesk::clear()
{
    m_cardNo.clear();
    m_holderIdNumber.clear();
    m_holderName.clear();
    m_reporterPhone.clear();
    m_channel = u"counter"_s;
    setFieldErrors({});
    setError({});
    setMessage({});
    Q_EMIT inputChanged();
}

void LossReportDesk::setMessage(const QString &message, const QString &savedId)
{
    if (message == m_messageKind && savedId == m_savedId)
        return;
    m_messageKind = message;
    m_savedId = savedId;
    Q_EMIT messageChanged();
}

QString LossReportDesk::message() const
{
    if (m_messageKind.isEmpty())
        return {};
    if (m_savedListVersion > 0)
        return tr("Reported. This device's status list already carries the card (version %1).").arg(m_savedListVersion);
    return tr("Reported. The card is frozen once the server confirms it.");
}

void LossReportDesk::reload()
{
    if (m_sync)
        m_failedSeen = m_sync->failedCount();
    if (!m_source || !m_source->store())
        return;
    fd::Store &store = *m_source->store();
    fd::StatusListRepository repo(store);

    auto info = repo.info();
    if (info) {
        if (info->version != m_listVersion || info->listed != m_listed || info->currentAt != m_currentAt) {
            m_listVersion = info->version;
            m_listed = info->listed;
            m_currentAt = info->currentAt;
        }
    } else {
        qCWarning(lcLossReport) << "status list info:" << info.error().toString();
    }
    Q_EMIT statusListChanged(); // the age, and the language of its text

    auto recent = repo.recent(kMaxRows);
    if (!recent) {
        qCWarning(lcLossReport) << "loss reports:" << recent.error().toString();
        return; // keep what is shown rather than pretend there are none
    }
    using S = fd::LossReport::State;
    QVariantList rows;
    int pending = 0;
    for (const fd::LossReport &r : recent.value()) {
        QString detail;
        QString tone;
        switch (r.state) {
        case S::Pending:
            ++pending;
            tone = u"warning"_s;
            detail = r.queued ? tr("Waiting to be sent; it goes out first when this device is online. The card still works.")
                                           : tr("Sent; waiting for the server to freeze the card. The card still works.");
            break;
        case S::Frozen:
            tone = u"success"_s;
            detail = r.frozenAt > 0 ? tr("Frozen at %1; lanes refuse the card as the list reaches them.").arg(timeText(r.frozenAt))
                                    : tr("Lanes refuse the card as the list reaches them.");
            break;
        case S::AlreadyListed:
            tone = u"info"_s;
            detail = tr("An earlier report had frozen the card already; nothing more to do.");
            break;
        case S::Refused:
            tone = u"danger"_s;
            // The server's own words (in English) are in the sync panel, beside sending it again.
            detail = tr("The card is NOT frozen. Correct it with the customer and report again, or see the sync panel.");
            break;
        case S::Discarded:
            tone = u"danger"_s;
            detail = tr("The refused report was discarded and never reached the server: the card is NOT frozen.");
            break;
        }
        rows.append(QVariantMap{{u"id"_s, r.id},
                                {u"cardNo"_s, r.cardNo},
                                {u"maskedCardNo"_s, fd::CardNumber::masked(r.cardNo)},
                                {u"holderName"_s, r.holderName},
                                {u"reportedAt"_s, double(r.reportedAt)},
                                {u"channel"_s, r.channel},
                                {u"state"_s, fd::LossReport::toString(r.state)},
                                {u"stateText"_s, stateText(r)},
                                {u"detail"_s, detail},
                                {u"tone"_s, tone},
                                {u"listVersion"_s, double(r.listVersion)}});
    }
    if (rows != m_reports || pending != m_pendingCount) {
        m_reports = std::move(rows);
        m_pendingCount = pending;
        Q_EMIT reportsChanged();
    }
}

QString LossReportDesk::stateText(const fd::LossReport &report)
{
    using S = fd::LossReport::State;
    switch (report.state) {
    case S::Pending:
        return tr("Reported, not yet frozen");
    case S::Frozen:
        return tr("Frozen — on status list version %1").arg(report.listVersion);
    case S::AlreadyListed:
        return tr("Already on the status list");
    case S::Refused:
        return tr("Refused: %1").arg(refusalText(report.errorCode, report.errorMessage));
    case S::Discarded:
        return tr("Not sent (discarded)");
    }
    return {};
}

QString LossReportDesk::refusalText(const QString &code, const QString &serverMessage)
{
    if (code == "identity_mismatch"_L1)
        return tr("the ID number given is not the card holder's.");
    if (code == "identity_unverifiable"_L1)
        return tr("the server has no ID on file for this holder; the holder must come to a counter with the card's papers.");
    if (code == "holder_id_required"_L1)
        return tr("the holder's ID number is needed.");
    if (code == "card_not_found"_L1)
        return tr("no card with this number has been issued.");
    if (code == "illegal_transition"_L1)
        return tr("the card's state does not allow a loss report (it may be cancelled).");
    if (code == "forbidden"_L1 || code == "unknown_staff"_L1)
        return tr("the signed-in person's role may not report a loss.");
    if (code == "bad_request"_L1)
        return tr("the report was incomplete.");
    return serverMessage.isEmpty() ? tr("the server gave no reason.") : serverMessage;
}

QString LossReportDesk::ageText(qint64 currentAtMs, qint64 nowMs)
{
    if (currentAtMs <= 0)
        return tr("Never received from the server");
    const qint64 age = qMax<qint64>(0, nowMs - currentAtMs);
    const qint64 minutes = age / 60'000;
    if (minutes < 1)
        return tr("Current as of just now");
    if (minutes < 60)
        return tr("Current as of %n min ago", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return tr("Current as of %n hour(s) ago", nullptr, int(hours));
    return tr("Current as of %n day(s) ago", nullptr, int(hours / 24));
}

QString LossReportDesk::listAgeText() const
{
    const qint64 now = m_source ? m_source->nowMs() : QDateTime::currentMSecsSinceEpoch();
    return ageText(m_currentAt, now);
}

bool LossReportDesk::listStale() const
{
    const qint64 now = m_source ? m_source->nowMs() : QDateTime::currentMSecsSinceEpoch();
    return m_currentAt <= 0 || now - m_currentAt > kStaleMs;
}
