#pragma once

#include "blobapi.h"
#include "blobstore.h"
#include "etcapi.h"
#include "clock.h"
#include "httpapi.h"
#include "nudgehub.h"
#include "result.h"
#include "serveroptions.h"
#include "servermetrics.h"
#include "serverstorage.h"
#include "syncapi.h"
#include "syncstore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QHttpServer;

namespace fd {

class GuardedTcpServer;

/**
 * One fielddesk-server: storage, HTTP API and listening socket, started and stopped as a unit.
 * main.cpp only parses arguments and calls start()/stop(); tests can run one in-process.
 */
class FieldDeskServer : public QObject
{
    Q_OBJECT

public:
    /** Process exit statuses, so a supervisor can tell "fix the configuration" from "retry". */
    enum ExitCode {
        ExitOk = 0,
        /** Start-up failed for a reason that may pass (the port is taken). */
        ExitRuntimeFailure = 1,
        /** Invalid arguments, or a database the server refuses to touch: restarting will not help. */
        ExitConfigError = 2,
    };

    FieldDeskServer(ServerOptions options, const Clock &clock, QObject *parent = nullptr);
    ~FieldDeskServer() override;

    /** Opens the database, then listens. On failure nothing is left open. */
    [[nodiscard]] Result<void> start();
    /** Stops accepting, closes connections, records the stop and closes the database. Idempotent. */
    void stop();

    [[nodiscard]] bool isRunning() const { return m_running; }
    /** The port actually bound (differs from the requested one when that was 0). */
    [[nodiscard]] quint16 port() const;
    /** `http://HOST:PORT` as bound. */
    [[nodiscard]] QString url() const;
    [[nodiscard]] const ServerOptions &options() const { return m_options; }
    [[nodiscard]] ServerStorage &storage() { return m_storage; }
    [[nodiscard]] const ServerMetrics &metrics() const { return m_metrics; }
    [[nodiscard]] SyncStore &sync() { return m_sync; }
    /** The nudge WebSockets (GET /v1/nudge); tests shorten its ping times before start(). */
    [[nodiscard]] NudgeHub &nudges() { return m_nudges; }
    /** Card loads; its ledger() is there while the server runs. */
    [[nodiscard]] EtcApi &etc() { return m_etcApi; }

    /** How often the devices' feed reads are written for the status-list monitor. */
    static constexpr int kReadFlushMs = 1000;

    /** The project version this binary was built as. */
    [[nodiscard]] static QString version();
    /** Which ExitCode a start() error maps to. */
    [[nodiscard]] static int exitCodeFor(const Error &error);

private:
    ServerOptions m_options;
    const Clock &m_clock;
    ServerStorage m_storage;
    ServerMetrics m_metrics;
    HttpApi m_api;
    SyncStore m_sync;
    SyncApi m_syncApi;
    NudgeHub m_nudges;
    BlobStore m_blobs; // beside the database file: <database>.blobs/
    BlobApi m_blobApi;
    EtcApi m_etcApi; // its master key beside the database file: <database>.loadkey
    std::unique_ptr<QHttpServer> m_http;
    QPointer<GuardedTcpServer> m_tcp;
    QTimer m_readFlush; // writes the devices' feed reads for the status-list monitor
    bool m_running = false;
};

} // namespace fd
