#include "statuslistbook.h"

#include "serverstorage.h"
#include "syncstore.h"

#include <QHash>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace fd {

Result<QSqlQuery> StatusListBook::run(const QString &sql, const QVariantList &binds)
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

Result<std::optional<StatusListBook::Listing>> StatusListBook::listing(const QString &mediaNo)
{
    auto q = run(u"SELECT media_kind, media_no, reason, list_version, listed_at FROM etc_status_list WHERE media_no = ?"_s,
                 {mediaNo});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Listing>();
    const QSqlQuery &r = q.value();
    return std::optional<Listing>(Listing{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                                          r.value(3).toLongLong(), r.value(4).toLongLong()});
}

Result<qint64> StatusListBook::version()
{
    auto q = run(u"SELECT value FROM counters WHERE name = 'status_list'"_s);
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError("db_query", u"The status-list counter is missing."_s);
    return q.value().value(0).toLongLong();
}

Result<qint64> StatusListBook::listedCount()
{
    auto q = run(u"SELECT COUNT(*) FROM etc_status_list"_s);
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

Result<QList<StatusListBook::Version>> StatusListBook::versions(qint64 after, int limit)
{
    auto q = run(u"SELECT version, seq, published_at, media_no, action, reason FROM etc_list_versions"
                 " WHERE version > ? ORDER BY version LIMIT ?"_s,
                 {after, limit});
    if (!q)
        return q.error();
    QList<Version> out;
    QSqlQuery &r = q.value();
    while (r.next())
        out.append({r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toLongLong(), r.value(3).toString(),
                    r.value(4).toString(), r.value(5).toString()});
    return out;
}

Result<qint64> StatusListBook::change(Action action, const QString &mediaKind, const QString &mediaNo, const QString &reason,
                                      qint64 seq, qint64 now, const QString &requestId)
{
    auto current = version();
    if (!current)
        return current.error();
    const qint64 next = current.value() + 1;
    const bool add = action == Action::Add;
    QList<std::pair<QString, QVariantList>> writes = {
        {u"UPDATE counters SET value = ? WHERE name = 'status_list'"_s, {next}},
        {u"INSERT INTO etc_list_versions (version, seq, published_at, media_no, action, reason, request_id)"
         " VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
         {next, seq, now, mediaNo, add ? u"add"_s : u"remove"_s, reason, requestId}},
    };
    if (add)
        writes.append({u"INSERT INTO etc_status_list (media_no, media_kind, reason, list_version, listed_at) VALUES (?, ?, ?, ?, ?)"
                       " ON CONFLICT (media_no) DO UPDATE SET reason = excluded.reason, list_version = excluded.list_version,"
                       " listed_at = excluded.listed_at"_s,
                       {mediaNo, mediaKind, reason, next, now}});
    else
        writes.append({u"DELETE FROM etc_status_list WHERE media_no = ?"_s, {mediaNo}});
    for (const auto &[sql, binds] : std::as_const(writes)) {
        if (auto r = run(sql, binds); !r)
            return r.error();
    }
    return next;
}

Result<std::optional<StatusListBook::Version>> StatusListBook::versionOfRequest(const QString &requestId)
{
    auto q = run(u"SELECT version, seq, published_at, media_no, action, reason FROM etc_list_versions WHERE request_id = ?"_s,
                 {requestId});
    if (!q)
        return q.error();
    QSqlQuery &r = q.value();
    if (!r.next())
        return std::optional<Version>();
    return std::optional<Version>(Version{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toLongLong(),
                                          r.value(3).toString(), r.value(4).toString(), r.value(5).toString()});
}

Result<void> StatusListBook::checkInvariants()
{
    const auto broken = [](const QString &what) { return makeError("list_broken", what); };
    auto counter = version();
    if (!counter)
        return counter.error();
    auto range = run(u"SELECT COUNT(*), COALESCE(MAX(version), 0), COALESCE(MIN(version), 1) FROM etc_list_versions"_s);
    if (!range)
        return range.error();
    range.value().next();
    const qint64 count = range.value().value(0).toLongLong();
    if (range.value().value(1).toLongLong() != counter.value() || count != counter.value()
        || range.value().value(2).toLongLong() != 1)
        return broken(u"The list's versions are not 1 to %1 (%2 recorded)."_s.arg(counter.value()).arg(count));
    auto entries = run(u"SELECT COUNT(*) FROM entities WHERE entity = 'status_list_entry'"_s);
    if (!entries)
        return entries.error();
    entries.value().next();
    if (entries.value().value(0).toLongLong() != count)
        return broken(u"%1 list versions but %2 entries in the change feed."_s.arg(count).arg(entries.value().value(0).toLongLong()));

    // Replay: the last action of each medium decides whether it is on the list.
    QHash<QString, std::pair<QString, qint64>> replayed; // media_no → last action, its version
    auto versions = run(u"SELECT version, media_no, action FROM etc_list_versions ORDER BY version"_s);
    if (!versions)
        return versions.error();
    while (versions.value().next())
        replayed.insert(versions.value().value(1).toString(),
                        {versions.value().value(2).toString(), versions.value().value(0).toLongLong()});
    QHash<QString, qint64> listed;
    auto current = run(u"SELECT media_no, list_version FROM etc_status_list"_s);
    if (!current)
        return current.error();
    while (current.value().next())
        listed.insert(current.value().value(0).toString(), current.value().value(1).toLongLong());
    for (auto it = replayed.cbegin(); it != replayed.cend(); ++it) {
        const bool on = it->first == "add"_L1;
        if (on != listed.contains(it.key()))
            return broken(u"%1 is %2 the list, but its last version (%3) %4 it."_s.arg(
                    it.key(), on ? u"not on"_s : u"on"_s, QString::number(it->second), on ? u"adds"_s : u"removes"_s));
        if (on && listed.value(it.key()) != it->second)
            return broken(u"%1 is listed at version %2, but was last added at %3."_s.arg(it.key())
                                  .arg(listed.value(it.key()))
                                  .arg(it->second));
    }
    if (listed.size() > replayed.size())
        return broken(u"The list holds a card no version put on it."_s);

    auto cards = run(u"SELECT c.card_no, c.status, l.reason FROM etc_cards c LEFT JOIN etc_status_list l ON l.media_no = c.card_no"_s);
    if (!cards)
        return cards.error();
    while (cards.value().next()) {
        const QString no = cards.value().value(0).toString();
        const bool lost = cards.value().value(1).toString() == "lost"_L1;
        const bool listedLost = cards.value().value(2).toString() == "lost"_L1;
        if (lost != listedLost)
            return broken(lost ? u"Card %1 is lost but not on the list as lost."_s.arg(no)
                               : u"Card %1 is on the list as lost but its status is %2."_s.arg(no, cards.value().value(1).toString()));
    }
    return {};
}

void StatusListBook::noteRead(const QString &deviceId, qint64 confirmedSeq, qint64 sentSeq, qint64 at)
{
    Read &read = m_reads[deviceId];
    read.confirmed = qMax(read.confirmed, confirmedSeq);
    read.sent = qMax(read.sent, sentSeq);
    read.at = qMax(read.at, at);
}

Result<void> StatusListBook::flushReads()
{
    if (m_reads.isEmpty())
        return {};
    if (auto r = run(u"BEGIN IMMEDIATE"_s); !r)
        return r.error();
    for (auto it = m_reads.cbegin(); it != m_reads.cend(); ++it) {
        // Several server processes may note reads of one device: positions only move forward.
        auto r = run(u"INSERT INTO device_reads (device_id, confirmed_seq, sent_seq, read_at) VALUES (?, ?, ?, ?)"
                     " ON CONFLICT (device_id) DO UPDATE SET"
                     " confirmed_seq = CASE WHEN excluded.confirmed_seq > device_reads.confirmed_seq"
                     "   THEN excluded.confirmed_seq ELSE device_reads.confirmed_seq END,"
                     " sent_seq = CASE WHEN excluded.sent_seq > device_reads.sent_seq"
                     "   THEN excluded.sent_seq ELSE device_reads.sent_seq END,"
                     " read_at = CASE WHEN excluded.read_at > device_reads.read_at"
                     "   THEN excluded.read_at ELSE device_reads.read_at END"_s,
                     {it.key(), it->confirmed, it->sent, it->at});
        if (!r) {
            (void)run(u"ROLLBACK"_s);
            return r.error();
        }
    }
    if (auto r = run(u"COMMIT"_s); !r) {
        (void)run(u"ROLLBACK"_s);
        return r.error();
    }
    m_reads.clear();
    return {};
}

Result<QList<StatusListBook::DeviceState>> StatusListBook::monitor(const QList<SyncDevice> &devices)
{
    auto newest = version();
    if (!newest)
        return newest.error();
    QList<DeviceState> out;
    out.reserve(devices.size());
    for (const SyncDevice &d : devices) {
        DeviceState s;
        s.deviceId = d.id;
        auto q = run(u"SELECT r.read_at,"
                     " COALESCE((SELECT MAX(v.version) FROM etc_list_versions v WHERE v.seq <= r.confirmed_seq), 0),"
                     " COALESCE((SELECT MAX(v.version) FROM etc_list_versions v WHERE v.seq <= r.sent_seq), 0)"
                     " FROM device_reads r WHERE r.device_id = ?"_s,
                     {d.id});
        if (!q)
            return q.error();
        if (q.value().next()) {
            s.readAt = q.value().value(0).toLongLong();
            s.version = q.value().value(1).toLongLong();
            s.sentVersion = q.value().value(2).toLongLong();
        }
        s.behind = newest.value() - s.version;
        out.append(s);
    }
    return out;
}

} // namespace fd
