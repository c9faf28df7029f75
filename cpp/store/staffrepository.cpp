#include "staffrepository.h"

#include "pinhasher.h"
#include "store.h"

#include <QCoreApplication>
#include <QDateTime>

namespace fd {

namespace {
const QStringList kRoles = {QStringLiteral("crew"), QStringLiteral("counter"), QStringLiteral("finance"),
                            QStringLiteral("supervisor"), QStringLiteral("admin")};

Result<void> audit(Store &store, const QString &staffId, const QString &action, const QString &detail)
{
    Change c;
    c.opKind = QStringLiteral("audit.") + action;
    c.entity = QStringLiteral("audit_entry");
    c.entityId = store.newId();
    c.staffId = staffId;
    c.fields = {{QStringLiteral("at"), store.nowMs()},
                {QStringLiteral("staff_id"), staffId},
                {QStringLiteral("device_id"), store.identity().deviceId},
                {QStringLiteral("action"), action},
                {QStringLiteral("entity_kind"), QStringLiteral("staff")},
                {QStringLiteral("entity_id"), staffId},
                {QStringLiteral("detail"), detail}};
    return store.write(c);
}
} // namespace

Result<StaffMember> StaffRepository::create(const NewStaff &input, const QString &actorStaffId)
{
    const QString staffNo = input.staffNo.trimmed();
    if (staffNo.isEmpty() || staffNo.size() > 20)
        return makeError("invalid_staff_no", QCoreApplication::translate("StaffRepository", "Enter a staff number of up to 20 characters."), QStringLiteral("staffNo"));
    if (input.name.simplified().size() < 2)
        return makeError("invalid_name", QCoreApplication::translate("StaffRepository", "Enter the full name."), QStringLiteral("name"));
    if (!PinHasher::isWellFormed(input.pin))
        return makeError("invalid_pin", QCoreApplication::translate("StaffRepository", "A PIN is 4 to 8 digits."), QStringLiteral("pin"));
    if (input.roles.isEmpty())
        return makeError("invalid_roles", QCoreApplication::translate("StaffRepository", "Give the staff member at least one role."), QStringLiteral("roles"));
    for (const QString &role : input.roles) {
        if (!kRoles.contains(role))
            return makeError("invalid_roles", QCoreApplication::translate("StaffRepository", "Unknown role: %1").arg(role), QStringLiteral("roles"));
    }

    const PinHasher::Hash hash = PinHasher::hash(input.pin, input.pinIterations > 0 ? input.pinIterations : PinHasher::kDefaultIterations);
    Transaction tx(m_store.db());
    StaffMember member{m_store.newId(), staffNo, input.name.simplified(), input.outletId, input.department, input.roles, true};
    Change c;
    c.opKind = QStringLiteral("staff.create");
    c.entity = QStringLiteral("staff");
    c.entityId = member.id;
    c.staffId = actorStaffId;
    c.fields = {{QStringLiteral("staff_no"), member.staffNo},   {QStringLiteral("name"), member.name},
                {QStringLiteral("outlet_id"), member.outletId}, {QStringLiteral("department"), member.department},
                {QStringLiteral("phone"), input.phone},         {QStringLiteral("pin_salt"), hash.saltHex},
                {QStringLiteral("pin_hash"), hash.hashHex},     {QStringLiteral("pin_iterations"), hash.iterations}};
    if (auto r = m_store.write(c); !r) {
        if (r.error().code == QLatin1String("db_constraint"))
            return makeError("duplicate_staff_no", QCoreApplication::translate("StaffRepository", "Staff number %1 is already taken.").arg(staffNo), QStringLiteral("staffNo"));
        return r.error();
    }
    for (const QString &role : input.roles) {
        Change rc;
        rc.opKind = QStringLiteral("staff.grant_role");
        rc.entity = QStringLiteral("staff_role");
        rc.entityId = m_store.newId();
        rc.staffId = actorStaffId;
        rc.fields = {{QStringLiteral("staff_id"), member.id}, {QStringLiteral("role"), role}};
        if (auto r = m_store.write(rc); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return member;
}

Result<StaffMember> StaffRepository::load(const QString &where, const QString &value)
{
    auto r = m_store.db().run(QStringLiteral("SELECT s.id, s.staff_no, s.name, s.outlet_id, s.department, s.active,"
                                             " (SELECT group_concat(role, ' ') FROM staff_roles r WHERE r.staff_id = s.id AND r.granted = 1)"
                                             " FROM staff s WHERE ") + where + QStringLiteral(" = ?"),
                              {value});
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    if (!q.next())
        return makeError("not_found", QCoreApplication::translate("StaffRepository", "No such staff member."));
    StaffMember m;
    m.id = q.value(0).toString();
    m.staffNo = q.value(1).toString();
    m.name = q.value(2).toString();
    m.outletId = q.value(3).toString();
    m.department = q.value(4).toString();
    m.active = q.value(5).toInt() == 1;
    m.roles = q.value(6).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m.roles.sort();
    return m;
}

Result<StaffMember> StaffRepository::findByNo(const QString &staffNo)
{
    return load(QStringLiteral("s.staff_no"), staffNo.trimmed());
}

Result<StaffMember> StaffRepository::get(const QString &id)
{
    return load(QStringLiteral("s.id"), id);
}

Result<QList<StaffMember>> StaffRepository::all()
{
    auto r = m_store.db().run(QStringLiteral("SELECT id FROM staff ORDER BY staff_no"));
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    QList<StaffMember> out;
    for (const QString &id : ids) {
        auto m = get(id);
        if (!m)
            return m.error();
        out << m.value();
    }
    return out;
}

Result<StaffMember> StaffRepository::signIn(const QString &staffNo, const QString &pin)
{
    const Error failed = makeError("sign_in_failed", QCoreApplication::translate("StaffRepository", "Wrong staff number or PIN."));
    auto member = findByNo(staffNo);
    if (!member)
        return member.error().code == QLatin1String("not_found") ? failed : member.error();

    auto r = m_store.db().run(QStringLiteral("SELECT s.pin_salt, s.pin_hash, s.pin_iterations,"
                                             " COALESCE(g.failed_attempts, 0), COALESCE(g.locked_until, 0)"
                                             " FROM staff s LEFT JOIN sign_in_state g ON g.staff_id = s.id WHERE s.id = ?"),
                              {member->id});
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    if (!q.next())
        return failed;
    const PinHasher::Hash stored{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()};
    int failures = q.value(3).toInt();
    const qint64 lockedUntil = q.value(4).toLongLong();
    q.finish();
    const qint64 now = m_store.nowMs();

    if (lockedUntil > now) {
        const QString until = QDateTime::fromMSecsSinceEpoch(lockedUntil).toLocalTime().toString(QStringLiteral("HH:mm"));
        return makeError("locked", QCoreApplication::translate("StaffRepository", "Too many wrong PINs. Try again after %1.").arg(until));
    }
    if (!member->active)
        return makeError("inactive", QCoreApplication::translate("StaffRepository", "This staff account is disabled."));

    const bool ok = PinHasher::verify(pin, stored);
    Transaction tx(m_store.db());
    qint64 newLock = 0;
    if (ok) {
        failures = 0;
    } else {
        ++failures;
        if (failures >= kMaxFailedAttempts) {
            newLock = now + kLockoutMs;
            failures = 0;
        }
    }
    if (auto w = m_store.db().run(QStringLiteral("INSERT INTO sign_in_state (staff_id, failed_attempts, locked_until, last_sign_in_at)"
                                                 " VALUES (?, ?, ?, ?) ON CONFLICT (staff_id) DO UPDATE SET"
                                                 " failed_attempts = excluded.failed_attempts, locked_until = excluded.locked_until,"
                                                 " last_sign_in_at = COALESCE(excluded.last_sign_in_at, last_sign_in_at)"),
                                  {member->id, failures, newLock, ok ? QVariant(now) : QVariant()});
        !w)
        return w.error();
    const QString action = ok ? QStringLiteral("sign_in") : newLock ? QStringLiteral("sign_in_locked") : QStringLiteral("sign_in_failed");
    if (auto a = audit(m_store, member->id, action, {}); !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();

    if (ok)
        return member;
    if (newLock)
        return makeError("locked", QCoreApplication::translate("StaffRepository", "Too many wrong PINs. This staff number is locked for %1 minutes.").arg(kLockoutMs / 60000));
    Error e = failed;
    e.message = QCoreApplication::translate("StaffRepository", "Wrong staff number or PIN. %n attempt(s) left.", nullptr,
                                          kMaxFailedAttempts - failures);
    return e;
}

} // namespace fd
