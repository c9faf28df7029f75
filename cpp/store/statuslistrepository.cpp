#include "statuslistrepository.h"

#include "cardnumber.h"
#include "creditcode.h"
#include "mobilephone.h"
#include "residentid.h"
#include "store.h"

#include <QCoreApplication>
#include <QDateTime>

namespace fd {

namespace {

const QString kReportColumns = QStringLiteral(
    "r.id, r.card_no, r.channel, r.holder_name, r.holder_id_number, r.reporter_phone, r.reported_at,"
    " COALESCE(r.staff_id, ''), r.state, COALESCE(r.list_version, 0), COALESCE(r.frozen_at, 0), r.identity,"
    " COALESCE(f.error_code, ''), COALESCE(f.error_message, ''),"
    " EXISTS (SELECT 1 FROM outbox p WHERE p.state = 'pending' AND p.entity_id = r.id)");
// A report the server refused has its op among the failed ones (few: the sync-errors list).
const QString kReportFrom = QStringLiteral(
    " FROM loss_reports r LEFT JOIN outbox f ON f.state = 'failed' AND f.entity_id = r.id AND f.kind = 'etc.report_loss'");

std::optional<LossReport::State> stateFromKey(const QString &key)
{
    if (key == QLatin1String("pending"))
        return LossReport::State::Pending;
    if (key == QLatin1String("frozen"))
        return LossReport::State::Frozen;
    if (key == QLatin1String("already_listed"))
        return LossReport::State::AlreadyListed;
    return std::nullopt;
}

Result<QString> holderId(const QString &text, qint64 nowMs)
{
    const QString trimmed = text.trimmed();
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    if (auto id = ResidentId::parse(trimmed, today))
        return id->number;
    if (auto code = CreditCode::parse(trimmed))
        return code->code;
    return makeError("invalid_holder_id",
                     QCoreApplication::translate("StatusListRepository", "Enter the holder's resident ID (18 characters) or unified social credit code."),
                     QStringLiteral("holder_id_number"));
}

} // namespace

QString LossReport::toString(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Frozen:
        return QStringLiteral("frozen");
    case State::AlreadyListed:
        return QStringLiteral("already_listed");
    case State::Refused:
        return QStringLiteral("refused");
    case State::Discarded:
        return QStringLiteral("discarded");
    }
    return {};
}

Result<LossReport> StatusListRepository::report(const NewLossReport &input, const QString &staffId)
{
    auto cardNo = CardNumber::parse(input.cardNo);
    if (!cardNo)
        return cardNo.error();
    static const QStringList channels = {QStringLiteral("counter"), QStringLiteral("kiosk"), QStringLiteral("phone")};
    if (!channels.contains(input.channel))
        return makeError("invalid_channel", QCoreApplication::translate("StatusListRepository", "A loss report comes from the counter, a kiosk or the phone."),
                         QStringLiteral("channel"));
    const qint64 now = m_store.nowMs();
    QString idNumber;
    if (!input.holderIdNumber.trimmed().isEmpty()) {
        auto id = holderId(input.holderIdNumber, now);
        if (!id)
            return id.error();
        idNumber = id.value();
    } else if (input.channel != QLatin1String("counter") || staffId.isEmpty()) {
        // Nobody has seen the holder's papers (a kiosk, a phone call): the server must match the
        // ID with the account.
        return makeError("holder_id_required", QCoreApplication::translate("StatusListRepository", "Enter the ID number the card was issued to."),
                         QStringLiteral("holder_id_number"));
    }
    QString phone;
    if (!input.reporterPhone.trimmed().isEmpty()) {
        auto p = MobilePhone::parse(input.reporterPhone);
        if (!p) {
            Error e = p.error();
            e.field = QStringLiteral("reporter_phone");
            return e;
        }
        phone = p.value();
    }
    const QString name = input.holderName.simplified();
    if (name.size() > 60)
        return makeError("invalid_name", QCoreApplication::translate("StatusListRepository", "The name is too long (at most 60 characters)."), QStringLiteral("holder_name"));

    Change c;
    c.opKind = QStringLiteral("etc.report_loss");
    c.entity = QStringLiteral("loss_report");
    c.entityId = m_store.newId();
    c.staffId = staffId;
    const QString outlet = m_store.identity().outletId;
    c.fields = {{QStringLiteral("card_no"), cardNo.value()},
                {QStringLiteral("outlet_id"), outlet.isEmpty() ? QVariant() : QVariant(outlet)},
                {QStringLiteral("channel"), input.channel},
                {QStringLiteral("holder_name"), name},
                {QStringLiteral("holder_id_number"), idNumber},
                {QStringLiteral("reporter_phone"), phone},
                {QStringLiteral("reported_at"), now},
                {QStringLiteral("staff_id"), staffId.isEmpty() ? QVariant() : QVariant(staffId)}};
    Transaction tx(m_store.db());
    if (auto r = m_store.write(c); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return get(c.entityId);
}

Result<QList<LossReport>> StatusListRepository::select(const QString &where, const QVariantList &binds)
{
    auto q = m_store.db().run(QStringLiteral("SELECT ") + kReportColumns + kReportFrom + where, binds);
    if (!q)
        return q.error();
    QList<LossReport> out;
    QSqlQuery &r = q.value();
    while (r.next()) {
        LossReport l;
        l.id = r.value(0).toString();
        l.cardNo = r.value(1).toString();
        l.channel = r.value(2).toString();
        l.holderName = r.value(3).toString();
        l.holderIdNumber = r.value(4).toString();
        l.reporterPhone = r.value(5).toString();
        l.reportedAt = r.value(6).toLongLong();
        l.staffId = r.value(7).toString();
        l.state = stateFromKey(r.value(8).toString()).value_or(LossReport::State::Pending);
        l.listVersion = r.value(9).toLongLong();
        l.frozenAt = r.value(10).toLongLong();
        l.identity = r.value(11).toString();
        l.errorCode = r.value(12).toString();
        l.errorMessage = r.value(13).toString();
        l.queued = r.value(14).toBool();
        out.append(l);
    }
    qint64 currentAt = -1; // read once, when a report needs it
    for (LossReport &l : out) {
        if (l.state != LossReport::State::Pending)
            continue;
        if (!l.errorCode.isEmpty()) {
            l.state = LossReport::State::Refused;
            continue;
        }
        // A kiosk does not pull its outlet's records, so it never sees the server's answer to
        // its report; the list it does pull says the same.
        auto hit = lookup(l.cardNo);
        if (!hit)
            return hit.error();
        if (hit->has_value() && hit->value().reason == QLatin1String("lost")) {
            l.state = LossReport::State::Frozen;
            l.listVersion = hit->value().version;
            l.frozenAt = hit->value().listedAt;
            continue;
        }
        if (l.queued)
            continue;
        // Its op is gone, yet no answer came with a full read of the server since: the refused
        // report was discarded from the sync panel.
        if (currentAt < 0) {
            auto i = info();
            if (!i)
                return i.error();
            currentAt = i->currentAt;
        }
        if (currentAt > l.reportedAt)
            l.state = LossReport::State::Discarded;
    }
    return out;
}

Result<LossReport> StatusListRepository::get(const QString &id)
{
    auto rows = select(QStringLiteral(" WHERE r.id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError("not_found", QCoreApplication::translate("StatusListRepository", "There is no such loss report on this device."));
    return rows->first();
}

Result<QList<LossReport>> StatusListRepository::recent(int limit)
{
    return select(QStringLiteral(" ORDER BY r.reported_at DESC, r.id DESC LIMIT ?"), {qMax(1, limit)});
}

Result<std::optional<LossReport>> StatusListRepository::latestFor(const QString &cardNo)
{
    auto rows = select(QStringLiteral(" WHERE r.card_no = ? ORDER BY r.reported_at DESC, r.id DESC LIMIT 1"), {cardNo});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<LossReport>();
    return std::optional<LossReport>(rows->first());
}

Result<std::optional<StatusListHit>> StatusListRepository::lookup(const QString &mediaNo)
{
    auto q = m_store.db().queryCached(QStringLiteral("SELECT media_kind, media_no, action, reason, list_version, at FROM status_list"
                                                     " WHERE media_no = ? ORDER BY list_version DESC LIMIT 1"),
                                      {mediaNo});
    if (!q)
        return q.error();
    QSqlQuery &r = *q.value();
    std::optional<StatusListHit> hit;
    if (r.next() && r.value(2).toString() == QLatin1String("add"))
        hit = StatusListHit{r.value(0).toString(), r.value(1).toString(), r.value(3).toString(), r.value(4).toLongLong(),
                            r.value(5).toLongLong()};
    r.finish();
    return hit;
}

Result<StatusListInfo> StatusListRepository::info()
{
    StatusListInfo info;
    auto version = m_store.db().scalarCached(QStringLiteral("SELECT COALESCE(MAX(list_version), 0) FROM status_list"));
    if (!version)
        return version.error();
    info.version = version->toLongLong();
    // On the list: media whose newest entry adds them.
    // One pass over status_list_current (media_no, list_version, action): with MAX(), SQLite gives
    // the action of the newest entry of each card.
    auto listed = m_store.db().scalarCached(QStringLiteral(
        "SELECT COUNT(*) FROM (SELECT action, MAX(list_version) FROM status_list GROUP BY media_no) WHERE action = 'add'"));
    if (!listed)
        return listed.error();
    info.listed = listed->toLongLong();
    auto at = m_store.db().scalarCached(QStringLiteral("SELECT cursor FROM sync_cursor WHERE scope = ?"),
                                        {QString::fromLatin1(kReadToEndScope)});
    if (!at)
        return at.error();
    info.currentAt = at->isValid() ? at->toString().toLongLong() : 0;
    return info;
}

} // namespace fd
