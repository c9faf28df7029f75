#include "outagerepository.h"

#include "store.h"

#include <QCoreApplication>

namespace fd {

namespace {

constexpr qint64 kDayMs = 24 * 3'600'000LL;

const QString kColumns = QStringLiteral(
    "n.id, n.kind, n.scope, n.title, n.detail, n.starts_at, n.expected_end_at, n.state, COALESCE(n.outlet_id, ''),"
    " n.updated_at, u.text, u.at");
// The newest note of each notice.
const QString kFrom = QStringLiteral(
    " FROM outage_notices n LEFT JOIN outage_updates u ON u.id = (SELECT id FROM outage_updates"
    " WHERE notice_id = n.id ORDER BY at DESC, created_at DESC, id DESC LIMIT 1)");

OutageNotice readNotice(const QSqlQuery &q)
{
    OutageNotice n;
    n.id = q.value(0).toString();
    n.kind = q.value(1).toString();
    n.scope = q.value(2).toString();
    n.title = q.value(3).toString();
    n.detail = q.value(4).toString();
    n.startsAt = q.value(5).toLongLong();
    n.expectedEndAt = q.value(6).isNull() ? -1 : q.value(6).toLongLong();
    n.state = q.value(7).toString();
    n.outletId = q.value(8).toString();
    n.updatedAt = q.value(9).toLongLong();
    n.latestText = q.value(10).toString();
    n.latestAt = q.value(11).isNull() ? -1 : q.value(11).toLongLong();
    return n;
}

Result<QString> checkScope(const QString &text)
{
    const QString scope = text.simplified();
    if (scope.size() < 2 || scope.size() > 120)
        return makeError("invalid_scope",
                         QCoreApplication::translate("OutageRepository", "Say where or what is affected (2 to 120 characters)."),
                         QStringLiteral("scope"));
    return scope;
}

Result<void> checkEnd(qint64 startsAt, qint64 expectedEndAt)
{
    if (expectedEndAt >= 0 && expectedEndAt <= startsAt)
        return makeError("invalid_expected_end",
                         QCoreApplication::translate("OutageRepository", "The expected end must be after the start."),
                         QStringLiteral("expectedEndAt"));
    return {};
}

Result<QString> checkNote(const QString &input)
{
    const QString text = input.trimmed();
    if (text.size() < 2 || text.size() > 1000)
        return makeError("invalid_note",
                         QCoreApplication::translate("OutageRepository", "Write the update in 2 to 1000 characters."),
                         QStringLiteral("text"));
    return text;
}

QVariant endOrNull(qint64 ms)
{
    return ms < 0 ? QVariant() : QVariant(ms);
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

Result<OutageNotice> OutageRepository::create(const NewOutage &input, const QString &staffId)
{
    static const QStringList kinds = {QStringLiteral("power"), QStringLiteral("service"), QStringLiteral("system"),
                                      QStringLiteral("road")};
    if (!kinds.contains(input.kind))
        return makeError("invalid_kind", QCoreApplication::translate("OutageRepository", "Choose what kind of outage it is."),
                         QStringLiteral("kind"));
    const QString title = input.title.simplified();
    if (title.size() < 2 || title.size() > 120)
        return makeError("invalid_title",
                         QCoreApplication::translate("OutageRepository", "Give the notice a short title (2 to 120 characters)."),
                         QStringLiteral("title"));
    auto scope = checkScope(input.scope);
    if (!scope)
        return scope.error();
    const qint64 now = m_store.nowMs();
    const qint64 startsAt = input.startsAt > 0 ? input.startsAt : now;
    if (auto r = checkEnd(startsAt, input.expectedEndAt); !r)
        return r.error();
    if (input.outletOnly && m_store.identity().outletId.isEmpty())
        return makeError("device_not_set_up",
                         QCoreApplication::translate("OutageRepository", "This device is not set up yet; enroll it first."));

    Change c;
    c.opKind = QStringLiteral("outage.create");
    c.entity = QStringLiteral("outage_notice");
    c.entityId = m_store.newId();
    c.staffId = staffId;
    c.fields = {{QStringLiteral("kind"), input.kind},
                {QStringLiteral("scope"), scope.value()},
                {QStringLiteral("title"), title},
                {QStringLiteral("detail"), input.detail.trimmed()},
                {QStringLiteral("starts_at"), startsAt},
                {QStringLiteral("expected_end_at"), endOrNull(input.expectedEndAt)},
                {QStringLiteral("state"), startsAt > now ? QStringLiteral("planned") : QStringLiteral("active")},
                {QStringLiteral("outlet_id"), input.outletOnly ? QVariant(m_store.identity().outletId) : QVariant()}};
    Transaction tx(m_store.db());
    if (auto r = m_store.write(c); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return get(c.entityId);
}

Result<OutageNotice> OutageRepository::update(const QString &noticeId, const OutageEdit &edit, const QString &staffId)
{
    Transaction tx(m_store.db());
    auto notice = current(noticeId);
    if (!notice)
        return notice.error();
    QVariantMap fields;
    if (edit.scope) {
        auto scope = checkScope(*edit.scope);
        if (!scope)
            return scope.error();
        fields.insert(QStringLiteral("scope"), scope.value());
    }
    if (edit.detail)
        fields.insert(QStringLiteral("detail"), edit.detail->trimmed());
    if (edit.expectedEndAt) {
        if (auto r = checkEnd(notice->startsAt, *edit.expectedEndAt); !r)
            return r.error();
        fields.insert(QStringLiteral("expected_end_at"), endOrNull(*edit.expectedEndAt));
    }
    if (fields.isEmpty())
        return makeError("nothing_to_change", QCoreApplication::translate("OutageRepository", "Say what to change."));

    Change c;
    c.mode = Change::Mode::Update;
    c.opKind = QStringLiteral("outage.update");
    c.entity = QStringLiteral("outage_notice");
    c.entityId = noticeId;
    c.staffId = staffId;
    c.fields = fields;
    if (auto r = m_store.write(c); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return get(noticeId);
}

Result<OutageNotice> OutageRepository::addUpdate(const QString &noticeId, const QString &text, const QString &staffId)
{
    auto note = checkNote(text);
    if (!note)
        return note.error();
    Transaction tx(m_store.db());
    if (auto n = current(noticeId); !n)
        return n.error();
    if (auto r = writeNote(noticeId, note.value(), staffId, m_store.nowMs()); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return get(noticeId);
}

Result<OutageNotice> OutageRepository::end(const QString &noticeId, const QString &text, const QString &staffId)
{
    auto note = checkNote(text);
    if (!note)
        return note.error();
    Transaction tx(m_store.db());
    if (auto n = current(noticeId); !n)
        return n.error();
    const qint64 now = m_store.nowMs();
    Change c;
    c.mode = Change::Mode::Update;
    c.opKind = QStringLiteral("outage.update");
    c.entity = QStringLiteral("outage_notice");
    c.entityId = noticeId;
    c.staffId = staffId;
    c.fields = {{QStringLiteral("state"), QStringLiteral("ended")}};
    if (auto r = m_store.write(c); !r)
        return r.error();
    if (auto r = writeNote(noticeId, note.value(), staffId, now); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return get(noticeId);
}

Result<QList<OutageNotice>> OutageRepository::list(Listing which, int limit)
{
    const qint64 now = m_store.nowMs();
    QString where;
    QVariantList binds = {m_store.identity().outletId};
    switch (which) {
    case Listing::InForce:
        where = QStringLiteral("(n.state = 'active' OR (n.state = 'planned' AND n.starts_at <= ?)) ORDER BY n.starts_at DESC, n.id");
        binds << now;
        break;
    case Listing::Planned:
        where = QStringLiteral("n.state = 'planned' AND n.starts_at > ? ORDER BY n.starts_at, n.id");
        binds << now;
        break;
    case Listing::EndedRecently:
        where = QStringLiteral("n.state = 'ended' AND n.updated_at >= ? ORDER BY n.updated_at DESC, n.id");
        binds << now - kRecentDays * kDayMs;
        break;
    }
    binds << limit;
    auto r = m_store.db().run(QStringLiteral("SELECT ") + kColumns + kFrom
                                  + QStringLiteral(" WHERE (n.outlet_id IS NULL OR n.outlet_id = ?) AND ") + where
                                  + QStringLiteral(" LIMIT ?"),
                              binds);
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QList<OutageNotice> out;
    while (q.next())
        out.append(readNotice(q));
    return out;
}

Result<OutageNotice> OutageRepository::get(const QString &noticeId)
{
    auto n = read(noticeId);
    if (!n)
        return n;
    auto r = m_store.db().run(QStringLiteral("SELECT id, at, text, COALESCE(staff_id, '') FROM outage_updates"
                                             " WHERE notice_id = ? ORDER BY at, created_at, id"),
                              {noticeId});
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    OutageNotice notice = std::move(n).value();
    while (q.next())
        notice.updates.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()});
    return notice;
}

Result<OutageNotice> OutageRepository::read(const QString &noticeId)
{
    auto r = m_store.db().run(QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral(" WHERE n.id = ?"), {noticeId});
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    if (!q.next())
        return makeError("not_found", QCoreApplication::translate("OutageRepository", "No such outage notice."));
    return readNotice(q);
}

Result<OutageNotice> OutageRepository::current(const QString &noticeId)
{
    auto n = read(noticeId);
    if (n && n->state == QLatin1String("ended"))
        return makeError("already_ended", QCoreApplication::translate("OutageRepository", "This notice has ended; publish a new one."));
    return n;
}

Result<void> OutageRepository::writeNote(const QString &noticeId, const QString &text, const QString &staffId, qint64 at)
{
    Change c;
    c.opKind = QStringLiteral("outage.note");
    c.entity = QStringLiteral("outage_update");
    c.entityId = m_store.newId();
    c.staffId = staffId;
    c.fields = {{QStringLiteral("notice_id"), noticeId},
                {QStringLiteral("at"), at},
                {QStringLiteral("text"), text},
                {QStringLiteral("staff_id"), orNull(staffId)}};
    return m_store.write(c);
}

} // namespace fd
