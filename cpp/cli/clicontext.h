#pragma once

#include "result.h"
#include "settableclock.h"
#include "staffrepository.h"
#include "store.h"

#include <QString>
#include <QTextStream>

#include <memory>

namespace fd::cli {

/** Process exit codes of fielddesk-cli. */
enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

/**
 * What a command runs against: the data folder, the store (opened on first use), the clock and
 * the two output streams. Results go to out(), messages about failures to err().
 */
class CliContext
{
public:
    enum class Open {
        /** The store must already exist (every command but init and demo). */
        Existing,
        /** Create the data folder and an empty store if there is none. */
        CreateIfMissing,
    };

    CliContext(QString dataDir, QTextStream &out, QTextStream &err);
    ~CliContext();
    CliContext(const CliContext &) = delete;
    CliContext &operator=(const CliContext &) = delete;

    [[nodiscard]] QTextStream &out() { return m_out; }
    [[nodiscard]] QTextStream &err() { return m_err; }
    [[nodiscard]] SettableClock &clock() { return m_clock; }
    [[nodiscard]] QString dataDir() const { return m_dataDir; }
    [[nodiscard]] QString databasePath() const;

    /** The store, opened on first call. A missing store with Open::Existing is an Error. */
    Result<Store *> store(Open mode = Open::Existing);
    /** Like store(), and the device must have been set up with `init`. */
    Result<Store *> setUpStore();
    /** Closes the store, so the next store() call opens it afresh (e.g. after bulk writes). */
    void closeStore();

    /** Prints "error: <message>" (and the field, if any) on err() and returns ExitFailed. */
    int fail(const Error &error);
    int fail(const QString &message);
    /** Prints a usage error on err() and returns ExitUsage. */
    int usage(const QString &message);

    /** The staff member with this staff number, or an Error naming it. */
    Result<StaffMember> staffByNo(const QString &staffNo);
    /** The id of the outlet with this four-digit code. */
    Result<QString> outletIdByCode(const QString &code);
    /** A crew given by id or exact name. */
    Result<QString> crewId(const QString &idOrName);
    /** A ticket given by id or ticket number (T-0101-01-000001). */
    Result<QString> ticketId(const QString &idOrNumber);
    /** A customer given by id or customer number. */
    Result<QString> customerId(const QString &idOrNumber);

private:
    Result<QString> lookup(const QString &sql, const QString &value, const QString &what);

    QString m_dataDir;
    QTextStream &m_out;
    QTextStream &m_err;
    SettableClock m_clock;
    std::unique_ptr<Store> m_store;
};

} // namespace fd::cli
