#include "fielddeskserver.h"

#include "guardedtcpserver.h"
#include "serverlogging.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd {

FieldDeskServer::FieldDeskServer(ServerOptions options, const Clock &clock, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_clock(clock),
      m_storage(clock),
      m_metrics(version()),
      m_api(m_storage, m_metrics, clock, version()),
      m_sync(m_storage, clock),
      m_syncApi(m_sync),
      m_nudges(m_sync, m_metrics),
      m_blobs(m_options.databasePath() + QStringLiteral(".blobs")),
      m_blobApi(m_blobs, m_sync, m_storage),
      m_etcApi(m_sync, m_storage, clock, m_options.databasePath() + QStringLiteral(".loadkey"))
{
    m_syncApi.install(m_api);
    m_blobApi.install(m_api);
    m_etcApi.install(m_api);
    m_syncApi.setPushObserver([this](const SyncDevice &device, const QList<protocol::SyncOp> &ops,
                                     const protocol::PushResponse &response) { m_nudges.pushed(device, ops, response); });
    m_syncApi.setPullObserver([this](const SyncDevice &device) { m_nudges.pulled(device); });
    m_etcApi.setListObserver([this](qint64 seq) { m_nudges.publicChanged(seq); });
    // Reads are noted in memory at each pull and written once a second, so pulls stay read-only.
    m_readFlush.setInterval(kReadFlushMs);
    connect(&m_readFlush, &QTimer::timeout, this, [this] {
        if (auto r = m_sync.statusList().flushReads(); !r)
            qCWarning(lcServer).noquote() << "cannot record device reads:" << r.error().message;
    });
}

FieldDeskServer::~FieldDeskServer()
{
    stop();
}

QString FieldDeskServer::version()
{
    return QStringLiteral(FIELDDESK_VERSION);
}

int FieldDeskServer::exitCodeFor(const Error &error)
{
    return error.code == QLatin1String("listen_failed") ? ExitRuntimeFailure : ExitConfigError;
}

Result<void> FieldDeskServer::start()
{
    if (m_running)
        return {};
    if (auto r = m_storage.open(m_options.databasePath()); !r)
        return r;
    if (auto r = m_etcApi.open(); !r) {
        m_storage.close();
        return r;
    }

    m_http = std::make_unique<QHttpServer>();
    m_nudges.install(*m_http, m_api);
    m_api.install(*m_http);
    auto *tcp = new GuardedTcpServer();
    if (!tcp->listen(m_options.host(), m_options.port())) {
        const Error error = makeError("listen_failed", QStringLiteral("Cannot listen on %1: %2")
                                                               .arg(m_options.urlFor(m_options.port()), tcp->errorString()));
        delete tcp;
        m_nudges.closeAll();
        m_http.reset();
        m_sync.releaseStatements();
        m_etcApi.close();
        m_storage.close();
        return error;
    }
    connect(tcp, &GuardedTcpServer::rejected, this, [this](int status) { m_metrics.recordResponse(status); });
    m_http->bind(tcp); // takes ownership
    m_tcp = tcp;
    m_running = true;
    m_readFlush.start();

    const QJsonObject detail{{QStringLiteral("version"), version()}, {QStringLiteral("listen"), url()}};
    if (auto r = m_storage.appendAudit(QStringLiteral("server"), QStringLiteral("server.start"),
                                       QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
        !r) {
        stop();
        return r.error();
    }
    return {};
}

void FieldDeskServer::stop()
{
    if (!m_running)
        return;
    m_running = false;
    // Connections first, so no handler can reach the database while it closes; the nudge
    // WebSockets before the HTTP server, which owns the TCP sockets under them.
    m_nudges.closeAll();
    m_http.reset();
    m_readFlush.stop();
    if (auto r = m_sync.statusList().flushReads(); !r)
        qCWarning(lcServer).noquote() << "cannot record device reads:" << r.error().message;
    if (auto r = m_storage.appendAudit(QStringLiteral("server"), QStringLiteral("server.stop"), QStringLiteral("{}")); !r)
        qCWarning(lcServer).noquote() << "cannot record the stop in" << m_storage.path() << ":" << r.error().message;
    m_sync.releaseStatements();
    m_etcApi.close();
    m_storage.close();
}

quint16 FieldDeskServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QString FieldDeskServer::url() const
{
    return m_options.urlFor(port());
}

} // namespace fd
