#include "syncstore.h"

#include "authority.h"
#include "cardnumber.h"
#include "cardstatemachine.h"
#include "entitycatalog.h"
#include "hybridlogicalclock.h"
#include "protocol.h"
#include "serverstorage.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace fd {

namespace errc = protocol::errc;
using protocol::OpResult;
using protocol::SyncOp;

namespace {

// Records everybody may see, kiosks included: no personal data in any of them.
const QSet<QString> kPublicEntities = {u"outlet"_s, u"price_item"_s, u"questionnaire"_s, u"survey_question"_s,
                                       u"survey_campaign"_s, u"outage_notice"_s, u"outage_update"_s};
// Kept on the server only: the device that wrote them has them, no other device needs them.
const QSet<QString> kServerOnlyEntities = {u"audit_entry"_s};
// A row without an outlet of its own belongs where its parent does; first match wins.
const QList<std::pair<QString, QString>> kParentKeys = {
    {u"ticket_id"_s, u"ticket"_s},        {u"complaint_id"_s, u"complaint"_s}, {u"customer_id"_s, u"customer"_s},
    {u"crew_id"_s, u"crew"_s},            {u"account_id"_s, u"etc_account"_s}, {u"arrival_id"_s, u"fund_arrival"_s},
    {u"response_id"_s, u"survey_response"_s}, {u"card_id"_s, u"card"_s},      {u"staff_id"_s, u"staff"_s}};

const QString kPublicScope = u"public"_s;
const QString kInsertStamp; // the field_hlc key of the insert's stamp: no field is called ""
const QString kServerScope = u"server"_s;

QString outletScope(const QString &outletId)
{
    return u"o:"_s + outletId;
}

QString rowKey(const QString &entity, const QString &id)
{
    return entity + u'|' + id;
}

OpResult rejected(const SyncOp &op, const Error &e)
{
    OpResult r;
    r.opId = op.opId;
    r.status = OpResult::Status::Rejected;
    r.code = e.code;
    r.message = e.message;
    return r;
}

QString toJsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject fromJsonText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString randomSecret(int length, const char *alphabet)
{
    const int n = int(qstrlen(alphabet));
    QString s;
    s.reserve(length);
    for (int i = 0; i < length; ++i)
        s.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(n)]));
    return s;
}

} // namespace

SyncStore::SyncStore(ServerStorage &storage, const Clock &clock)
    : m_storage(storage), m_clock(clock), m_ids(clock), m_statusList(storage)
{
}

QString SyncStore::hashSecret(const QString &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void SyncStore::releaseStatements()
{
    m_statements.clear();
}

bool SyncStore::isPublicEntity(const QString &entity)
{
    return kPublicEntities.contains(entity);
}

bool SyncStore::changesPublicData(const SyncOp &op)
{
    return kPublicEntities.contains(op.entity) || op.kind == "etc.report_loss"_L1;
}

SyncDevice SyncStore::adminDevice()
{
    SyncDevice d;
    d.id = u"server-admin"_s;
    d.mode = u"admin"_s;
    d.name = u"fielddesk-cli"_s;
    return d;
}

Result<QSqlQuery *> SyncStore::prepared(const QString &sql, const QVariantList &binds)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_storage.database());
        if (!q.prepare(sql))
            return makeError("db_query", u"%1: %2"_s.arg(sql.left(60), q.lastError().text()));
        it = m_statements.insert(sql, q);
    }
    QSqlQuery &q = it.value();
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        // A null QString would bind as NULL; the server means NULL only by an invalid QVariant.
        q.bindValue(i, v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(u""_s) : v);
    }
    if (!q.exec())
        return makeError("db_query", u"%1: %2"_s.arg(sql.left(60), q.lastError().text()));
    return &q;
}

Result<void> SyncStore::exec(const QString &sql)
{
    QSqlQuery q(m_storage.database());
    if (!q.exec(sql))
        return makeError("db_query", u"%1: %2"_s.arg(sql, q.lastError().text()));
    return {};
}

Result<QString> SyncStore::outletIdByCode(const QString &code)
{
    auto q = prepared(u"SELECT id FROM server_outlets WHERE code = ?"_s, {code});
    if (!q)
        return q.error();
    QString id = q.value()->next() ? q.value()->value(0).toString() : QString();
    q.value()->finish();
    if (id.isEmpty())
        return makeError("not_found", u"There is no outlet with code %1 on this server."_s.arg(code));
    return id;
}

Result<QString> SyncStore::createEnrollmentCode(const QString &outletCode, const QString &mode, qint64 validForMs)
{
    if (mode != "tablet"_L1 && mode != "counter"_L1 && mode != "kiosk"_L1)
        return makeError("invalid_mode", u"The mode must be tablet, counter or kiosk."_s, u"mode"_s);
    auto outlet = outletIdByCode(outletCode);
    if (!outlet)
        return outlet.error();
    // Read aloud or typed on a tablet: no 0/O, 1/I/L.
    const QString code = randomSecret(5, "ABCDEFGHJKMNPQRSTUVWXYZ23456789") + u'-'
                         + randomSecret(5, "ABCDEFGHJKMNPQRSTUVWXYZ23456789");
    const qint64 now = m_clock.nowMs();
    auto q = prepared(u"INSERT INTO enrollment_codes (code_hash, outlet_id, mode, created_at, expires_at) VALUES (?, ?, ?, ?, ?)"_s,
                      {hashSecret(code), outlet.value(), mode, now, now + validForMs});
    if (!q)
        return q.error();
    if (auto a = m_storage.appendAudit(u"cli"_s, u"enrollment.code"_s,
                                       toJsonText({{u"outlet"_s, outletCode}, {u"mode"_s, mode}}));
        !a)
        return a.error();
    return code;
}

Result<protocol::EnrollResponse> SyncStore::enroll(const protocol::EnrollRequest &request)
{
    const qint64 now = m_clock.nowMs();
    const QString codeHash = hashSecret(request.code.trimmed().toUpper());
    if (auto r = exec(u"BEGIN IMMEDIATE"_s); !r)
        return r.error();
    auto fail = [this](Error e) {
        (void)exec(u"ROLLBACK"_s);
        return e;
    };
    auto code = prepared(u"SELECT outlet_id, mode, expires_at, used_at FROM enrollment_codes WHERE code_hash = ?"_s, {codeHash});
    if (!code)
        return fail(code.error());
    QSqlQuery &c = *code.value();
    if (!c.next()) {
        c.finish();
        return fail(makeError(errc::kInvalidCode, u"This enrollment code is not known to the server."_s, u"code"_s));
    }
    const QString outletId = c.value(0).toString();
    const QString mode = c.value(1).toString();
    const qint64 expiresAt = c.value(2).toLongLong();
    const bool used = !c.value(3).isNull();
    c.finish();
    if (used)
        return fail(makeError(errc::kInvalidCode, u"This enrollment code has been used already; ask for a new one."_s, u"code"_s));
    if (now > expiresAt)
        return fail(makeError(errc::kInvalidCode, u"This enrollment code has expired; ask for a new one."_s, u"code"_s));

    auto codes = prepared(u"SELECT device_code FROM devices WHERE outlet_id = ?"_s, {outletId});
    if (!codes)
        return fail(codes.error());
    QSet<int> taken;
    while (codes.value()->next())
        taken.insert(codes.value()->value(0).toInt());
    codes.value()->finish();
    int next = 1;
    while (taken.contains(next))
        ++next;
    if (next > 99)
        return fail(makeError("outlet_full", u"This outlet has 99 devices already; revoke one first."_s));

    auto outletCode = prepared(u"SELECT code FROM server_outlets WHERE id = ?"_s, {outletId});
    if (!outletCode)
        return fail(outletCode.error());
    const QString oc = outletCode.value()->next() ? outletCode.value()->value(0).toString() : QString();
    outletCode.value()->finish();

    protocol::EnrollResponse out;
    out.deviceId = m_ids.next();
    out.token = randomSecret(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    out.outletId = outletId;
    out.outletCode = oc;
    out.deviceCode = QStringLiteral("%1").arg(next, 2, 10, QLatin1Char('0'));
    out.mode = mode;
    out.serverInstance = m_storage.instanceId();
    const QString name = request.name.isEmpty() ? u"%1-%2"_s.arg(oc, out.deviceCode) : request.name;
    if (auto r = prepared(u"INSERT INTO devices (id, outlet_id, device_code, mode, name, token_hash, enrolled_at)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                          {out.deviceId, outletId, out.deviceCode, mode, name, hashSecret(out.token), now});
        !r)
        return fail(r.error());
    if (auto r = prepared(u"UPDATE enrollment_codes SET used_at = ?, device_id = ? WHERE code_hash = ?"_s,
                          {now, out.deviceId, codeHash});
        !r)
        return fail(r.error());
    if (auto a = m_storage.appendAudit(out.deviceId, u"device.enroll"_s,
                                       toJsonText({{u"outlet"_s, oc}, {u"device_code"_s, out.deviceCode}, {u"mode"_s, mode}}));
        !a)
        return fail(a.error());
    if (auto r = exec(u"COMMIT"_s); !r)
        return fail(r.error());
    return out;
}

Result<SyncDevice> SyncStore::authenticate(const QString &token)
{
    if (token.size() < 16)
        return makeError(errc::kUnauthorized, u"This request needs a device token (Authorization: Bearer …)."_s);
    auto q = prepared(u"SELECT d.id, d.outlet_id, COALESCE(o.code, ''), d.device_code, d.mode, d.name, d.enrolled_at,"
                      " COALESCE(d.revoked_at, 0) FROM devices d LEFT JOIN server_outlets o ON o.id = d.outlet_id"
                      " WHERE d.token_hash = ?"_s,
                      {hashSecret(token)});
    if (!q)
        return q.error();
    QSqlQuery &r = *q.value();
    if (!r.next()) {
        r.finish();
        return makeError(errc::kUnauthorized, u"The device token is not known to this server; enroll the device again."_s);
    }
    SyncDevice d{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                 r.value(4).toString(), r.value(5).toString(), r.value(6).toLongLong(), r.value(7).toLongLong(), 0};
    r.finish();
    if (d.revokedAt != 0)
        return makeError(errc::kRevoked, u"This device was revoked; enroll it again with a new code."_s);
    return d;
}

Result<SyncDevice> SyncStore::revoke(const QString &device)
{
    auto all = devices();
    if (!all)
        return all.error();
    for (SyncDevice d : all.value()) {
        if (d.id != device && d.outletCode + u'-' + d.deviceCode != device)
            continue;
        if (d.revokedAt != 0)
            return d;
        d.revokedAt = m_clock.nowMs();
        if (auto r = prepared(u"UPDATE devices SET revoked_at = ? WHERE id = ?"_s, {d.revokedAt, d.id}); !r)
            return r.error();
        if (auto a = m_storage.appendAudit(u"cli"_s, u"device.revoke"_s, toJsonText({{u"device_id"_s, d.id}})); !a)
            return a.error();
        return d;
    }
    return makeError("not_found", u"There is no device %1 on this server."_s.arg(device));
}

Result<QList<SyncDevice>> SyncStore::devices()
{
    auto q = prepared(u"SELECT d.id, d.outlet_id, COALESCE(o.code, ''), d.device_code, d.mode, d.name, d.enrolled_at,"
                      " COALESCE(d.revoked_at, 0), COALESCE(d.last_seen_at, 0)"
                      " FROM devices d LEFT JOIN server_outlets o ON o.id = d.outlet_id ORDER BY o.code, d.device_code"_s,
                      {});
    if (!q)
        return q.error();
    QList<SyncDevice> out;
    QSqlQuery &r = *q.value();
    while (r.next())
        out.append({r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                    r.value(4).toString(), r.value(5).toString(), r.value(6).toLongLong(), r.value(7).toLongLong(),
                    r.value(8).toLongLong()});
    r.finish();
    return out;
}

Result<qint64> SyncStore::feedValue()
{
    auto q = prepared(u"SELECT value FROM counters WHERE name = 'feed'"_s, {});
    if (!q)
        return q.error();
    const qint64 v = q.value()->next() ? q.value()->value(0).toLongLong() : -1;
    q.value()->finish();
    if (v < 0)
        return makeError("db_query", u"The feed counter is missing."_s);
    return v;
}

Result<SyncStore::Row> SyncStore::loadRow(const QString &entity, const QString &id)
{
    auto q = prepared(u"SELECT scope, data, field_hlc, hlc, created_at FROM entities WHERE entity = ? AND id = ?"_s, {entity, id});
    if (!q)
        return q.error();
    Row row;
    QSqlQuery &r = *q.value();
    if (r.next()) {
        row.exists = true;
        row.scope = r.value(0).toString();
        row.data = fromJsonText(r.value(1).toString());
        row.fieldHlc = fromJsonText(r.value(2).toString());
        row.hlc = r.value(3).toString();
        row.createdAt = r.value(4).toLongLong();
    }
    r.finish();
    return row;
}

Result<QString> SyncStore::scopeFor(const SyncDevice &device, const SyncOp &op)
{
    if (kPublicEntities.contains(op.entity))
        return kPublicScope;
    if (kServerOnlyEntities.contains(op.entity))
        return kServerScope;
    const QString outlet = op.fields.value(u"outlet_id"_s).toString();
    if (!outlet.isEmpty())
        return outletScope(outlet);
    const EntityDef *def = EntityCatalog::byName(op.entity);
    for (const auto &[key, parent] : kParentKeys) {
        if (!def->field(key))
            continue;
        const QString parentId = op.fields.value(key).toString();
        if (parentId.isEmpty())
            continue;
        if (auto cached = m_scopes.constFind(rowKey(parent, parentId)); cached != m_scopes.cend())
            return cached.value();
        auto p = prepared(u"SELECT scope FROM entities WHERE entity = ? AND id = ?"_s, {parent, parentId});
        if (!p)
            return p.error();
        const QString scope = p.value()->next() ? p.value()->value(0).toString() : QString();
        p.value()->finish();
        if (!scope.isEmpty())
            return scope;
    }
    if (device.outletId.isEmpty())
        return makeError(errc::kBadRequest, u"A %1 record needs an outlet."_s.arg(op.entity));
    return outletScope(device.outletId);
}

Result<void> SyncStore::checkAccess(const SyncDevice &device, const QString &opKind, const QString &staffId)
{
    const Authority::Rule *rule = Authority::ruleFor(opKind);
    if (!rule)
        return makeError(errc::kUnknownOpKind, u"The server does not know the operation %1."_s.arg(opKind));
    SyncOp op;
    op.kind = opKind;
    op.entity = rule->entity;
    op.staffId = staffId;
    m_staffCache.clear(); // roles may have changed since the last push
    return checkStaff(device, op);
}

Result<void> SyncStore::checkStaff(const SyncDevice &device, const SyncOp &op)
{
    const Authority::Rule *rule = Authority::ruleFor(op.kind);
    if (!rule)
        return makeError(errc::kUnknownOpKind, u"The server does not know the operation %1."_s.arg(op.kind));
    if (rule->entity != op.entity)
        return makeError(errc::kBadRequest, u"%1 writes %2 records, not %3."_s.arg(op.kind, rule->entity, op.entity));
    if (Authority::isTransitionEvent(op)) {
        // Recording a workflow step is for those who may take it.
        const QString event = op.fields.value(u"event"_s).toString();
        rule = Authority::stepRule(event);
        if (!rule)
            return makeError(errc::kIllegalTransition, u"The ticket workflow has no step \"%1\"."_s.arg(event), u"event"_s);
    }
    if (device.isAdmin())
        return {};
    if (device.mode == "kiosk"_L1) {
        if (!rule->kiosk)
            return makeError(errc::kForbidden, u"A self-service kiosk cannot do %1."_s.arg(op.kind));
        const bool request = op.entity == "ticket"_L1 || op.entity == "complaint"_L1 || op.entity == "loss_report"_L1;
        if (request && op.fields.value(u"channel"_s).toString() != "kiosk"_L1)
            return makeError(errc::kForbidden, u"A kiosk takes requests on the kiosk channel only."_s);
        // A customer's complaint has no first-contact owner until a clerk takes it on.
        if (op.entity == "complaint"_L1 && !op.fields.value(u"owner_staff_id"_s).toString().isEmpty())
            return makeError(errc::kForbidden, u"A complaint taken at a kiosk has no owner yet."_s, u"owner_staff_id"_s);
        return {};
    }
    if (op.staffId.isEmpty()) {
        if (rule->anonymousStaff)
            return {};
        return makeError(errc::kForbidden, u"%1 needs a signed-in staff member."_s.arg(op.kind));
    }
    auto access = staffAccess(op.staffId);
    if (!access)
        return access.error();
    if (!access->known)
        return makeError(errc::kUnknownStaff, u"The staff member %1 is not known to the server."_s.arg(op.staffId));
    if (!access->active)
        return makeError(errc::kForbidden, u"The staff member %1 is no longer active."_s.arg(op.staffId));
    if (access->outletId != device.outletId)
        return makeError(errc::kForbidden, u"The staff member %1 works at another outlet, not on this device."_s.arg(op.staffId));
    if (rule->roles.isEmpty())
        return {};
    const bool allowed = std::any_of(access->roles.cbegin(), access->roles.cend(),
                                     [&](const QString &role) { return rule->roles.contains(role); });
    if (!allowed)
        return makeError(errc::kForbidden, u"%1 needs one of the roles %2."_s.arg(op.kind, rule->roles.join(u", "_s)));
    return {};
}

Result<SyncStore::StaffAccess> SyncStore::staffAccess(const QString &staffId)
{
    if (auto it = m_staffCache.constFind(staffId); it != m_staffCache.cend())
        return it.value();
    StaffAccess access;
    auto s = prepared(u"SELECT active, outlet_id FROM server_staff WHERE id = ?"_s, {staffId});
    if (!s)
        return s.error();
    access.known = s.value()->next();
    access.active = access.known && s.value()->value(0).toInt() == 1;
    access.outletId = access.known ? s.value()->value(1).toString() : QString();
    s.value()->finish();
    auto roles = prepared(u"SELECT role FROM server_staff_roles WHERE staff_id = ? AND granted = 1"_s, {staffId});
    if (!roles)
        return roles.error();
    while (roles.value()->next())
        access.roles.append(roles.value()->value(0).toString());
    roles.value()->finish();
    m_staffCache.insert(staffId, access);
    return access;
}

Result<void> SyncStore::updateIndexes(const SyncOp &op, const QJsonObject &data)
{
    if (op.entity == "staff"_L1 || op.entity == "staff_role"_L1)
        m_staffCache.clear();
    if (op.entity == "outlet"_L1) {
        auto r = prepared(u"INSERT INTO server_outlets (id, code) VALUES (?, ?)"
                          " ON CONFLICT (id) DO UPDATE SET code = excluded.code"_s,
                          {op.entityId, data.value(u"code"_s).toString()});
        if (!r)
            return r.error();
    }
    if (op.entity == "staff"_L1) {
        auto r = prepared(u"INSERT INTO server_staff (id, outlet_id, active) VALUES (?, ?, ?)"
                          " ON CONFLICT (id) DO UPDATE SET outlet_id = excluded.outlet_id, active = excluded.active"_s,
                          {op.entityId, data.value(u"outlet_id"_s).toString(), data.value(u"active"_s).toInt(1)});
        if (!r)
            return r.error();
    }
    if (op.insert && (op.entity == "ticket"_L1 || op.entity == "complaint"_L1)) {
        const QString number = data.value(op.entity == "ticket"_L1 ? u"ticket_no"_s : u"complaint_no"_s).toString();
        auto r = prepared(u"INSERT INTO server_case_numbers (number, entity, id) VALUES (?, ?, ?) ON CONFLICT (number) DO NOTHING"_s,
                          {number, op.entity, op.entityId});
        if (!r)
            return r.error();
    }
    if (op.entity == "staff_role"_L1) {
        auto r = prepared(u"INSERT INTO server_staff_roles (id, staff_id, role, granted) VALUES (?, ?, ?, ?)"
                          " ON CONFLICT (id) DO UPDATE SET granted = excluded.granted"_s,
                          {op.entityId, data.value(u"staff_id"_s).toString(), data.value(u"role"_s).toString(),
                           data.value(u"granted"_s).toInt(1)});
        if (!r)
            return r.error();
    }
    return {};
}

Result<void> SyncStore::checkScope(const SyncDevice &device, const QString &scope)
{
    if (device.isAdmin() || scope == kPublicScope || scope == kServerScope || scope == outletScope(device.outletId))
        return {};
    return makeError(errc::kForbidden, u"This record belongs to another outlet; this device may not change it."_s);
}

Result<QString> SyncStore::ticketState(const QString &ticketId)
{
    if (auto it = m_ticketStates.constFind(ticketId); it != m_ticketStates.cend())
        return it.value();
    auto row = loadRow(u"ticket"_s, ticketId);
    if (!row)
        return row.error();
    return row->data.value(u"state"_s).toString();
}

Result<void> SyncStore::loadSeenOps(const QList<SyncOp> &ops)
{
    m_seenOps.clear();
    QVariantList ids;
    ids.reserve(ops.size());
    for (const SyncOp &op : ops)
        ids.append(op.opId);
    // One look-up for the whole push. Padded to a power of two with repeats of the first id, so
    // a handful of prepared statements serve every batch size.
    qsizetype width = 1;
    while (width < ids.size())
        width *= 2;
    while (ids.size() < width)
        ids.append(ids.first());
    QStringList marks(width, u"?"_s);
    auto q = prepared(u"SELECT op_id FROM applied_ops WHERE op_id IN (%1)"_s.arg(marks.join(u',')), ids);
    if (!q)
        return q.error();
    while (q.value()->next())
        m_seenOps.insert(q.value()->value(0).toString());
    q.value()->finish();
    return {};
}

Result<void> SyncStore::logApplied(const SyncDevice &device, const SyncOp &op, const QString &payload, qint64 seq, qint64 now)
{
    auto log = prepared(u"INSERT INTO applied_ops (op_id, device_id, staff_id, kind, entity, entity_id, payload, op_hlc, seq,"
                        " applied_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                        {op.opId, device.id, op.staffId, op.kind, op.entity, op.entityId, payload, op.hlc, seq, now});
    if (!log)
        return log.error();
    m_seenOps.insert(op.opId);
    return {};
}

Result<OpResult> SyncStore::applyInsert(const SyncDevice &device, const SyncOp &op, qint64 &seq)
{
    if (auto r = Authority::checkState(op, {}); !r)
        return rejected(op, r.error());
    auto scope = scopeFor(device, op);
    if (!scope) {
        if (scope.error().code == QLatin1String("db_query"))
            return scope.error();
        return rejected(op, scope.error());
    }
    if (auto r = checkScope(device, scope.value()); !r)
        return rejected(op, r.error());
    if (Authority::isTransitionEvent(op)) {
        auto state = ticketState(op.fields.value(u"ticket_id"_s).toString());
        if (!state)
            return state.error();
        if (auto r = Authority::checkTransitionEvent(op, state.value()); !r)
            return rejected(op, r.error());
    }
    QJsonObject data = op.fields;
    if (op.kind == "etc.report_loss"_L1) {
        QJsonObject written;
        std::optional<Error> refusal;
        if (auto r = applyLossReport(op, seq, written, refusal); !r)
            return r.error();
        if (refusal)
            return rejected(op, *refusal);
        for (auto it = written.begin(); it != written.end(); ++it)
            data.insert(it.key(), it.value());
    }
    // Every field carries the insert's stamp until it is changed; one entry says so for all.
    const QString fieldHlc = toJsonText({{kInsertStamp, QJsonArray{op.hlc, op.staffId}}});
    const QString dataText = toJsonText(data);
    const qint64 now = m_clock.nowMs();
    auto write = prepared(u"INSERT INTO entities (entity, id, scope, data, field_hlc, hlc, created_at, updated_at, seq)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (entity, id) DO NOTHING"_s,
                          {op.entity, op.entityId, scope.value(), dataText, fieldHlc, op.hlc, op.createdAt, now, seq + 1});
    if (!write)
        return write.error();
    if (write.value()->numRowsAffected() != 1)
        return rejected(op, makeError(errc::kAlreadyExists, u"A %1 with this id exists already."_s.arg(op.entity)));
    ++seq;
    m_scopes.insert(rowKey(op.entity, op.entityId), scope.value());
    if (op.entity == "ticket"_L1)
        m_ticketStates.insert(op.entityId, op.fields.value(u"state"_s).toString());
    if (auto r = updateIndexes(op, data); !r)
        return r.error();
    if (auto r = logApplied(device, op, dataText, seq, now); !r)
        return r.error();
    OpResult result;
    result.opId = op.opId;
    result.status = OpResult::Status::Applied;
    return result;
}

Result<SyncStore::HolderCheck> SyncStore::checkHolder(const QString &customerId, const QString &idNumberGiven, bool byStaff)
{
    // Whoever asks must be the holder: a clerk has seen their papers; otherwise the ID given
    // must be the account holder's on the server.
    const QString idNumber = idNumberGiven.trimmed().toUpper();
    HolderCheck check;
    check.identity = u"staff_checked"_s;
    if (idNumber.isEmpty()) {
        if (!byStaff)
            check.refusal = makeError("holder_id_required", u"Without a clerk the holder's ID number is needed."_s,
                                      u"holder_id_number"_s);
        return check;
    }
    auto customer = loadRow(u"customer"_s, customerId);
    if (!customer)
        return customer.error();
    const QString onFile = customer->data.value(u"id_number"_s).toString().trimmed().toUpper();
    const QString codeOnFile = customer->data.value(u"credit_code"_s).toString().trimmed().toUpper();
    if (customer->exists && (onFile == idNumber || codeOnFile == idNumber))
        check.identity = u"verified"_s;
    else if (customer->exists && (!onFile.isEmpty() || !codeOnFile.isEmpty()))
        check.refusal = makeError("identity_mismatch", u"The ID number given is not the card holder's."_s, u"holder_id_number"_s);
    else if (!byStaff)
        check.refusal = makeError("identity_unverifiable",
                                  u"The server has no ID on file for this card's holder; report the loss at a counter."_s,
                                  u"holder_id_number"_s);
    return check;
}

Result<void> SyncStore::applyLossReport(const SyncOp &op, qint64 &seq, QJsonObject &written, std::optional<Error> &refusal)
{
    const QString cardNo = op.fields.value(u"card_no"_s).toString();
    static const QStringList channels = {u"counter"_s, u"kiosk"_s, u"phone"_s};
    if (const auto parsed = CardNumber::parse(cardNo); !parsed || parsed.value() != cardNo) {
        refusal = makeError(errc::kBadRequest, u"A card number is 20 digits."_s, u"card_no"_s);
        return {};
    }
    if (!channels.contains(op.fields.value(u"channel"_s).toString())) {
        refusal = makeError(errc::kBadRequest, u"A loss report comes from the counter, a kiosk or the phone."_s, u"channel"_s);
        return {};
    }
    for (const char *serverField : {"state", "list_version", "frozen_at", "identity"}) {
        if (op.fields.contains(QLatin1String(serverField))) {
            refusal = makeError(errc::kBadRequest, u"Only the server writes a loss report's %1."_s.arg(QLatin1String(serverField)),
                                QLatin1String(serverField));
            return {};
        }
    }
    auto card = prepared(u"SELECT c.status, a.customer_id FROM etc_cards c JOIN etc_accounts a ON a.id = c.account_id"
                         " WHERE c.card_no = ?"_s,
                         {cardNo});
    if (!card)
        return card.error();
    const bool known = card.value()->next();
    const QString status = known ? card.value()->value(0).toString() : QString();
    const QString customerId = known ? card.value()->value(1).toString() : QString();
    card.value()->finish();
    if (!known) {
        // Not entity_not_found, which devices take as "not there yet" and send again later.
        refusal = makeError("card_not_found", u"No card numbered %1 has been issued."_s.arg(cardNo), u"card_no"_s);
        return {};
    }

    // A clerk vouches for the holder only face to face: not on the phone.
    const bool faceToFace = !op.staffId.isEmpty() && op.fields.value(u"channel"_s).toString() == "counter"_L1;
    auto holder = checkHolder(customerId, op.fields.value(u"holder_id_number"_s).toString(), faceToFace);
    if (!holder)
        return holder.error();
    if (holder->refusal) {
        refusal = holder->refusal;
        return {};
    }
    const QString identity = holder->identity;

    const qint64 now = m_clock.nowMs();
    written.insert(u"identity"_s, identity);
    written.insert(u"frozen_at"_s, now);
    auto listed = m_statusList.listing(cardNo);
    if (!listed)
        return listed.error();
    if (listed->has_value() && listed->value().reason == "lost"_L1) {
        // Reported twice (two counters, or the customer at a kiosk as well): the first one froze it.
        written.insert(u"state"_s, u"already_listed"_s);
        written.insert(u"list_version"_s, listed->value().version);
        return {};
    }
    const auto state = CardStateMachine::stateFromString(status);
    if (!state) {
        refusal = makeError(errc::kIllegalTransition, u"The card has no known state on the server."_s, u"card_no"_s);
        return {};
    }
    auto next = CardStateMachine::apply(*state, CardEvent::ReportLoss);
    if (!next) {
        refusal = makeError(errc::kIllegalTransition, next.error().message, u"card_no"_s);
        return {};
    }
    if (auto r = prepared(u"UPDATE etc_cards SET status = ? WHERE card_no = ?"_s, {CardStateMachine::toString(*next), cardNo}); !r)
        return r.error();
    ++seq;
    auto version = m_statusList.change(StatusListBook::Action::Add, u"card"_s, cardNo, u"lost"_s, seq, now, op.opId);
    if (!version)
        return version.error();
    if (auto r = writeListEntry(version.value(), u"add"_s, cardNo, u"lost"_s, now, op.hlc, op.staffId, seq); !r)
        return r;
    written.insert(u"state"_s, u"frozen"_s);
    written.insert(u"list_version"_s, version.value());
    return {};
}

Result<void> SyncStore::writeListEntry(qint64 version, const QString &action, const QString &cardNo, const QString &reason,
                                       qint64 now, const QString &hlc, const QString &staffId, qint64 seq)
{
    const QJsonObject entry{{u"list_version"_s, version}, {u"media_kind"_s, u"card"_s}, {u"media_no"_s, cardNo},
                            {u"action"_s, action},         {u"reason"_s, reason},         {u"at"_s, now}};
    auto write = prepared(u"INSERT INTO entities (entity, id, scope, data, field_hlc, hlc, created_at, updated_at, seq)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          {u"status_list_entry"_s, m_ids.next(), kPublicScope, toJsonText(entry),
                           toJsonText({{kInsertStamp, QJsonArray{hlc, staffId}}}), hlc, now, now, seq});
    if (!write)
        return write.error();
    return {};
}

Result<SyncStore::ListAnswer> SyncStore::cancelLossReport(const QString &staffId, const QString &requestId, const QString &cardNo,
                                                          const QString &holderIdNumber)
{
    if (auto r = exec(u"BEGIN IMMEDIATE"_s); !r)
        return r.error();
    const auto fail = [this](const Error &e) {
        (void)exec(u"ROLLBACK"_s);
        return e;
    };
    // The same request again (its answer was lost): the first answer.
    auto earlier = m_statusList.versionOfRequest(requestId);
    if (!earlier)
        return fail(earlier.error());
    if (earlier->has_value()) {
        const StatusListBook::Version v = earlier->value();
        (void)exec(u"ROLLBACK"_s);
        if (v.mediaNo != cardNo || v.action != "remove"_L1)
            return makeError("request_mismatch", u"This request id was used for another change of the list."_s);
        return ListAnswer{v.version, v.seq, true};
    }
    auto card = prepared(u"SELECT c.status, a.customer_id FROM etc_cards c JOIN etc_accounts a ON a.id = c.account_id"
                         " WHERE c.card_no = ?"_s,
                         {cardNo});
    if (!card)
        return fail(card.error());
    const bool known = card.value()->next();
    const QString status = known ? card.value()->value(0).toString() : QString();
    const QString customerId = known ? card.value()->value(1).toString() : QString();
    card.value()->finish();
    if (!known)
        return fail(makeError("card_not_found", u"No card numbered %1 has been issued."_s.arg(cardNo), u"card_no"_s));
    if (holderIdNumber.trimmed().isEmpty())
        return fail(makeError("holder_id_required", u"Enter the holder's ID number: only they can cancel the loss report."_s,
                              u"holder_id_number"_s));
    auto holder = checkHolder(customerId, holderIdNumber, true);
    if (!holder)
        return fail(holder.error());
    if (holder->refusal)
        return fail(*holder->refusal);
    const auto state = CardStateMachine::stateFromString(status);
    auto next = state ? CardStateMachine::apply(*state, CardEvent::CancelLossReport)
                      : Result<CardState>(makeError("illegal_transition", u"The card has no known state on the server."_s));
    if (!next)
        return fail(makeError(errc::kIllegalTransition, next.error().message, u"card_no"_s));
    auto seq = feedValue();
    if (!seq)
        return fail(seq.error());
    const qint64 at = seq.value() + 1;
    const qint64 now = m_clock.nowMs();
    if (auto r = prepared(u"UPDATE etc_cards SET status = ? WHERE card_no = ?"_s, {CardStateMachine::toString(*next), cardNo}); !r)
        return fail(r.error());
    auto version = m_statusList.change(StatusListBook::Action::Remove, u"card"_s, cardNo, u"lost"_s, at, now, requestId);
    if (!version)
        return fail(version.error());
    if (auto r = writeListEntry(version.value(), u"remove"_s, cardNo, u"lost"_s, now, QString(), staffId, at); !r)
        return fail(r.error());
    if (auto r = prepared(u"UPDATE counters SET value = ? WHERE name = 'feed'"_s, {at}); !r)
        return fail(r.error());
    if (auto r = m_storage.appendAudit(staffId.isEmpty() ? u"device"_s : staffId, u"etc.cancel_loss"_s,
                                       toJsonText({{u"card_no"_s, cardNo}, {u"request_id"_s, requestId},
                                                   {u"identity"_s, holder->identity}, {u"list_version"_s, version.value()}}));
        !r)
        return fail(r.error());
    if (auto r = exec(u"COMMIT"_s); !r)
        return fail(r.error());
    m_lastPushedSeq = qMax(m_lastPushedSeq, at);
    return ListAnswer{version.value(), at, false};
}

Result<OpResult> SyncStore::applyOne(const SyncDevice &device, const SyncOp &op, qint64 &seq)
{
    OpResult result;
    result.opId = op.opId;
    // Before any rule: an op applied once stays applied, whatever has changed since.
    if (m_seenOps.contains(op.opId)) {
        result.status = OpResult::Status::Duplicate;
        return result;
    }
    if (auto r = checkStaff(device, op); !r)
        return rejected(op, r.error());
    if (Authority::ruleFor(op.kind)->online)
        return rejected(op, makeError(errc::kUnknownOpKind, u"%1 is asked for online (/v1/etc), not pushed."_s.arg(op.kind)));
    if (op.kind == "etc.report_loss"_L1 && !op.insert)
        return rejected(op, makeError(errc::kBadRequest, u"A loss report is never changed; the server answers it."_s));
    if (op.insert)
        return applyInsert(device, op, seq);
    auto loaded = loadRow(op.entity, op.entityId);
    if (!loaded)
        return loaded.error();
    Row row = std::move(loaded).value();
    if (!row.exists)
        return rejected(op, makeError(errc::kNotFoundEntity, u"The %1 to change is not on the server (yet)."_s.arg(op.entity)));
    if (auto r = checkScope(device, row.scope); !r)
        return rejected(op, r.error());
    if (auto r = Authority::checkState(op, row.data); !r)
        return rejected(op, r.error());
    if (Authority::isCloseOut(op)) {
        QJsonObject callback;
        if (const QString id = op.fields.value(u"callback_id"_s).toString(); !id.isEmpty()) {
            auto cb = loadRow(u"callback"_s, id);
            if (!cb)
                return cb.error();
            callback = cb->data;
        }
        if (auto r = Authority::checkCloseOut(op, callback); !r)
            return rejected(op, r.error());
    }

    const qint64 now = m_clock.nowMs();
    // A workflow step the state machine accepted is applied in server order whatever its clock
    // said; plain fields are last-writer-wins by HLC.
    const bool authoritative = op.fields.contains(u"state"_s);
    const QJsonArray inserted = row.fieldHlc.value(kInsertStamp).toArray();
    for (auto it = op.fields.begin(); it != op.fields.end(); ++it) {
        QJsonArray current = row.fieldHlc.value(it.key()).toArray();
        if (current.isEmpty())
            current = inserted;
        const QString curHlc = current.isEmpty() ? row.hlc : current.at(0).toString();
        const QJsonValue curValue = row.data.value(it.key());
        if (authoritative || op.hlc > curHlc) {
            // A concurrent edit loses: the one who made it did not know of this op's change.
            const auto loser = HlcTimestamp::parse(curHlc);
            if (!authoritative && curValue != it.value() && curHlc > op.baseHlc && loser && loser->node != device.id
                && !loser->node.isEmpty()) {
                ++seq;
                auto n = prepared(u"INSERT INTO conflict_notices (id, device_id, seq, entity, entity_id, field, mine,"
                                  " theirs, my_hlc, their_hlc, their_staff_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                  {m_ids.next(), loser->node, seq, op.entity, op.entityId, it.key(),
                                   toJsonText({{u"v"_s, curValue}}), toJsonText({{u"v"_s, it.value()}}), curHlc, op.hlc,
                                   op.staffId, now});
                if (!n)
                    return n.error();
            }
            row.data.insert(it.key(), it.value());
            row.fieldHlc.insert(it.key(), QJsonArray{qMax(op.hlc, curHlc), op.staffId});
        } else if (curValue != it.value()) {
            result.overridden.append({it.key(), curValue, curHlc, current.size() > 1 ? current.at(1).toString() : QString()});
        }
    }
    row.hlc = qMax(row.hlc, op.hlc);
    ++seq;
    auto write = prepared(u"UPDATE entities SET data = ?, field_hlc = ?, hlc = ?, updated_at = ?, seq = ?"
                          " WHERE entity = ? AND id = ?"_s,
                          {toJsonText(row.data), toJsonText(row.fieldHlc), row.hlc, now, seq, op.entity, op.entityId});
    if (!write)
        return write.error();
    if (op.entity == "ticket"_L1)
        m_ticketStates.insert(op.entityId, row.data.value(u"state"_s).toString());
    if (auto r = updateIndexes(op, row.data); !r)
        return r.error();
    if (auto r = logApplied(device, op, toJsonText(op.fields), seq, now); !r)
        return r.error();
    result.status = OpResult::Status::Applied;
    return result;
}

Result<protocol::PushResponse> SyncStore::push(const SyncDevice &device, const QList<SyncOp> &ops)
{
    protocol::PushResponse response;
    if (ops.isEmpty())
        return response;
    // Another process (fielddesk-cli on this file) may have changed staff since the last push.
    m_staffCache.clear();
    m_scopes.clear();
    m_ticketStates.clear();
    if (auto r = exec(u"BEGIN IMMEDIATE"_s); !r)
        return r.error();
    const auto fail = [this](const Error &e) {
        (void)exec(u"ROLLBACK"_s);
        return e;
    };
    if (auto r = loadSeenOps(ops); !r)
        return fail(r.error());
    auto start = feedValue();
    if (!start)
        return fail(start.error());
    qint64 seq = start.value();
    for (qsizetype i = 0; i < ops.size();) {
        qsizetype end = i + 1;
        while (end < ops.size() && ops.at(end).tx == ops.at(i).tx)
            ++end;
        // An op refused writes nothing (its checks come first); a group of several needs a
        // savepoint to undo the ops before the refused one.
        const bool savepoint = end - i > 1;
        if (savepoint) {
            if (auto r = prepared(u"SAVEPOINT op_group"_s, {}); !r)
                return fail(r.error());
        }
        const qint64 groupSeq = seq;
        QList<OpResult> group;
        const OpResult *rejected = nullptr;
        for (qsizetype k = i; k < end; ++k) {
            auto one = applyOne(device, ops.at(k), seq);
            if (!one)
                return fail(one.error());
            group.append(one.value());
            if (group.last().status == OpResult::Status::Rejected) {
                rejected = &group.last();
                break;
            }
        }
        if (rejected) {
            // One device transaction is one unit: none of it stands when a part is refused.
            if (savepoint) {
                if (auto r = prepared(u"ROLLBACK TO op_group"_s, {}); !r)
                    return fail(r.error());
            }
            seq = groupSeq;
            m_staffCache.clear(); // they may hold what the group wrote
            m_scopes.clear();
            m_ticketStates.clear();
            const OpResult cause = *rejected;
            for (qsizetype k = i; k < end; ++k) {
                if (group.value(k - i).status == OpResult::Status::Applied)
                    m_seenOps.remove(ops.at(k).opId);
                OpResult r;
                r.opId = ops.at(k).opId;
                r.status = OpResult::Status::Rejected;
                r.code = cause.code;
                r.message = r.opId == cause.opId ? cause.message
                                                 : u"Refused with the change it was made with: %1"_s.arg(cause.message);
                response.results.append(r);
            }
        } else {
            response.results.append(group);
        }
        if (savepoint) {
            if (auto r = prepared(u"RELEASE op_group"_s, {}); !r)
                return fail(r.error());
        }
        i = end;
    }
    if (auto r = prepared(u"UPDATE counters SET value = ? WHERE name = 'feed'"_s, {seq}); !r)
        return fail(r.error());
    if (!device.isAdmin()) {
        if (auto r = prepared(u"UPDATE devices SET last_seen_at = ? WHERE id = ?"_s, {m_clock.nowMs(), device.id}); !r)
            return fail(r.error());
    }
    if (auto r = exec(u"COMMIT"_s); !r)
        return fail(r.error());
    m_lastPushedSeq = seq;
    return response;
}

Result<protocol::PullPage> SyncStore::pull(const SyncDevice &device, qint64 after, int limit)
{
    QStringList scopes{kPublicScope};
    if (device.mode != "kiosk"_L1 && !device.outletId.isEmpty())
        scopes.append(outletScope(device.outletId));
    // One read transaction: the page and the high-water mark come from the same snapshot.
    if (auto r = exec(u"BEGIN"_s); !r)
        return r.error();
    const auto done = [this](auto &&value) {
        (void)exec(u"COMMIT"_s);
        return value;
    };
    protocol::PullPage page;
    page.serverTimeMs = m_clock.nowMs();
    auto high = feedValue();
    if (!high)
        return done(high.error());
    QList<protocol::RemoteChange> merged;
    for (const QString &scope : scopes) {
        auto q = prepared(u"SELECT entity, id, data, hlc, created_at, updated_at, seq FROM entities"
                          " WHERE scope = ? AND seq > ? ORDER BY seq LIMIT ?"_s,
                          {scope, after, limit + 1});
        if (!q)
            return done(q.error());
        QSqlQuery &r = *q.value();
        while (r.next()) {
            protocol::RemoteChange c;
            c.seq = r.value(6).toLongLong();
            c.entity = r.value(0).toString();
            c.id = r.value(1).toString();
            c.rawFields = r.value(2).toString().toUtf8(); // compact JSON as the server wrote it
            c.hlc = r.value(3).toString();
            c.createdAt = r.value(4).toLongLong();
            c.updatedAt = r.value(5).toLongLong();
            merged.append(std::move(c));
        }
        r.finish();
    }
    std::sort(merged.begin(), merged.end(), [](const auto &a, const auto &b) { return a.seq < b.seq; });
    page.more = merged.size() > limit;
    if (page.more)
        merged.resize(limit);
    page.next = page.more ? merged.last().seq : qMax(after, high.value());
    page.changes = std::move(merged);
    m_statusList.noteRead(device.id, after, page.next, page.serverTimeMs);

    auto notices = prepared(u"SELECT id, seq, entity, entity_id, field, mine, theirs, my_hlc, their_hlc, their_staff_id, at"
                            " FROM conflict_notices WHERE device_id = ? AND seq > ? AND seq <= ? ORDER BY seq"_s,
                            {device.id, after, page.next});
    if (!notices)
        return done(notices.error());
    QSqlQuery &n = *notices.value();
    while (n.next()) {
        protocol::ConflictNotice c;
        c.id = n.value(0).toString();
        c.seq = n.value(1).toLongLong();
        c.entity = n.value(2).toString();
        c.entityId = n.value(3).toString();
        c.field = n.value(4).toString();
        c.mine = fromJsonText(n.value(5).toString()).value(u"v"_s);
        c.theirs = fromJsonText(n.value(6).toString()).value(u"v"_s);
        c.myHlc = n.value(7).toString();
        c.theirHlc = n.value(8).toString();
        c.theirStaffId = n.value(9).toString();
        c.at = n.value(10).toLongLong();
        page.conflicts.append(c);
    }
    n.finish();
    return done(page);
}

Result<CaseRecord> SyncStore::findCase(const QString &number)
{
    auto index = prepared(u"SELECT n.entity, n.id, e.updated_at FROM server_case_numbers n"
                          " JOIN entities e ON e.entity = n.entity AND e.id = n.id WHERE n.number = ?"_s,
                          {number});
    if (!index)
        return index.error();
    QSqlQuery &q = *index.value();
    const bool known = q.next();
    const QString entity = known ? q.value(0).toString() : QString();
    const QString id = known ? q.value(1).toString() : QString();
    const qint64 updatedAt = known ? q.value(2).toLongLong() : 0;
    q.finish();
    if (!known)
        return CaseMatch::notFound();
    auto row = loadRow(entity, id);
    if (!row)
        return row.error();
    if (!row->exists)
        return CaseMatch::notFound();
    const QJsonObject &d = row->data;
    CaseRecord c;
    c.kind = entity;
    c.state = d.value(u"state"_s).toString();
    c.category = d.value(u"category"_s).toString();
    if (entity == "ticket"_L1) {
        c.number = d.value(u"ticket_no"_s).toString();
        c.title = d.value(u"title"_s).toString();
        c.openedAt = d.value(u"reported_at"_s).toInteger();
        c.stateAt = d.value(u"state_at"_s).toInteger();
        c.contactName = d.value(u"contact_name"_s).toString();
        c.contactPhone = d.value(u"contact_phone"_s).toString();
        if (const QString customerId = d.value(u"customer_id"_s).toString(); !customerId.isEmpty()) {
            auto customer = loadRow(u"customer"_s, customerId);
            if (!customer)
                return customer.error();
            c.customerName = customer->data.value(u"name"_s).toString();
            c.customerPhone = customer->data.value(u"phone"_s).toString();
        }
    } else {
        c.number = d.value(u"complaint_no"_s).toString();
        c.openedAt = d.value(u"received_at"_s).toInteger();
        // The server keeps no time per state; the row's last change is when it got there.
        c.stateAt = updatedAt;
        c.dueAt = d.value(u"due_at"_s).isNull() ? -1 : d.value(u"due_at"_s).toInteger();
        c.contactName = d.value(u"complainant_name"_s).toString();
        c.contactPhone = d.value(u"complainant_phone"_s).toString();
    }
    return c;
}

Result<QJsonObject> SyncStore::entity(const QString &entity, const QString &id)
{
    auto row = loadRow(entity, id);
    if (!row)
        return row.error();
    if (!row->exists)
        return makeError("not_found", u"No %1 %2 on the server."_s.arg(entity, id));
    return row->data;
}

} // namespace fd
