#include "bulkchangewriter.h"

#include "database.h"
#include "entitycatalog.h"
#include "outbox.h"
#include "store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace fd::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BulkChangeWriter", text);
}

const QString kHlcKey = QStringLiteral("hlc_last");

int bind(sqlite3_stmt *stmt, int index, const BoundValue &v)
{
    switch (v.type) {
    case BoundValue::Type::Null:
        return sqlite3_bind_null(stmt, index);
    case BoundValue::Type::Integer:
        return sqlite3_bind_int64(stmt, index, v.integer);
    case BoundValue::Type::Real:
        return sqlite3_bind_double(stmt, index, v.real);
    case BoundValue::Type::Text:
        // The prepared change outlives the step, so SQLite need not copy.
        return sqlite3_bind_text(stmt, index, v.bytes.constData(), int(v.bytes.size()), SQLITE_STATIC);
    case BoundValue::Type::Blob:
        return sqlite3_bind_blob(stmt, index, v.bytes.constData(), int(v.bytes.size()), SQLITE_STATIC);
    }
    return sqlite3_bind_null(stmt, index);
}

BoundValue integerValue(qint64 v)
{
    BoundValue b;
    b.type = BoundValue::Type::Integer;
    b.integer = v;
    return b;
}

// The outbox payload is written here rather than through QJsonObject and QJsonDocument, which
// took half of prepare()'s time; the bytes must be exactly those of toJson(Compact). These
// cover what Changes hold — null, booleans, integers, text — and return false on anything
// else (or on text they are not sure how Qt escapes), and the caller asks Qt instead.
bool appendJsonString(QByteArray &out, QStringView s)
{
    out += '"';
    const char16_t *p = s.utf16();
    const char16_t *const end = p + s.size();
    for (; p != end; ++p) {
        const char16_t u = *p;
        if (u < 0x80) {
            switch (u) {
            case u'"':
                out += "\\\"";
                break;
            case u'\\':
                out += "\\\\";
                break;
            case u'\b':
                out += "\\b";
                break;
            case u'\f':
                out += "\\f";
                break;
            case u'\n':
                out += "\\n";
                break;
            case u'\r':
                out += "\\r";
                break;
            case u'\t':
                out += "\\t";
                break;
            default:
                if (u < 0x20 || u == 0x7f)
                    return false;
                out += char(u);
            }
        } else if (u < 0x800) {
            out += char(0xc0 | (u >> 6));
            out += char(0x80 | (u & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            if (!QChar::isHighSurrogate(u) || p + 1 == end || !QChar::isLowSurrogate(p[1]))
                return false;
            const char32_t c = QChar::surrogateToUcs4(u, p[1]);
            ++p;
            out += char(0xf0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3f));
            out += char(0x80 | ((c >> 6) & 0x3f));
            out += char(0x80 | (c & 0x3f));
        } else {
            out += char(0xe0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        }
    }
    out += '"';
    return true;
}

bool appendJsonValue(QByteArray &out, const QVariant &v)
{
    if (!v.isValid()) {
        out += "null";
        return true;
    }
    switch (v.typeId()) {
    case QMetaType::Bool:
        out += v.toBool() ? "true" : "false";
        return true;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        out += QByteArray::number(v.toLongLong());
        return true;
    case QMetaType::QString:
        return appendJsonString(out, v.toString());
    default:
        return false;
    }
}

/** {"fields":{…},"mode":"insert","tx":"…"}: the payload of an insert, as Store::write makes it. */
QByteArray insertPayload(const QVariantMap &fields, const QString &txId)
{
    QByteArray out;
    out.reserve(64 + fields.size() * 48);
    out += "{\"fields\":{";
    bool ok = true;
    for (auto it = fields.cbegin(); ok && it != fields.cend(); ++it) {
        if (it != fields.cbegin())
            out += ',';
        ok = appendJsonString(out, it.key());
        out += ':';
        ok = ok && appendJsonValue(out, it.value());
    }
    out += "},\"mode\":\"insert\",\"tx\":";
    if (ok && appendJsonString(out, txId)) {
        out += '}';
        return out;
    }
    const QJsonObject payload{{QStringLiteral("mode"), QStringLiteral("insert")},
                              {QStringLiteral("fields"), QJsonObject::fromVariantMap(fields)},
                              {QStringLiteral("tx"), txId}};
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

// A bound value as JSON for SQLite's json_each(): text is UTF-8 already, only quotes,
// backslashes and control characters need escaping.
void appendSqliteJson(QByteArray &out, const BoundValue &v)
{
    switch (v.type) {
    case BoundValue::Type::Integer:
        out += QByteArray::number(v.integer);
        return;
    case BoundValue::Type::Text:
        out += '"';
        for (const char ch : v.bytes) {
            if (ch == '"' || ch == '\\') {
                out += '\\';
                out += ch;
            } else if (uchar(ch) < 0x20) {
                out += "\\u00";
                out += "0123456789abcdef"[uchar(ch) >> 4];
                out += "0123456789abcdef"[uchar(ch) & 0xf];
            } else {
                out += ch;
            }
        }
        out += '"';
        return;
    default: // Null; prepare() refuses Real and Blob
        out += "null";
        return;
    }
}

} // namespace

BoundValue BoundValue::text(const QString &text)
{
    BoundValue b;
    b.type = Type::Text;
    b.bytes = text.toUtf8(); // a null QString is the empty text, as Database::bindable() makes it
    return b;
}

BoundValue BoundValue::from(const QVariant &value)
{
    if (!value.isValid())
        return {};
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return integerValue(value.toLongLong());
    case QMetaType::ULongLong:
    case QMetaType::ULong:
        return integerValue(qint64(value.toULongLong()));
    case QMetaType::Double:
    case QMetaType::Float: {
        BoundValue b;
        b.type = Type::Real;
        b.real = value.toDouble();
        return b;
    }
    case QMetaType::QByteArray: {
        BoundValue b;
        if (value.toByteArray().isNull())
            return b;
        b.type = Type::Blob;
        b.bytes = value.toByteArray();
        return b;
    }
    default:
        return text(value.toString());
    }
}

BulkChangeWriter::BulkChangeWriter(Store &store)
    : m_store(store), m_ids(m_stamp), m_hlc(m_stamp, store.identity().deviceId)
{
    // Carry on from the store's clock so that no op gets an earlier stamp than one already written.
    if (auto last = store.setting(kHlcKey); last && !last.value().isEmpty()) {
        if (auto parsed = HlcTimestamp::parse(last.value()))
            m_hlc.restore(parsed.value());
    }
}

BulkChangeWriter::~BulkChangeWriter()
{
    for (sqlite3_stmt *stmt : std::as_const(m_statements))
        sqlite3_finalize(stmt);
}

Error BulkChangeWriter::sqliteError(const char *code, const QString &what) const
{
    sqlite3 *h = m_store.db().handle();
    const int rc = h ? sqlite3_extended_errcode(h) : SQLITE_ERROR;
    const QString message = h ? QString::fromUtf8(sqlite3_errmsg(h)) : QStringLiteral("no connection");
    const bool constraint = (rc & 0xff) == SQLITE_CONSTRAINT || message.startsWith(QLatin1String("append_only"));
    return makeError(constraint ? "db_constraint" : code, QStringLiteral("%1: %2").arg(what, message));
}

Result<sqlite3_stmt *> BulkChangeWriter::statement(const QString &key, const QString &sql)
{
    if (sqlite3_stmt *cached = m_statements.value(key, nullptr))
        return cached;
    sqlite3 *h = m_store.db().handle();
    if (!h)
        return makeError("db_handle", tr("The SQLite driver gave no connection handle."));
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(h, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return sqliteError("db_prepare", sql.left(120));
    }
    m_statements.insert(key, stmt);
    return stmt;
}

QString BulkChangeWriter::newId(qint64 atMs)
{
    m_stamp.setMs(atMs);
    return m_ids.next();
}

Result<PreparedChange> BulkChangeWriter::prepare(const Change &change, qint64 atMs)
{
    return prepare(change, atMs, {});
}

Result<PreparedChange> BulkChangeWriter::prepare(const Change &change, qint64 atMs, const QStringList &laterColumns)
{
    // The same checks, in the same order, as Store::write().
    const EntityDef *def = EntityCatalog::byName(change.entity);
    if (!def)
        return makeError("unknown_entity", tr("Unknown kind of record: %1").arg(change.entity));
    if (change.mode != Change::Mode::Insert)
        return makeError("unsupported", tr("The bulk writer only inserts; use Store::write for updates."));
    if (change.entityId.isEmpty())
        return makeError("missing_id", tr("A change needs the id of its record."));

    // Columns in key order, like Store::write; the SQL text is made once per column set.
    PreparedChange p;
    p.statementKey = change.entity;
    p.statementKey.reserve(change.entity.size() + change.fields.size() * 12);
    p.statementKey += QLatin1Char('|');
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        p.statementKey += it.key();
        p.statementKey += QLatin1Char(',');
    }
    p.sql = m_sql.value(p.statementKey);
    // A column set with its SQL made has passed these checks already.
    if (p.sql.isEmpty()) {
        for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
            if (!def->field(it.key()))
                return makeError("unknown_field", tr("%1 has no field %2.").arg(change.entity, it.key()));
        }
        for (const FieldDef &f : def->fields) {
            if (f.required && !change.fields.contains(f.name))
                return makeError("missing_field", tr("%1 needs %2.").arg(change.entity, f.name), f.name);
        }
    }
    for (const QString &column : laterColumns) {
        const auto value = change.fields.constFind(column);
        if (value == change.fields.cend())
            return makeError("unknown_field", tr("%1 has no value for %2 to write later.").arg(change.entity, column));
        const BoundValue::Type type = BoundValue::from(value.value()).type;
        if (type == BoundValue::Type::Real || type == BoundValue::Type::Blob)
            return makeError("unsupported", tr("%1.%2: only text, integers and NULL are written later.").arg(change.entity, column));
    }

    m_stamp.setMs(atMs);
    p.hlc = m_hlc.now().toString();
    p.table = def->table;
    if (p.sql.isEmpty()) {
        QStringList names{QStringLiteral("id")};
        names += change.fields.keys();
        names << QStringLiteral("created_at");
        if (!def->appendOnly)
            names << QStringLiteral("updated_at") << QStringLiteral("hlc");
        p.sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(def->table, names.join(QLatin1String(", ")),
                         QStringList(names.size(), QStringLiteral("?")).join(QLatin1String(", ")));
        m_sql.insert(p.statementKey, p.sql);
    }
    p.values.reserve(change.fields.size() + 4);
    p.values << BoundValue::text(change.entityId);
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        if (laterColumns.contains(it.key())) {
            p.later.append({it.key(), BoundValue::from(it.value())});
            p.values << BoundValue();
        } else {
            p.values << BoundValue::from(it.value());
        }
    }
    p.values << integerValue(atMs);
    if (!def->appendOnly)
        p.values << integerValue(atMs) << BoundValue::text(p.hlc);

    // Each bulk insert is a transaction of its own as far as sync is concerned.
    const QString opId = m_ids.next();
    BoundValue json;
    json.type = BoundValue::Type::Text;
    json.bytes = insertPayload(change.fields, opId);
    p.op = {BoundValue::text(opId),
            BoundValue::text(change.opKind),
            BoundValue::text(change.entity),
            BoundValue::text(change.entityId),
            json,
            BoundValue::text(p.hlc),
            integerValue(Outbox::priorityFor(change.opKind)),
            BoundValue::text(change.staffId),
            integerValue(atMs),
            BoundValue::text(opId)};
    return p;
}

Result<qint64> BulkChangeWriter::write(const PreparedChange &p)
{
    if (m_store.db().transactionDepth() == 0)
        return makeError("write_outside_transaction", tr("A change to synced data must be written inside a transaction."));
    auto rowStmt = statement(p.statementKey, p.sql);
    if (!rowStmt)
        return rowStmt.error();
    sqlite3_stmt *row = rowStmt.value();
    for (qsizetype i = 0; i < p.values.size(); ++i)
        bind(row, int(i + 1), p.values.at(i));
    const int rowRc = sqlite3_step(row);
    const Error rowError = rowRc == SQLITE_DONE ? Error{} : sqliteError("db_write", QStringLiteral("database"));
    sqlite3_reset(row);
    sqlite3_clear_bindings(row);
    if (rowRc != SQLITE_DONE)
        return rowError;
    const qint64 rowid = sqlite3_last_insert_rowid(m_store.db().handle());

    auto opStmt = statement(QStringLiteral("outbox"),
                            QStringLiteral("INSERT INTO outbox (op_id, kind, entity_kind, entity_id, payload, hlc, priority,"
                                           " staff_id, created_at, tx_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!opStmt)
        return opStmt.error();
    sqlite3_stmt *op = opStmt.value();
    for (qsizetype i = 0; i < p.op.size(); ++i)
        bind(op, int(i + 1), p.op.at(i));
    const int opRc = sqlite3_step(op);
    const Error opError = opRc == SQLITE_DONE ? Error{} : sqliteError("db_write", QStringLiteral("outbox"));
    sqlite3_reset(op);
    sqlite3_clear_bindings(op);
    if (opRc != SQLITE_DONE)
        return opError;
    m_lastHlc = p.hlc;
    ++m_rows;
    for (const auto &[column, value] : p.later) {
        Later &later = m_later[{p.table, column}];
        later.json += later.json.isEmpty() ? "[[" : ",[";
        later.json += QByteArray::number(rowid);
        later.json += ',';
        appendSqliteJson(later.json, value);
        later.json += ']';
        ++later.rows;
    }
    return rowid;
}

Result<void> BulkChangeWriter::completeLater()
{
    if (!m_later.isEmpty() && m_store.db().transactionDepth() == 0)
        return makeError("write_outside_transaction", tr("A change to synced data must be written inside a transaction."));
    for (auto it = m_later.begin(); it != m_later.end(); ++it) {
        const auto &[table, column] = it.key();
        // One statement for all rows: each UPDATE statement needs a statement journal of its own,
        // which costs several inserts' worth when it is one per row.
        auto stmt = statement(QStringLiteral("later|%1|%2").arg(table, column),
                              QStringLiteral("UPDATE %1 SET %2 = json_extract(j.value, '$[1]') FROM json_each(?) AS j"
                                             " WHERE %1.rowid = json_extract(j.value, '$[0]')")
                                  .arg(table, column));
        if (!stmt)
            return stmt.error();
        sqlite3_stmt *s = stmt.value();
        Later &later = it.value();
        later.json += ']';
        sqlite3_bind_text(s, 1, later.json.constData(), int(later.json.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(s);
        const int changed = rc == SQLITE_DONE ? sqlite3_changes(m_store.db().handle()) : 0;
        const Error e = rc == SQLITE_DONE ? Error{} : sqliteError("db_write", table);
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
        if (rc != SQLITE_DONE)
            return e;
        if (changed != later.rows)
            return makeError("not_found", tr("%1: %2 rows to complete, %3 found.").arg(table).arg(later.rows).arg(changed));
    }
    m_later.clear();
    return {};
}

Result<qint64> BulkChangeWriter::insert(const Change &change)
{
    auto prepared = prepare(change, m_store.clock().nowMs());
    if (!prepared)
        return prepared.error();
    return write(prepared.value());
}

Result<void> BulkChangeWriter::writeSearchDocument(const QString &table, qint64 rowid, const QString &doc, const QString &rev)
{
    auto stmt = statement(QStringLiteral("search|") + table,
                          QStringLiteral("INSERT INTO %1 (rowid, doc, rev) VALUES (?, ?, ?)").arg(table));
    if (!stmt)
        return stmt.error();
    sqlite3_stmt *s = stmt.value();
    const BoundValue d = BoundValue::text(doc);
    const BoundValue r = BoundValue::text(rev);
    sqlite3_bind_int64(s, 1, rowid);
    bind(s, 2, d);
    bind(s, 3, r);
    const int rc = sqlite3_step(s);
    const Error e = rc == SQLITE_DONE ? Error{} : sqliteError("db_write", table);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (rc != SQLITE_DONE)
        return e;
    return {};
}

Result<void> BulkChangeWriter::persistClock()
{
    if (!m_later.isEmpty())
        return makeError("later_pending", tr("Rows wait for columns to be filled in: call completeLater() first."));
    if (m_lastHlc.isEmpty())
        return {};
    return m_store.setSetting(kHlcKey, m_lastHlc);
}

} // namespace fd::cli
