#include "syncmessages.h"

#include "entitycatalog.h"
#include "protocol.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

// Reads one checked value or returns its error: decoders are long lists of these.
#define FD_TRY(name, expr)                                                                                             \
    auto name##Result = (expr);                                                                                        \
    if (!name##Result)                                                                                                 \
        return name##Result.error();                                                                                   \
    auto name = std::move(name##Result).value()

namespace fd::protocol {

namespace {

constexpr qint64 kMaxSafeInt = (1LL << 53) - 1;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Appends @p text as a JSON string literal. Works on the UTF-8 bytes: only '"', '\' and control
// characters need escaping, every other byte (multi-byte sequences included) stands as it is.
void appendJsonString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char ch : text.toUtf8()) {
        const auto b = static_cast<unsigned char>(ch);
        if (b == '"' || b == '\\') {
            out += '\\';
            out += ch;
        } else if (b < 0x20) {
            out += "\\u00";
            out += hex[b >> 4];
            out += hex[b & 0xf];
        } else {
            out += ch;
        }
    }
    out += '"';
}

QString orEmpty(const std::optional<QString> &s)
{
    return s.value_or(QString());
}

Result<QString> requireId(const JsonReader &r, QStringView key)
{
    return r.requireString(key, 1, kMaxIdLength);
}

} // namespace

Result<void> validateFields(const EntityDef &def, const JsonReader &fields, bool insert)
{
    const QJsonObject &o = fields.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const FieldDef *f = def.field(it.key());
        const auto path = [&] { return fields.fieldPath(it.key()); }; // for errors only
        if (!f)
            return makeError("unknown_field", u"%1: %2 has no field %3."_s.arg(path(), def.name, it.key()), path());
        if (it.value().isNull()) {
            if (f->required)
                return makeError(errc::kMissingField, u"%1 cannot be empty."_s.arg(path()), path());
            continue;
        }
        switch (f->type) {
        case FieldDef::Text:
        case FieldDef::Json:
            if (auto r = fields.checkString(it.value(), it.key(), 0, kMaxTextField); !r)
                return r.error();
            break;
        case FieldDef::Int:
        case FieldDef::Money:
        case FieldDef::TimeMs:
            if (auto r = fields.checkInt(it.value(), it.key(), -kMaxSafeInt, kMaxSafeInt); !r)
                return r.error();
            break;
        }
    }
    if (insert) {
        for (const FieldDef &f : def.fields) {
            if (f.required && !o.contains(f.name))
                return makeError(errc::kMissingField, u"%1 is required to create a %2."_s.arg(fields.fieldPath(f.name), def.name),
                                 fields.fieldPath(f.name));
        }
    }
    return {};
}

QJsonObject SyncOp::toJson() const
{
    QJsonObject o{{u"op_id"_s, opId}, {u"tx"_s, tx}, {u"kind"_s, kind}, {u"entity"_s, entity},
                  {u"entity_id"_s, entityId}, {u"mode"_s, insert ? u"insert"_s : u"update"_s},
                  {u"fields"_s, fields}, {u"hlc"_s, hlc}, {u"staff_id"_s, staffId}, {u"created_at"_s, createdAt}};
    if (!baseHlc.isEmpty())
        o.insert(u"base_hlc"_s, baseHlc);
    return o;
}

Result<SyncOp> SyncOp::fromJson(const JsonReader &r)
{
    SyncOp op;
    FD_TRY(opId, requireId(r, u"op_id"));
    FD_TRY(tx, r.optionalString(u"tx", 1, kMaxIdLength));
    FD_TRY(kind, r.requireString(u"kind", 3, kMaxKindLength));
    FD_TRY(entity, r.requireString(u"entity", 1, kMaxKindLength));
    FD_TRY(entityId, requireId(r, u"entity_id"));
    FD_TRY(mode, r.requireString(u"mode", 1, 10));
    FD_TRY(hlc, r.requireString(u"hlc", 1, kHlcLength));
    FD_TRY(baseHlc, r.optionalString(u"base_hlc", 0, kHlcLength));
    FD_TRY(staffId, r.optionalString(u"staff_id", 0, kMaxIdLength));
    FD_TRY(createdAt, r.requireInt(u"created_at", 0, kMaxSafeInt));
    FD_TRY(fields, r.requireObject(u"fields"));
    if (mode != "insert"_L1 && mode != "update"_L1)
        return makeError(errc::kOutOfRange, u"%1 must be \"insert\" or \"update\"."_s.arg(r.fieldPath(u"mode")),
                         r.fieldPath(u"mode"));
    const EntityDef *def = EntityCatalog::byName(entity);
    if (!def)
        return makeError("unknown_entity", u"%1: unknown kind of record \"%2\"."_s.arg(r.fieldPath(u"entity"), entity),
                         r.fieldPath(u"entity"));
    op.insert = mode == "insert"_L1;
    if (def->appendOnly && !op.insert)
        return makeError("append_only", u"%1 records are never changed; send a new record instead."_s.arg(entity),
                         r.fieldPath(u"mode"));
    if (!op.insert && fields.object().isEmpty())
        return makeError(errc::kMissingField, u"%1: an update must change at least one field."_s.arg(fields.path()),
                         fields.path());
    if (auto v = validateFields(*def, fields, op.insert); !v)
        return v.error();
    op.opId = opId;
    op.tx = tx.value_or(opId);
    op.kind = kind;
    op.entity = entity;
    op.entityId = entityId;
    op.fields = fields.object();
    op.hlc = hlc;
    op.baseHlc = orEmpty(baseHlc);
    op.staffId = orEmpty(staffId);
    op.createdAt = createdAt;
    return op;
}

QJsonObject OverriddenField::toJson() const
{
    return {{u"field"_s, field}, {u"theirs"_s, theirs}, {u"their_hlc"_s, theirHlc}, {u"their_staff_id"_s, theirStaffId}};
}

Result<OverriddenField> OverriddenField::fromJson(const JsonReader &r)
{
    OverriddenField f;
    FD_TRY(field, r.requireString(u"field", 1, kMaxKindLength));
    FD_TRY(hlc, r.requireString(u"their_hlc", 1, kHlcLength));
    FD_TRY(staff, r.optionalString(u"their_staff_id", 0, kMaxIdLength));
    f.field = field;
    f.theirs = r.object().value(u"theirs"_s);
    f.theirHlc = hlc;
    f.theirStaffId = orEmpty(staff);
    return f;
}

QString OpResult::statusName(Status status)
{
    switch (status) {
    case Status::Applied:
        return u"applied"_s;
    case Status::Duplicate:
        return u"duplicate"_s;
    case Status::Rejected:
        break;
    }
    return u"rejected"_s;
}

QJsonObject OpResult::toJson() const
{
    QJsonObject o{{u"op_id"_s, opId}, {u"status"_s, statusName(status)}};
    if (status == Status::Rejected) {
        o.insert(u"code"_s, code);
        o.insert(u"message"_s, message);
    }
    if (!overridden.isEmpty()) {
        QJsonArray a;
        for (const OverriddenField &f : overridden)
            a.append(f.toJson());
        o.insert(u"overridden"_s, a);
    }
    return o;
}

Result<OpResult> OpResult::fromJson(const JsonReader &r)
{
    OpResult res;
    FD_TRY(opId, requireId(r, u"op_id"));
    FD_TRY(status, r.requireString(u"status", 1, 20));
    if (status == "applied"_L1)
        res.status = Status::Applied;
    else if (status == "duplicate"_L1)
        res.status = Status::Duplicate;
    else if (status == "rejected"_L1)
        res.status = Status::Rejected;
    else
        return makeError(errc::kOutOfRange, u"%1 is not a known status."_s.arg(r.fieldPath(u"status")), r.fieldPath(u"status"));
    res.opId = opId;
    if (res.status == Status::Rejected) {
        FD_TRY(code, r.requireString(u"code", 1, kMaxKindLength));
        FD_TRY(message, r.requireString(u"message", 0, 2000));
        res.code = code;
        res.message = message;
    }
    if (r.contains(u"overridden")) {
        FD_TRY(items, r.requireObjectArray(u"overridden", 200));
        for (const JsonReader &item : items) {
            FD_TRY(f, OverriddenField::fromJson(item));
            res.overridden.append(f);
        }
    }
    return res;
}

QByteArray PushRequest::encode() const
{
    QJsonArray a;
    for (const SyncOp &op : ops)
        a.append(op.toJson());
    return compact(QJsonObject{{u"ops"_s, a}});
}

Result<PushRequest> PushRequest::decode(const QByteArray &body)
{
    FD_TRY(root, JsonReader::fromJson(body));
    FD_TRY(items, root.requireObjectArray(u"ops", kMaxOpsPerPush));
    PushRequest req;
    req.ops.reserve(items.size());
    for (const JsonReader &item : items) {
        FD_TRY(op, SyncOp::fromJson(item));
        req.ops.append(std::move(op));
    }
    return req;
}

QByteArray PushResponse::encode() const
{
    QJsonArray a;
    for (const OpResult &r : results)
        a.append(r.toJson());
    return compact(QJsonObject{{u"results"_s, a}});
}

Result<PushResponse> PushResponse::decode(const QByteArray &body)
{
    FD_TRY(root, JsonReader::fromJson(body, 64 * 1024 * 1024));
    FD_TRY(items, root.requireObjectArray(u"results", kMaxOpsPerPush));
    PushResponse res;
    for (const JsonReader &item : items) {
        FD_TRY(r, OpResult::fromJson(item));
        res.results.append(std::move(r));
    }
    return res;
}

void RemoteChange::appendJson(QByteArray &out) const
{
    out += "{\"seq\":";
    out += QByteArray::number(seq);
    out += ",\"entity\":";
    appendJsonString(out, entity);
    out += ",\"id\":";
    appendJsonString(out, id);
    out += ",\"fields\":";
    out += rawFields.isEmpty() ? compact(fields) : rawFields;
    out += ",\"hlc\":";
    appendJsonString(out, hlc);
    out += ",\"created_at\":";
    out += QByteArray::number(createdAt);
    out += ",\"updated_at\":";
    out += QByteArray::number(updatedAt);
    out += '}';
}

Result<RemoteChange> RemoteChange::fromJson(const JsonReader &r)
{
    RemoteChange c;
    FD_TRY(seq, r.requireInt(u"seq", 1, kMaxSafeInt));
    FD_TRY(entity, r.requireString(u"entity", 1, kMaxKindLength));
    FD_TRY(id, requireId(r, u"id"));
    FD_TRY(hlc, r.requireString(u"hlc", 0, kHlcLength));
    FD_TRY(createdAt, r.requireInt(u"created_at", 0, kMaxSafeInt));
    FD_TRY(updatedAt, r.requireInt(u"updated_at", 0, kMaxSafeInt));
    FD_TRY(fields, r.requireObject(u"fields"));
    const EntityDef *def = EntityCatalog::byName(entity);
    if (!def)
        return makeError("unknown_entity", u"%1: unknown kind of record \"%2\"."_s.arg(r.fieldPath(u"entity"), entity),
                         r.fieldPath(u"entity"));
    if (auto v = validateFields(*def, fields, true); !v)
        return v.error();
    c.seq = seq;
    c.entity = entity;
    c.id = id;
    c.fields = fields.object();
    c.hlc = hlc;
    c.createdAt = createdAt;
    c.updatedAt = updatedAt;
    return c;
}

QJsonObject ConflictNotice::toJson() const
{
    return {{u"seq"_s, seq}, {u"id"_s, id}, {u"entity"_s, entity}, {u"entity_id"_s, entityId}, {u"field"_s, field},
            {u"mine"_s, mine}, {u"theirs"_s, theirs}, {u"my_hlc"_s, myHlc}, {u"their_hlc"_s, theirHlc},
            {u"their_staff_id"_s, theirStaffId}, {u"at"_s, at}};
}

Result<ConflictNotice> ConflictNotice::fromJson(const JsonReader &r)
{
    ConflictNotice n;
    FD_TRY(seq, r.requireInt(u"seq", 1, kMaxSafeInt));
    FD_TRY(id, requireId(r, u"id"));
    FD_TRY(entity, r.requireString(u"entity", 1, kMaxKindLength));
    FD_TRY(entityId, requireId(r, u"entity_id"));
    FD_TRY(field, r.requireString(u"field", 1, kMaxKindLength));
    FD_TRY(myHlc, r.requireString(u"my_hlc", 0, kHlcLength));
    FD_TRY(theirHlc, r.requireString(u"their_hlc", 1, kHlcLength));
    FD_TRY(staff, r.optionalString(u"their_staff_id", 0, kMaxIdLength));
    FD_TRY(at, r.requireInt(u"at", 0, kMaxSafeInt));
    const EntityDef *def = EntityCatalog::byName(entity);
    if (!def || !def->field(field))
        return makeError("unknown_field", u"%1: unknown field %2.%3."_s.arg(r.path(), entity, field), r.path());
    n.seq = seq;
    n.id = id;
    n.entity = entity;
    n.entityId = entityId;
    n.field = field;
    n.mine = r.object().value(u"mine"_s);
    n.theirs = r.object().value(u"theirs"_s);
    n.myHlc = myHlc;
    n.theirHlc = theirHlc;
    n.theirStaffId = orEmpty(staff);
    n.at = at;
    return n;
}

QByteArray PullPage::encode() const
{
    // Written by hand: a page holds thousands of rows, and their fields may already be JSON text.
    QByteArray out;
    out.reserve(qsizetype(changes.size()) * 400 + 256);
    out += "{\"changes\":[";
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (i > 0)
            out += ',';
        changes.at(i).appendJson(out);
    }
    QJsonArray conflictArray;
    for (const ConflictNotice &n : conflicts)
        conflictArray.append(n.toJson());
    out += "],\"conflicts\":";
    out += QJsonDocument(conflictArray).toJson(QJsonDocument::Compact);
    out += ",\"next\":";
    out += QByteArray::number(next);
    out += ",\"more\":";
    out += more ? "true" : "false";
    out += ",\"server_time\":";
    out += QByteArray::number(serverTimeMs);
    out += '}';
    return out;
}

Result<PullPage> PullPage::decode(const QByteArray &body)
{
    FD_TRY(root, JsonReader::fromJson(body, 256 * 1024 * 1024));
    FD_TRY(changes, root.requireObjectArray(u"changes", kMaxPullPage));
    FD_TRY(conflicts, root.requireObjectArray(u"conflicts", kMaxPullPage));
    FD_TRY(next, root.requireInt(u"next", 0, kMaxSafeInt));
    FD_TRY(more, root.requireBool(u"more"));
    FD_TRY(serverTime, root.requireInt(u"server_time", 0, kMaxSafeInt));
    PullPage page;
    page.changes.reserve(changes.size());
    for (const JsonReader &item : changes) {
        FD_TRY(c, RemoteChange::fromJson(item));
        page.changes.append(std::move(c));
    }
    for (const JsonReader &item : conflicts) {
        FD_TRY(n, ConflictNotice::fromJson(item));
        page.conflicts.append(std::move(n));
    }
    page.next = next;
    page.more = more;
    page.serverTimeMs = serverTime;
    return page;
}

QByteArray EnrollRequest::encode() const
{
    return compact(QJsonObject{{u"code"_s, code}, {u"name"_s, name}});
}

Result<EnrollRequest> EnrollRequest::decode(const QByteArray &body)
{
    FD_TRY(root, JsonReader::fromJson(body, 64 * 1024));
    FD_TRY(code, root.requireString(u"code", 6, 64));
    FD_TRY(name, root.optionalString(u"name", 0, 100));
    return EnrollRequest{code, orEmpty(name)};
}

QByteArray EnrollResponse::encode() const
{
    return compact(QJsonObject{{u"device_id"_s, deviceId}, {u"token"_s, token}, {u"outlet_id"_s, outletId},
                               {u"outlet_code"_s, outletCode}, {u"device_code"_s, deviceCode}, {u"mode"_s, mode},
                               {u"server_instance"_s, serverInstance}});
}

Result<EnrollResponse> EnrollResponse::decode(const QByteArray &body)
{
    FD_TRY(root, JsonReader::fromJson(body, 64 * 1024));
    FD_TRY(deviceId, requireId(root, u"device_id"));
    FD_TRY(token, root.requireString(u"token", 16, 200));
    FD_TRY(outletId, requireId(root, u"outlet_id"));
    FD_TRY(outletCode, root.requireString(u"outlet_code", 4, 4));
    FD_TRY(deviceCode, root.requireString(u"device_code", 2, 2));
    FD_TRY(mode, root.requireString(u"mode", 5, 7));
    FD_TRY(instance, root.requireString(u"server_instance", 1, kMaxIdLength));
    return EnrollResponse{deviceId, token, outletId, outletCode, deviceCode, mode, instance};
}

QByteArray CaseResponse::encode() const
{
    const CaseView &v = view;
    return compact(QJsonObject{{u"case"_s, QJsonObject{{u"number"_s, v.number}, {u"kind"_s, v.kind}, {u"state"_s, v.state},
                                                       {u"title"_s, v.title}, {u"category"_s, v.category},
                                                       {u"opened_at"_s, v.openedAt}, {u"state_at"_s, v.stateAt},
                                                       {u"due_at"_s, v.dueAt}, {u"name"_s, v.maskedName},
                                                       {u"phone"_s, v.maskedPhone}}}});
}

Result<CaseResponse> CaseResponse::decode(const QByteArray &body)
{
    FD_TRY(root, JsonReader::fromJson(body, 64 * 1024));
    FD_TRY(c, root.requireObject(u"case"));
    CaseResponse out;
    CaseView &v = out.view;
    FD_TRY(number, c.requireString(u"number", 3, 40));
    FD_TRY(kind, c.requireString(u"kind", 6, 9));
    FD_TRY(state, c.requireString(u"state", 1, 32));
    FD_TRY(title, c.requireString(u"title", 0, 200));
    FD_TRY(category, c.requireString(u"category", 0, 80));
    FD_TRY(openedAt, c.requireInt(u"opened_at", 0, kMaxSafeInt));
    FD_TRY(stateAt, c.requireInt(u"state_at", 0, kMaxSafeInt));
    FD_TRY(dueAt, c.requireInt(u"due_at", -1, kMaxSafeInt));
    FD_TRY(name, c.requireString(u"name", 0, 80));
    FD_TRY(phone, c.requireString(u"phone", 0, 20));
    v = CaseView{number, kind, state, title, category, openedAt, stateAt, dueAt, name, phone};
    return out;
}

} // namespace fd::protocol
