#include "conflictrepository.h"

#include "entitycatalog.h"
#include "store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// One JSON value as text (a bare string, number or null), as the conflicts table keeps it.
QString toText(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QJsonValue fromText(const QString &text)
{
    return QJsonDocument::fromJson(u"["_s.append(text).append(u']').toUtf8()).array().at(0);
}

const QString kColumns = u"id, entity_kind, entity_id, field, local_value, remote_value, local_hlc, remote_hlc,"
                         " remote_staff_id, at, resolution"_s;

ConflictRecord read(const QSqlQuery &q)
{
    ConflictRecord c;
    c.id = q.value(0).toString();
    c.entity = q.value(1).toString();
    c.entityId = q.value(2).toString();
    c.field = q.value(3).toString();
    c.mine = fromText(q.value(4).toString());
    c.theirs = fromText(q.value(5).toString());
    c.myHlc = q.value(6).toString();
    c.theirHlc = q.value(7).toString();
    c.theirStaffId = q.value(8).toString();
    c.at = q.value(9).toLongLong();
    c.resolution = q.value(10).toString();
    return c;
}

} // namespace

Result<void> ConflictRepository::record(const ConflictRecord &c)
{
    auto r = m_store.db().runCached(u"INSERT INTO conflicts (id, entity_kind, entity_id, field, local_value, remote_value,"
                                    " local_hlc, remote_hlc, remote_staff_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                    " ON CONFLICT (id) DO NOTHING"_s,
                                    {c.id, c.entity, c.entityId, c.field, toText(c.mine), toText(c.theirs), c.myHlc,
                                     c.theirHlc, c.theirStaffId, c.at});
    if (!r)
        return r.error();
    return {};
}

Result<QList<ConflictRecord>> ConflictRepository::list(int limit)
{
    auto r = m_store.db().run(u"SELECT "_s + kColumns + u" FROM conflicts ORDER BY resolution != '', at DESC LIMIT ?"_s, {limit});
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QList<ConflictRecord> out;
    while (q.next())
        out.append(read(q));
    return out;
}

Result<int> ConflictRepository::unresolvedCount()
{
    auto r = m_store.db().scalarCached(u"SELECT count(*) FROM conflicts WHERE resolution = ''"_s);
    if (!r)
        return r.error();
    return r.value().toInt();
}

Result<ConflictRecord> ConflictRepository::get(const QString &conflictId)
{
    auto r = m_store.db().run(u"SELECT "_s + kColumns + u" FROM conflicts WHERE id = ?"_s, {conflictId});
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    if (!q.next())
        return makeError("not_found", QCoreApplication::translate("ConflictRepository", "This conflict is no longer there."));
    return read(q);
}

Result<void> ConflictRepository::resolve(const QString &conflictId, const QString &resolution)
{
    auto r = m_store.db().run(u"UPDATE conflicts SET resolution = ?, resolved_at = ? WHERE id = ? AND resolution = ''"_s,
                              {resolution, m_store.nowMs(), conflictId});
    if (!r)
        return r.error();
    if (r.value().numRowsAffected() != 1) {
        if (auto exists = get(conflictId); !exists)
            return exists.error();
        return makeError("already_resolved", QCoreApplication::translate("ConflictRepository", "This conflict was resolved already."));
    }
    return {};
}

Result<void> ConflictRepository::keepTheirs(const QString &conflictId, const QString &staffId)
{
    Q_UNUSED(staffId);
    return resolve(conflictId, u"kept_theirs"_s);
}

Result<void> ConflictRepository::reapplyMine(const QString &conflictId, const QString &staffId)
{
    auto c = get(conflictId);
    if (!c)
        return c.error();
    const EntityDef *def = EntityCatalog::byName(c->entity);
    const FieldDef *field = def ? def->field(c->field) : nullptr;
    if (!field)
        return makeError("unknown_field", QCoreApplication::translate("ConflictRepository", "This record can no longer be changed here."));
    QVariant value;
    if (!c->mine.isNull()) {
        const bool number = field->type == FieldDef::Int || field->type == FieldDef::Money || field->type == FieldDef::TimeMs;
        value = number ? QVariant(qint64(c->mine.toInteger())) : QVariant(c->mine.toString());
    }
    Transaction tx(m_store.db());
    Change change;
    change.mode = Change::Mode::Update;
    change.opKind = c->entity + u".update"_s;
    change.entity = c->entity;
    change.entityId = c->entityId;
    change.staffId = staffId;
    change.fields = {{c->field, value}};
    if (auto r = m_store.write(change); !r)
        return r;
    if (auto r = resolve(conflictId, u"reapplied_mine"_s); !r)
        return r;
    return tx.commit();
}

} // namespace fd
