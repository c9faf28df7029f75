#include "remoteapplier.h"

#include "conflictrepository.h"
#include "entitycatalog.h"
#include "searchindex.h"
#include "statuslistrepository.h"
#include "store.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QVariant toBindable(const FieldDef &f, const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    switch (f.type) {
    case FieldDef::Int:
    case FieldDef::Money:
    case FieldDef::TimeMs:
        return QVariant(qint64(v.toInteger()));
    case FieldDef::Text:
    case FieldDef::Json:
        break;
    }
    return v.toString();
}

} // namespace

Result<qint64> RemoteApplier::cursor()
{
    auto r = m_store.db().scalarCached(u"SELECT cursor FROM sync_cursor WHERE scope = ?"_s, {QString::fromLatin1(kCursorScope)});
    if (!r)
        return r.error();
    return r.value().isValid() ? r.value().toString().toLongLong() : 0;
}

Result<void> RemoteApplier::writeRow(const protocol::RemoteChange &change)
{
    const EntityDef *def = EntityCatalog::byName(change.entity);
    if (!def)
        return makeError("unknown_entity", u"The server sent an unknown kind of record: %1"_s.arg(change.entity));
    QString key = change.entity + u'|';
    QVariantList binds{change.id};
    QStringList columns;
    for (auto it = change.fields.begin(); it != change.fields.end(); ++it) {
        const FieldDef *f = def->field(it.key());
        if (!f)
            return makeError("unknown_field", u"The server sent %1.%2, which this version does not know."_s.arg(change.entity, it.key()));
        key += it.key() + u',';
        columns << it.key();
        binds << toBindable(*f, it.value());
    }
    binds << change.createdAt;
    if (!def->appendOnly)
        binds << change.updatedAt << change.hlc;
    QString &sql = m_sql[key];
    if (sql.isEmpty()) {
        QStringList names{u"id"_s};
        names += columns;
        names << u"created_at"_s;
        if (!def->appendOnly)
            names << u"updated_at"_s << u"hlc"_s;
        const QString insert = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(def->table, names.join(u", "_s),
                                                                          QStringList(names.size(), u"?"_s).join(u", "_s));
        if (def->appendOnly) {
            // Append-only rows never change: a second delivery is the same row.
            sql = insert + u" ON CONFLICT (id) DO NOTHING"_s;
        } else {
            QStringList sets;
            for (const QString &c : columns)
                sets << c + u" = excluded."_s + c;
            sets << u"updated_at = excluded.updated_at"_s << u"hlc = excluded.hlc"_s;
            sql = insert + u" ON CONFLICT (id) DO UPDATE SET "_s + sets.join(u", "_s);
        }
    }
    auto r = m_store.db().runCached(sql, binds);
    if (!r) {
        Error e = r.error();
        e.message = u"Cannot store %1 %2 from the server: %3"_s.arg(change.entity, change.id, e.message);
        return e;
    }
    return {};
}

Result<int> RemoteApplier::reapplyPending(const protocol::RemoteChange &change)
{
    const EntityDef *def = EntityCatalog::byName(change.entity);
    if (def->appendOnly)
        return 0;
    auto ops = m_store.outbox().pendingFor(change.id);
    if (!ops)
        return ops.error();
    for (const OutboxOp &op : ops.value()) {
        const QJsonObject fields = op.payload.value(u"fields"_s).toObject();
        QStringList sets;
        QVariantList binds;
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const FieldDef *f = def->field(it.key());
            if (!f)
                continue;
            sets << it.key() + u" = ?"_s;
            binds << toBindable(*f, it.value());
        }
        if (sets.isEmpty())
            continue;
        binds << change.id;
        auto r = m_store.db().runCached(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(def->table, sets.join(u", "_s)), binds);
        if (!r)
            return r.error();
    }
    return int(ops->size());
}

Result<void> RemoteApplier::recordOverridden(const QString &entity, const QString &entityId, const QJsonValue &mine,
                                             const QString &myHlc, const protocol::OverriddenField &field)
{
    return ConflictRepository(m_store).record({m_store.newId(), entity, entityId, field.field, mine, field.theirs, myHlc,
                                               field.theirHlc, field.theirStaffId, m_store.nowMs(), {}});
}

Result<ApplyReport> RemoteApplier::apply(const protocol::PullPage &page)
{
    ApplyReport report;
    // The feed is ordered by each row's latest change, so a ticket edited after its timeline
    // event was written comes after that event, possibly on a later page. The server has
    // checked every op; here references are not enforced while its rows are written.
    struct ForeignKeysOff
    {
        Database &db;
        bool ok = db.run(u"PRAGMA foreign_keys = OFF"_s).ok();
        ~ForeignKeysOff()
        {
            if (auto r = db.run(u"PRAGMA foreign_keys = ON"_s); !r)
                qWarning("fielddesk.sync: cannot switch foreign keys back on in %s: %s", qPrintable(db.path()),
                         qPrintable(r.error().message));
        }
    } fkOff{m_store.db()};
    if (!fkOff.ok)
        return makeError("db_setup", u"Cannot prepare the store for the server's changes."_s);
    Transaction tx(m_store.db());
    if (!tx.isOpen())
        return tx.beginError();
    auto pending = m_store.outbox().hasPending();
    if (!pending)
        return pending.error();
    QString newest;
    SearchIndex search(m_store.db());
    ConflictRepository conflicts(m_store);
    for (const protocol::RemoteChange &change : page.changes) {
        if (auto r = writeRow(change); !r)
            return r.error();
        if (pending.value()) {
            auto n = reapplyPending(change);
            if (!n)
                return n.error();
            report.reapplied += n.value();
        }
        if (change.entity == "ticket"_L1) {
            if (auto r = search.indexTicket(change.id); !r)
                return r.error();
        } else if (change.entity == "customer"_L1) {
            if (auto r = search.indexCustomer(change.id); !r)
                return r.error();
        } else if (change.entity == "vehicle"_L1) {
            // A customer is found by their plates too.
            if (auto r = search.indexCustomer(change.fields.value(u"customer_id"_s).toString()); !r)
                return r.error();
        }
        newest = qMax(newest, change.hlc);
        ++report.rows;
    }
    for (const protocol::ConflictNotice &n : page.conflicts) {
        if (auto r = conflicts.record({n.id, n.entity, n.entityId, n.field, n.mine, n.theirs, n.myHlc, n.theirHlc,
                                       n.theirStaffId, n.at, {}});
            !r)
            return r.error();
        ++report.conflicts;
    }
    if (!newest.isEmpty()) {
        if (auto r = m_store.observeHlc(newest); !r)
            return r.error();
    }
    auto c = m_store.db().runCached(u"INSERT INTO sync_cursor (scope, cursor, updated_at) VALUES (?, ?, ?)"
                                    " ON CONFLICT (scope) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at"_s,
                                    {QString::fromLatin1(kCursorScope), QString::number(page.next), m_store.nowMs()});
    if (!c)
        return c.error();
    if (!page.more) {
        // Read to the end: this device's copy of everything it may see, the status list above
        // all, was current now. Its age is measured from here.
        auto read = m_store.db().runCached(u"INSERT INTO sync_cursor (scope, cursor, updated_at) VALUES (?, ?, ?)"
                                           " ON CONFLICT (scope) DO UPDATE SET cursor = excluded.cursor,"
                                           " updated_at = excluded.updated_at"_s,
                                           {QString::fromLatin1(StatusListRepository::kReadToEndScope),
                                            QString::number(m_store.nowMs()), m_store.nowMs()});
        if (!read)
            return read.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return report;
}

} // namespace fd
