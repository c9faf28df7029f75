#pragma once

#include "change.h"
#include "clock.h"
#include "database.h"
#include "hybridlogicalclock.h"
#include "outbox.h"
#include "result.h"
#include "uuidgenerator.h"

#include <QString>

#include <memory>

namespace fd {

/** Who this device is: set at enrollment (or by `fielddesk-cli init`), local to the device. */
struct DeviceIdentity
{
    QString deviceId;
    QString deviceCode; // two digits, part of human-readable numbers
    QString outletId;
    QString outletCode; // four digits, part of human-readable numbers
    QString mode;       // tablet, counter or kiosk
    [[nodiscard]] bool isValid() const { return !deviceId.isEmpty() && !outletCode.isEmpty() && !deviceCode.isEmpty(); }
};

/**
 * A device's local store: the database, id and clock sources, and the one way to change synced
 * data — write(), which puts the entity row and its outbox op in the caller's transaction.
 * Repositories (StaffRepository, CustomerRepository, TicketRepository, …) build on it.
 */
class Store
{
public:
    /** Opens (creating if needed) `<dataDir>/fielddesk.db`. */
    static Result<std::unique_ptr<Store>> open(const QString &dataDir, const Clock &clock);
    /** Where the app keeps its data when no --data is given. */
    static QString defaultDataDir();

    [[nodiscard]] Database &db() { return *m_db; }
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    [[nodiscard]] Outbox &outbox() { return m_outbox; }
    [[nodiscard]] QString dataDir() const { return m_dataDir; }
    [[nodiscard]] QString newId() { return m_ids.next(); }
    [[nodiscard]] qint64 nowMs() const { return m_clock.nowMs(); }

    [[nodiscard]] const DeviceIdentity &identity() const { return m_identity; }
    Result<void> setIdentity(const DeviceIdentity &identity);

    /**
     * Writes @p change and its outbox op. Must be called inside a Transaction: there is no way to
     * change synced data without an outbox entry, and no way to get one without the other.
     */
    Result<void> write(const Change &change);

    /**
     * Takes a timestamp that came from the server into account, so that the next local edit
     * orders after it. Inside the transaction that applies it.
     */
    Result<void> observeHlc(const QString &remote);

    /** Next value of a named local counter (ticket numbers, …), inside the caller's transaction. */
    Result<qint64> nextSequence(const QString &name);

    Result<QString> setting(const QString &key, const QString &fallback = {});
    Result<void> setSetting(const QString &key, const QString &value);

private:
    Store(QString dataDir, std::unique_ptr<Database> db, const Clock &clock);
    Result<void> loadIdentity();

    QString m_dataDir;
    std::unique_ptr<Database> m_db;
    const Clock &m_clock;
    UuidGenerator m_ids;
    HybridLogicalClock m_hlc;
    Outbox m_outbox;
    DeviceIdentity m_identity;
    quint64 m_groupSerial = 0;
    QString m_groupId;
    int m_groupPriority = 0;
};

} // namespace fd
