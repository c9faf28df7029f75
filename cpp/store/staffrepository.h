#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fd {

class Store;

struct StaffMember
{
    QString id;
    QString staffNo;
    QString name;
    QString outletId;
    QString department;
    QStringList roles; // crew, counter, finance, supervisor, admin
    bool active = true;

    [[nodiscard]] bool hasRole(const QString &role) const { return roles.contains(role); }
};

struct NewStaff
{
    QString staffNo;
    QString name;
    QString outletId;
    QString department;
    QString phone;
    QStringList roles;
    QString pin;
    int pinIterations = 0; // 0: PinHasher's default
};

/**
 * Staff and their sign-in. PINs are checked against the salted PBKDF2 hash in the local store,
 * so sign-in works offline; repeated failures lock the staff number for a while.
 */
class StaffRepository
{
public:
    static constexpr int kMaxFailedAttempts = 5;
    static constexpr qint64 kLockoutMs = 15 * 60 * 1000;

    explicit StaffRepository(Store &store) : m_store(store) {}

    Result<StaffMember> create(const NewStaff &input, const QString &actorStaffId = {});
    Result<StaffMember> findByNo(const QString &staffNo);
    Result<StaffMember> get(const QString &id);
    Result<QList<StaffMember>> all();
    /**
     * Checks a staff number and PIN. Errors: "sign_in_failed" (unknown number or wrong PIN —
     * one message for both, with the attempts left when the number exists), "locked" (until
     * when), "inactive". Every attempt on a known number is in the audit trail.
     */
    Result<StaffMember> signIn(const QString &staffNo, const QString &pin);

private:
    Result<StaffMember> load(const QString &where, const QString &value);
    Store &m_store;
};

} // namespace fd
