#pragma once

#include "clock.h"
#include "store.h"
#include "syncengine.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

/** A device for sync tests: its store, its engine, its own clock. */
struct TestDevice
{
    fd::SystemClock clock;
    std::unique_ptr<fd::Store> store;
    std::unique_ptr<fd::SyncEngine> engine;
};

/**
 * The real fielddesk-server on 127.0.0.1 with a database made by fielddesk-cli: outlet 0101 and
 * three staff members (1001 counter + supervisor, PIN 4821; 2001 crew, PIN 1234; 3001 finance,
 * PIN 5555). Devices are stores in the test process, enrolled with one-time codes.
 * Needs FIELDDESK_SERVER_BINARY and FIELDDESK_CLI_BINARY defined by the build.
 */
class SyncFixture
{
public:
    explicit SyncFixture(QString dir);
    ~SyncFixture();

    /** Makes the database and starts the server; false (with a warning saying why) on failure. */
    [[nodiscard]] bool setUp();
    /**
     * Starts the server on the same database (after stop() or kill()): on @p port, or a new one
     * the system picks for 0 (a restart on the old port is start(port())).
     */
    [[nodiscard]] bool start(quint16 port = 0);
    /** SIGTERM; the exit status (0 for a clean stop). */
    int stop();
    /** SIGKILL, at whatever point the server is. */
    void kill();
    /** SIGSTOP / SIGCONT: the server keeps its sockets open but answers nothing meanwhile. */
    void suspend();
    void resume();

    /** Runs fielddesk-cli; its standard output, or an empty string (with a warning) on failure. */
    QString cli(const QStringList &args) const;
    /** A new device folder under the fixture's folder, enrolled for outlet 0101 in @p mode. */
    std::unique_ptr<TestDevice> enroll(const QString &folder, const QString &mode);
    /** runUntilIdle() with a warning on failure. */
    static bool sync(TestDevice &device, fd::SyncReport *report = nullptr);
    /**
     * A clerk's edit of one plain ticket field (address, contact_name or contact_phone) through
     * TicketRepository::update, as the counter makes it; false (with a warning) if refused.
     */
    static bool editTicket(fd::Store &store, const QString &ticketId, const QString &field, const QString &value,
                           const QString &staffId);
    /** A synced row's fields on the server (read from its file); empty when absent. */
    [[nodiscard]] QJsonObject serverRow(const QString &entity, const QString &id) const;
    /**
     * Compares every field the server holds for the @p entity rows @p ids with @p device's rows:
     * an empty string when they all agree, else what differs first ("ticket.state: device …").
     */
    [[nodiscard]] QString differenceWithServer(TestDevice &device, const QString &entity, const QStringList &ids) const;

    [[nodiscard]] const QString &url() const { return m_url; }
    /** The port the server listens (or last listened) on. */
    [[nodiscard]] quint16 port() const { return quint16(QUrl(m_url).port()); }
    [[nodiscard]] const QString &databasePath() const { return m_db; }
    [[nodiscard]] QString path(const QString &name) const;
    [[nodiscard]] QNetworkAccessManager &network() { return m_nam; }

    QString counterStaff; // 1001
    QString crewStaff;    // 2001
    QString plainStaff;   // 3001, finance only

private:
    QString addStaff(const QString &no, const QString &name, const QString &roles, const QString &pin) const;

    QString m_dir;
    QString m_db;
    QString m_url;
    QProcess m_server;
    QNetworkAccessManager m_nam;
    fd::SystemClock m_clock;
};
