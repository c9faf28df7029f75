#include "store.h"

#include "entitycatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QStandardPaths>

namespace fd {

namespace {
const QString kHlcKey = QStringLiteral("hlc_last");
} // namespace

Store::Store(QString dataDir, std::unique_ptr<Database> db, const Clock &clock)
    : m_dataDir(std::move(dataDir)), m_db(std::move(db)), m_clock(clock), m_ids(clock), m_hlc(clock, QString()),
      m_outbox(*m_db)
{
}

QString Store::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<std::unique_ptr<Store>> Store::open(const QString &dataDir, const Clock &clock)
{
    if (!QDir().mkpath(dataDir))
        return makeError("data_dir", QCoreApplication::translate("Store", "Cannot create the data folder %1.").arg(dataDir));
    auto db = Database::open(QDir(dataDir).filePath(QStringLiteral("fielddesk.db")));
    if (!db)
        return db.error();
    std::unique_ptr<Store> store(new Store(dataDir, std::move(db).value(), clock));
    if (auto r = store->loadIdentity(); !r)
        return r.error();
    return store;
}

Result<void> Store::loadIdentity()
{
    auto r = m_db->run(QStringLiteral("SELECT key, value FROM local_settings WHERE key IN "
                                      "('device_id', 'device_code', 'outlet_id', 'outlet_code', 'mode', 'hlc_last')"));
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QString hlcText;
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1String("device_id"))
            m_identity.deviceId = value;
        else if (key == QLatin1String("device_code"))
            m_identity.deviceCode = value;
        else if (key == QLatin1String("outlet_id"))
            m_identity.outletId = value;
        else if (key == QLatin1String("outlet_code"))
            m_identity.outletCode = value;
        else if (key == QLatin1String("mode"))
            m_identity.mode = value;
        else if (key == kHlcKey)
            hlcText = value;
    }
    m_hlc.setNode(m_identity.deviceId);
    if (!hlcText.isEmpty()) {
        if (auto last = HlcTimestamp::parse(hlcText))
            m_hlc.restore(last.value());
    }
    return {};
}

Result<void> Store::setIdentity(const DeviceIdentity &identity)
{
    Transaction tx(*m_db);
    const QList<QPair<QString, QString>> values = {{QStringLiteral("device_id"), identity.deviceId},
                                                   {QStringLiteral("device_code"), identity.deviceCode},
                                                   {QStringLiteral("outlet_id"), identity.outletId},
                                                   {QStringLiteral("outlet_code"), identity.outletCode},
                                                   {QStringLiteral("mode"), identity.mode}};
    for (const auto &[key, value] : values) {
        if (auto r = setSetting(key, value); !r)
            return r;
    }
    if (auto r = tx.commit(); !r)
        return r;
    m_identity = identity;
    m_hlc.setNode(identity.deviceId);
    return {};
}

Result<void> Store::observeHlc(const QString &remote)
{
    auto ts = HlcTimestamp::parse(remote);
    if (!ts)
        return ts.error();
    // A device with a wildly wrong clock must not stop everyone's sync: a timestamp too far
    // ahead is not taken in (HybridLogicalClock refuses it), and the change still applies.
    auto next = m_hlc.update(ts.value());
    if (!next)
        return {};
    return setSetting(kHlcKey, next->toString());
}

Result<QString> Store::setting(const QString &key, const QString &fallback)
{
    auto r = m_db->run(QStringLiteral("SELECT value FROM local_settings WHERE key = ?"), {key});
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    return q.next() ? q.value(0).toString() : fallback;
}

Result<void> Store::setSetting(const QString &key, const QString &value)
{
    auto r = m_db->runCached(QStringLiteral("INSERT INTO local_settings (key, value) VALUES (?, ?)"
                                            " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                             {key, value});
    if (!r)
        return r.error();
    return {};
}

Result<qint64> Store::nextSequence(const QString &name)
{
    const QString key = QStringLiteral("seq:") + name;
    auto r = m_db->scalarCached(QStringLiteral("INSERT INTO local_settings (key, value) VALUES (?, '1')"
                                               " ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1 RETURNING value"),
                                {key});
    if (!r)
        return r.error();
    if (!r.value().isValid())
        return makeError("db_sequence", QCoreApplication::translate("Store", "Cannot advance the counter %1.").arg(name));
    return r.value().toLongLong();
}

Result<void> Store::write(const Change &change)
{
    if (m_db->transactionDepth() == 0)
        return makeError("write_outside_transaction", QCoreApplication::translate("Store", "A change to synced data must be written inside a transaction."));
    const EntityDef *def = EntityCatalog::byName(change.entity);
    if (!def)
        return makeError("unknown_entity", QCoreApplication::translate("Store", "Unknown kind of record: %1").arg(change.entity));
    if (def->appendOnly && change.mode == Change::Mode::Update)
        return makeError("append_only", QCoreApplication::translate("Store", "%1 records cannot be changed; add a correction instead.").arg(change.entity));
    if (change.entityId.isEmpty())
        return makeError("missing_id", QCoreApplication::translate("Store", "A change needs the id of its record."));
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        if (!def->field(it.key()))
            return makeError("unknown_field", QCoreApplication::translate("Store", "%1 has no field %2.").arg(change.entity, it.key()));
    }
    if (change.mode == Change::Mode::Insert) {
        for (const FieldDef &f : def->fields) {
            if (f.required && !change.fields.contains(f.name))
                return makeError("missing_field", QCoreApplication::translate("Store", "%1 needs %2.").arg(change.entity, f.name), f.name);
        }
    }

    // The row's clock before this change: the server tells concurrent edits from later ones by it.
    QString baseHlc;
    if (change.mode == Change::Mode::Update) {
        auto base = m_db->scalarCached(QStringLiteral("SELECT hlc FROM %1 WHERE id = ?").arg(def->table), {change.entityId});
        if (!base)
            return base.error();
        baseHlc = base.value().toString();
    }

    const qint64 now = m_clock.nowMs();
    const QString hlc = m_hlc.now().toString();
    const QStringList columns = change.fields.keys(); // sorted, so equal changes make equal SQL
    QVariantList binds;
    QString sql;
    if (change.mode == Change::Mode::Insert) {
        QStringList names{QStringLiteral("id")};
        names += columns;
        names << QStringLiteral("created_at");
        binds << change.entityId;
        for (const QString &c : columns)
            binds << change.fields.value(c);
        binds << now;
        if (!def->appendOnly) {
            names << QStringLiteral("updated_at") << QStringLiteral("hlc");
            binds << now << hlc;
        }
        sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(def->table, names.join(QLatin1String(", ")),
                       QStringList(names.size(), QStringLiteral("?")).join(QLatin1String(", ")));
    } else {
        QStringList sets;
        for (const QString &c : columns) {
            sets << c + QStringLiteral(" = ?");
            binds << change.fields.value(c);
        }
        sets << QStringLiteral("updated_at = ?") << QStringLiteral("hlc = ?");
        binds << now << hlc << change.entityId;
        sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(def->table, sets.join(QLatin1String(", ")));
    }
    auto row = m_db->runCached(sql, binds);
    if (!row)
        return row.error();
    if (change.mode == Change::Mode::Update && row.value() != 1)
        return makeError("not_found", QCoreApplication::translate("Store", "The %1 to change was not found.").arg(change.entity));

    // Ops of one local transaction travel and are applied as one unit; they share an id and the
    // most urgent priority among them, so the queue never splits them.
    if (m_groupSerial != m_db->transactionSerial()) {
        m_groupSerial = m_db->transactionSerial();
        m_groupId = m_ids.next();
        m_groupPriority = Outbox::priorityFor(change.opKind);
    } else if (const int p = Outbox::priorityFor(change.opKind); p < m_groupPriority) {
        m_groupPriority = p;
        if (auto r = m_outbox.raisePriority(m_groupId, p); !r)
            return r;
    }

    OutboxOp op;
    op.opId = m_ids.next();
    op.kind = change.opKind;
    op.entityKind = change.entity;
    op.entityId = change.entityId;
    op.payload = QJsonObject{{QStringLiteral("mode"), change.mode == Change::Mode::Insert ? QStringLiteral("insert") : QStringLiteral("update")},
                             {QStringLiteral("fields"), QJsonObject::fromVariantMap(change.fields)},
                             {QStringLiteral("tx"), m_groupId}};
    if (!baseHlc.isEmpty())
        op.payload.insert(QStringLiteral("base_hlc"), baseHlc);
    op.hlc = hlc;
    op.priority = m_groupPriority;
    op.txId = m_groupId;
    op.staffId = change.staffId;
    op.createdAt = now;
    if (auto r = m_outbox.append(op); !r)
        return r;
    // Persist the clock with the change so a restart never issues an earlier timestamp.
    return setSetting(kHlcKey, hlc);
}

} // namespace fd
