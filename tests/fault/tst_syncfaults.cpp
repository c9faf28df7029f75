// Sync under faults: kill -9 of the server during apply, kill -9 of the client during push, and a
// loopback proxy that delays, drops, cuts and duplicates requests. The real fielddesk-server runs
// on 127.0.0.1; devices are stores in this process or fielddesk-cli child processes. Every
// scenario ends by checking the server's applied_ops and entities against what the devices
// created: each op applied exactly once, nothing lost, device rows equal to the server's.
//
// FIELDDESK_FAULT_SEED=N replays another sequence of kill delays and proxy faults.

#include "entitycatalog.h"
#include "store.h"
#include "syncengine.h"
#include "syncfixture.h"
#include "ticketrepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <array>
#include <functional>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

quint32 seed()
{
    bool ok = false;
    const quint32 s = qEnvironmentVariable("FIELDDESK_FAULT_SEED").toUInt(&ok);
    return ok ? s : 20261207u;
}

/** The first column of @p sql's rows; a single "<query failed>" if it fails. */
QStringList column(QSqlDatabase db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning().noquote() << sql << q.lastError().text();
        return {u"<query failed>"_s};
    }
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

/** The test's own connection to the server file (WAL: it sees committed rows while the server runs). */
class ServerView
{
public:
    explicit ServerView(const QString &path) : m_name(u"server-view-%1"_s.arg(++s_serial))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        m_ok = db.open();
    }
    ~ServerView()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    ServerView(const ServerView &) = delete;
    ServerView &operator=(const ServerView &) = delete;

    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] QStringList column(const QString &sql, const QVariantList &binds = {}) const
    {
        return ::column(QSqlDatabase::database(m_name, false), sql, binds);
    }
    /** A single number; -1 if the query failed. */
    [[nodiscard]] int count(const QString &sql, const QVariantList &binds = {}) const
    {
        const QStringList c = column(sql, binds);
        bool ok = false;
        const int n = c.size() == 1 ? c.first().toInt(&ok) : -1;
        return ok ? n : -1;
    }

private:
    static inline int s_serial = 0;
    QString m_name;
    bool m_ok = false;
};

// ---------------------------------------------------------------------------------------------
// The misbehaving proxy.

/** What the proxy does to one connection (one request: it answers with Connection: close). */
enum class Fault { Pass, Delay, Drop, CutRequest, CutResponse, Duplicate };
constexpr int kFaultCount = 6;

/**
 * Total length of the HTTP/1.1 message at the front of @p buf once it is complete, -1 before.
 * Bodies with Content-Length only (what QNetworkAccessManager sends and QHttpServer answers);
 * anything else sets @p unsupported.
 */
qsizetype messageLength(const QByteArray &buf, bool *unsupported)
{
    const qsizetype end = buf.indexOf("\r\n\r\n");
    if (end < 0)
        return -1;
    qint64 body = 0;
    const QList<QByteArray> lines = buf.left(end).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        if (name == "content-length")
            body = line.mid(colon + 1).trimmed().toLongLong();
        else if (name == "transfer-encoding")
            *unsupported = true;
    }
    const qsizetype total = end + 4 + body;
    return buf.size() >= total ? total : -1;
}

/** @p response with its Connection header replaced by "Connection: close". */
QByteArray withConnectionClose(const QByteArray &response)
{
    const qsizetype end = response.indexOf("\r\n\r\n");
    QList<QByteArray> kept;
    for (const QByteArray &line : response.left(end).split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        if (!l.toLower().startsWith("connection:"))
            kept.append(l);
    }
    kept.append("Connection: close");
    return kept.join("\r\n") + "\r\n\r\n" + response.mid(end + 4);
}

int httpStatus(const QByteArray &response)
{
    // "HTTP/1.1 200 OK"
    const QList<QByteArray> parts = response.left(response.indexOf('\r')).split(' ');
    return parts.size() > 1 ? parts.at(1).toInt() : 0;
}

/** How many ops a push answer reports as applied. */
int appliedInAnswer(const QByteArray &response)
{
    const QJsonArray results =
            QJsonDocument::fromJson(response.mid(response.indexOf("\r\n\r\n") + 4)).object().value(u"results"_s).toArray();
    return int(std::count_if(results.begin(), results.end(),
                             [](const QJsonValue &r) { return r.toObject().value(u"status"_s).toString() == "applied"_L1; }));
}

struct ProxyStats
{
    std::array<int, kFaultCount> requests{};
    /** Push requests the server answered 200 whose answer the proxy threw away. */
    int lostPushAnswers = 0;
    /** Ops the server applied in those answers: the device must hear "duplicate" for each later. */
    int lostAppliedOps = 0;
    /** Push requests the server received (and answered 200) twice. */
    int duplicatedPushes = 0;
    /** Push requests of which the server received only a part. */
    int cutPushRequests = 0;
    QString unsupported; // an HTTP message the proxy could not frame
};

/** The random parts of one connection's treatment, drawn when it is accepted. */
struct FaultPlan
{
    int delayMs = 0;
    int pick = 0;    // which of two answers a duplicated request passes on
    qreal cutAt = 0; // how much of the body (or of the headers) a cut request gets through
};

/** One client connection through the proxy and the fault it suffers. */
class ProxyConnection : public QObject
{
    Q_OBJECT

public:
    using Chooser = std::function<Fault(bool isPush)>;

    ProxyConnection(QTcpSocket *client, quint16 upstreamPort, FaultPlan plan, Chooser choose, ProxyStats &stats,
                    QObject *parent)
        : QObject(parent), m_client(client), m_upstreamPort(upstreamPort), m_plan(plan), m_choose(std::move(choose)),
          m_stats(stats)
    {
        m_client->setParent(this);
        connect(m_client, &QTcpSocket::readyRead, this, &ProxyConnection::onClientData);
        connect(m_client, &QTcpSocket::disconnected, this, &ProxyConnection::finish);
        // Nothing here may hang: the device's 30 s transfer timeout would only slow the test down.
        QTimer::singleShot(20000, this, &ProxyConnection::finish);
        if (m_client->bytesAvailable() > 0)
            QTimer::singleShot(0, this, &ProxyConnection::onClientData);
    }

private:
    struct Upstream
    {
        QTcpSocket *socket = nullptr;
        QByteArray data;
        bool done = false;
        bool complete = false;
    };

    bool isPush() const { return m_request.startsWith("POST /v1/push "); }

    void onClientData()
    {
        if (m_acted) {
            m_client->readAll(); // one request per connection
            return;
        }
        m_request += m_client->readAll();
        bool unsupported = false;
        const qsizetype n = messageLength(m_request, &unsupported);
        if (unsupported)
            m_stats.unsupported = QString::fromLatin1(m_request.left(200));
        if (n < 0)
            return;
        m_request.truncate(n);
        m_acted = true;
        m_fault = m_choose(isPush());
        ++m_stats.requests[size_t(m_fault)];
        switch (m_fault) {
        case Fault::Drop:
            finish();
            return;
        case Fault::Delay:
            QTimer::singleShot(m_plan.delayMs, this, [this] { forward(1); });
            return;
        case Fault::Duplicate:
            forward(2);
            return;
        case Fault::Pass:
        case Fault::CutRequest:
        case Fault::CutResponse:
            forward(1);
            return;
        }
    }

    void forward(int copies)
    {
        if (m_finished)
            return; // the client gave up during the delay
        for (int i = 0; i < copies; ++i) {
            auto *s = new QTcpSocket(this);
            m_up.push_back(Upstream{s, {}, false, false});
            const size_t index = m_up.size() - 1;
            connect(s, &QTcpSocket::connected, this, [this, s] {
                if (m_fault == Fault::CutRequest) {
                    // The headers and part of the body, or part of the headers of a body-less request.
                    const qsizetype headers = m_request.indexOf("\r\n\r\n") + 4;
                    const qsizetype body = m_request.size() - headers;
                    const qsizetype n = body > 1 ? headers + qMax<qsizetype>(1, qsizetype(qreal(body) * m_plan.cutAt))
                                                 : qMax<qsizetype>(1, qsizetype(qreal(headers) * m_plan.cutAt));
                    if (isPush())
                        ++m_stats.cutPushRequests;
                    s->write(m_request.left(qMin(n, m_request.size() - 1)));
                    s->disconnectFromHost(); // once those bytes are out
                    return;
                }
                s->write(m_request);
            });
            connect(s, &QTcpSocket::readyRead, this, [this, s, index] {
                Upstream &u = m_up[index];
                u.data += s->readAll();
                bool unsupported = false;
                const qsizetype n = messageLength(u.data, &unsupported);
                if (unsupported)
                    m_stats.unsupported = QString::fromLatin1(u.data.left(200));
                if (n >= 0 && !u.done) {
                    u.data.truncate(n);
                    u.complete = true;
                    u.done = true;
                    s->abort();
                    upstreamDone();
                }
            });
            const auto lost = [this, index] {
                if (!m_up[index].done) {
                    m_up[index].done = true;
                    upstreamDone();
                }
            };
            connect(s, &QTcpSocket::disconnected, this, lost);
            connect(s, &QTcpSocket::errorOccurred, this, lost);
            s->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        }
    }

    void upstreamDone()
    {
        for (const Upstream &u : m_up)
            if (!u.done)
                return;
        QList<QByteArray> answers;
        for (const Upstream &u : m_up)
            if (u.complete)
                answers.append(u.data);
        if (answers.isEmpty() || m_fault == Fault::CutRequest) {
            finish();
            return;
        }
        if (m_fault == Fault::CutResponse) {
            // The server did the work; the client never hears of it.
            if (isPush() && httpStatus(answers.first()) == 200) {
                ++m_stats.lostPushAnswers;
                m_stats.lostAppliedOps += appliedInAnswer(answers.first());
            }
            finish();
            return;
        }
        if (m_fault == Fault::Duplicate && isPush() && answers.size() == 2 && httpStatus(answers.at(0)) == 200
            && httpStatus(answers.at(1)) == 200)
            ++m_stats.duplicatedPushes;
        // Of two answers either may be passed on: the one that says "applied" or the one that says "duplicate".
        const QByteArray &answer = answers.at(m_plan.pick % answers.size());
        if (m_client->state() != QAbstractSocket::ConnectedState) {
            finish();
            return;
        }
        m_client->write(withConnectionClose(answer));
        m_client->disconnectFromHost(); // disconnected → finish(), once written
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        for (Upstream &u : m_up)
            if (u.socket->state() != QAbstractSocket::UnconnectedState && m_fault != Fault::CutRequest)
                u.socket->abort();
        if (m_client->state() == QAbstractSocket::ConnectedState)
            m_client->abort();
        deleteLater();
    }

    QTcpSocket *m_client;
    quint16 m_upstreamPort;
    FaultPlan m_plan;
    Chooser m_choose;
    ProxyStats &m_stats;
    Fault m_fault = Fault::Pass;
    QByteArray m_request;
    std::vector<Upstream> m_up;
    bool m_acted = false;
    bool m_finished = false;
};

/**
 * A loopback TCP proxy in front of the server. Each connection carries one request and gets a
 * fault from a seeded generator: pass, delay 50–300 ms, drop before forwarding anything, cut
 * after part of the request, cut after the server's answer arrived (the server applied the
 * push, the device never hears), or send the request to the server twice on two connections
 * and pass on one answer. forceOnNextPush() makes sure a fault happens to a push at least once.
 */
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    FaultProxy(quint16 upstreamPort, quint32 seed) : m_upstreamPort(upstreamPort), m_rng(seed)
    {
        connect(&m_listener, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
    }

    bool listen() { return m_listener.listen(QHostAddress::LocalHost, 0); }
    [[nodiscard]] QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_listener.serverPort()); }
    [[nodiscard]] const ProxyStats &stats() const { return m_stats; }
    /** The next push request gets @p fault instead of a random one. */
    void forceOnNextPush(Fault fault) { m_forced.append(fault); }

private:
    Fault choose(bool isPush)
    {
        if (isPush && !m_forced.isEmpty())
            return m_forced.takeFirst();
        // Weights out of 100: enough passes that a cycle (push, then pull) gets through now and then.
        static constexpr std::array<int, kFaultCount> kWeights{35, 15, 10, 12, 15, 13};
        int r = int(m_rng.bounded(100));
        for (int i = 0; i < kFaultCount; ++i) {
            if (r < kWeights[size_t(i)])
                return Fault(i);
            r -= kWeights[size_t(i)];
        }
        return Fault::Pass;
    }

    void onNewConnection()
    {
        while (QTcpSocket *client = m_listener.nextPendingConnection()) {
            const FaultPlan plan{50 + int(m_rng.bounded(251)), int(m_rng.bounded(2)), 0.1 + 0.8 * m_rng.generateDouble()};
            new ProxyConnection(client, m_upstreamPort, plan, [this](bool isPush) { return choose(isPush); }, m_stats, this);
        }
    }

    QTcpServer m_listener;
    quint16 m_upstreamPort;
    QRandomGenerator m_rng;
    QList<Fault> m_forced;
    ProxyStats m_stats;
};

} // namespace

// ---------------------------------------------------------------------------------------------

class TestSyncFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /** A fresh server database (outlet 0101, clerk 1001 …) in its own folder, the server started. */
    std::unique_ptr<SyncFixture> setUpServer(const QString &folder)
    {
        if (!QDir(m_dir.path()).mkpath(folder))
            return {};
        auto f = std::make_unique<SyncFixture>(m_dir.filePath(folder));
        if (!f->setUp())
            return {};
        return f;
    }

    /** Points @p d at @p url (the `server_url` setting) with a new engine, as after a restart. */
    static bool pointAt(SyncFixture &f, TestDevice &d, const QString &url)
    {
        d.engine.reset();
        if (!d.store->setSetting(u"server_url"_s, url))
            return false;
        d.engine = std::make_unique<SyncEngine>(*d.store, f.network());
        return d.engine->server() == QUrl(url);
    }

    static QStringList createTickets(Store &store, int n, const QString &title, const QString &staffId)
    {
        QStringList ids;
        TicketRepository repo(store);
        for (int i = 0; i < n; ++i) {
            NewTicket input;
            input.title = title.arg(i);
            auto t = repo.create(input, staffId);
            if (!t) {
                qWarning().noquote() << "ticket create failed:" << t.error().toString();
                return {};
            }
            ids << t->id;
        }
        return ids;
    }

    static QStringList deviceColumn(Store &store, const QString &sql) { return column(store.db().sql(), sql); }

    /** The ops waiting on the device: what it created and the server must apply exactly once. */
    static QSet<QString> pendingOpIds(Store &store)
    {
        const QStringList ids = deviceColumn(store, u"SELECT op_id FROM outbox WHERE state = 'pending'"_s);
        return QSet<QString>(ids.cbegin(), ids.cend());
    }

    /** Ops the server has applied that @p store still waits to hear about: their answer was lost. */
    static QSet<QString> lostAnswers(const ServerView &server, const QString &deviceId, Store &store)
    {
        const QStringList applied = server.column(u"SELECT op_id FROM applied_ops WHERE device_id = ?"_s, {deviceId});
        return QSet<QString>(applied.cbegin(), applied.cend()).intersect(pendingOpIds(store));
    }

    static QSet<QString> lostAnswers(const ServerView &server, const QString &deviceId, const QString &dataDir)
    {
        SystemClock clock;
        auto store = Store::open(dataDir, clock);
        if (!store)
            return {u"<cannot open the device store>"_s};
        return lostAnswers(server, deviceId, *store.value());
    }

    /**
     * The exactly-once invariants for one device: applied_ops holds each op it created once and no
     * other op of it; each of its tickets is in entities once (with its timeline event); the feed
     * sequence never repeats (a pull page boundary on a repeated seq would skip a row); the file is sound.
     */
    void verifyExactlyOnce(const QString &serverDb, const QString &deviceId, const QSet<QString> &createdOps,
                           const QStringList &ticketIds)
    {
        ServerView server(serverDb);
        QVERIFY(server.ok());
        QCOMPARE(server.column(u"PRAGMA integrity_check"_s), QStringList{u"ok"_s});
        const QStringList applied = server.column(u"SELECT op_id FROM applied_ops WHERE device_id = ?"_s, {deviceId});
        QCOMPARE(applied.size(), createdOps.size());
        QCOMPARE(QSet<QString>(applied.cbegin(), applied.cend()), createdOps);
        QCOMPARE(server.count(u"SELECT count(DISTINCT op_id) FROM applied_ops WHERE device_id = ?"_s, {deviceId}),
                 int(createdOps.size()));
        // Every ticket was created once, whatever number of times its push went over the wire.
        QCOMPARE(server.column(u"SELECT entity_id FROM applied_ops WHERE device_id = ? AND kind = 'ticket.create'"
                               u" GROUP BY entity_id HAVING count(*) > 1"_s,
                               {deviceId}),
                 QStringList());
        const QStringList serverTickets = server.column(u"SELECT id FROM entities WHERE entity = 'ticket'"_s);
        QCOMPARE(serverTickets.size(), ticketIds.size());
        QCOMPARE(QSet<QString>(serverTickets.cbegin(), serverTickets.cend()), QSet<QString>(ticketIds.cbegin(), ticketIds.cend()));
        // Each timeline event (append-only) is one entity row made by one op.
        QCOMPARE(server.count(u"SELECT count(*) FROM entities WHERE entity = 'ticket_event'"_s),
                 server.count(u"SELECT count(*) FROM applied_ops WHERE kind = 'ticket.event'"_s));
        QCOMPARE(server.count(u"SELECT count(*) - count(DISTINCT seq) FROM entities"_s), 0);
        QVERIFY(server.count(u"SELECT max(seq) FROM entities"_s)
                <= server.count(u"SELECT value FROM counters WHERE name = 'feed'"_s));
    }

    /** Every field of each ticket in @p ids on the device equals the server's. */
    static void compareWithServer(const SyncFixture &f, Store &store, const QStringList &ids)
    {
        const EntityDef *def = EntityCatalog::byName(u"ticket"_s);
        QVERIFY(def);
        for (const QString &id : ids) {
            const QJsonObject server = f.serverRow(u"ticket"_s, id);
            QVERIFY2(!server.isEmpty(), qPrintable(u"ticket "_s + id + u" missing on the server"_s));
            QSqlQuery q(store.db().sql());
            QVERIFY(q.exec(u"SELECT * FROM %1 WHERE id = '%2'"_s.arg(def->table, id)));
            QVERIFY2(q.next(), qPrintable(u"ticket "_s + id + u" missing on the device"_s));
            for (auto it = server.begin(); it != server.end(); ++it) {
                const QVariant local = q.value(it.key());
                const QString a = local.isNull() ? u"<null>"_s : local.toString();
                const QString b = it.value().isNull()     ? u"<null>"_s
                                  : it.value().isString() ? it.value().toString()
                                                          : QString::number(it.value().toInteger());
                QVERIFY2(a == b, qPrintable(u"ticket %1.%2: device %3, server %4"_s.arg(id, it.key(), a, b)));
            }
        }
    }

    /** Every column but the local row number, of every ticket, in id order. */
    static QList<QStringList> ticketRows(Store &store)
    {
        QSqlQuery q(store.db().sql());
        QList<QStringList> rows;
        if (!q.exec(u"SELECT * FROM tickets ORDER BY id"_s))
            return {{u"<query failed>"_s}};
        while (q.next()) {
            QStringList row;
            const QSqlRecord rec = q.record();
            for (int i = 0; i < rec.count(); ++i)
                if (rec.fieldName(i) != "local_no"_L1)
                    row << rec.fieldName(i) + u'=' + (q.isNull(i) ? u"<null>"_s : q.value(i).toString());
            rows << row;
        }
        return rows;
    }

    static int pending(Store &store)
    {
        auto n = store.outbox().pendingCount();
        return n ? n.value() : -1;
    }

    static int failed(Store &store)
    {
        auto n = store.outbox().failedCount();
        return n ? n.value() : -1;
    }

    /** outbox_pending as `fielddesk-cli status` reports it; -1 if it cannot tell. */
    static int cliPending(const SyncFixture &f, const QString &dataDir)
    {
        const QString out = f.cli({u"--data"_s, dataDir, u"status"_s});
        const auto m = QRegularExpression(u"^outbox_pending: (\\d+)$"_s, QRegularExpression::MultilineOption).match(out);
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qInfo("FIELDDESK_FAULT_SEED=%u", seed());
    }

    /**
     * kill -9 of the server while it applies a push, over and over: a push either committed
     * whole or not at all, and a push the server committed but could not answer comes back
     * "duplicate" after the restart.
     */
    void killServerDuringPush()
    {
        auto f = setUpServer(u"s1"_s);
        QVERIFY(f);
        auto device = f->enroll(u"device"_s, u"counter"_s);
        QVERIFY(device);
        QVERIFY(device->engine->runUntilIdle(60000)); // the outlet and its staff arrive
        ServerView view(f->databasePath());
        QVERIFY(view.ok());
        const QString deviceId = device->store->identity().deviceId;

        QRandomGenerator rng(seed());
        constexpr int kWaves = 4;
        constexpr int kTicketsPerWave = 300;
        constexpr int kMaxKillsPerWave = 6;
        // The kill comes 0–150 ms into the sync, or anywhere in it when a sync takes longer
        // (a sanitizer build): the longest undisturbed sync seen so far sets the range.
        qint64 maxDelayMs = 150;
        QStringList tickets;
        QSet<QString> created;
        int kills = 0;
        QSet<QString> everLost; // ops whose answer a kill cut off at least once
        for (int wave = 0; wave < kWaves; ++wave) {
            // 1. Offline, the counter takes 300 tickets: 600 ops, two push batches.
            const QStringList fresh = createTickets(*device->store, kTicketsPerWave, u"断电前的工单 %1-"_s.arg(wave) + u"%1"_s,
                                                    f->counterStaff);
            QCOMPARE(fresh.size(), kTicketsPerWave);
            tickets += fresh;
            const QSet<QString> waiting = pendingOpIds(*device->store);
            QCOMPARE(waiting.size(), 2 * kTicketsPerWave);
            created += waiting;

            // 2. Sync; a random moment later the server gets SIGKILL and is restarted on the
            //    same file (on a new port, which the device learns through its server_url setting).
            for (int round = 0; round < kMaxKillsPerWave && pending(*device->store) > 0; ++round) {
                QTimer killer;
                killer.setSingleShot(true);
                connect(&killer, &QTimer::timeout, this, [&f] { f->kill(); });
                killer.start(int(rng.bounded(quint32(maxDelayMs + 1))));
                QElapsedTimer took;
                took.start();
                const bool ok = device->engine->runUntilIdle(60000).ok(); // fails when the kill comes first
                if (ok && killer.isActive())
                    maxDelayMs = qMax(maxDelayMs, took.elapsed());
                killer.stop();
                f->kill(); // if the sync was quicker than the timer
                ++kills;
                everLost += lostAnswers(view, deviceId, *device->store);
                QVERIFY(f->start());
                QVERIFY(pointAt(*f, *device, f->url()));
            }

            // 3. Left alone, the server answers "duplicate" for exactly the ops it had committed
            //    without the device hearing of it, and applies the rest.
            const qsizetype lost = lostAnswers(view, deviceId, *device->store).size();
            const int before = pending(*device->store);
            QElapsedTimer took;
            took.start();
            auto report = device->engine->runUntilIdle(60000);
            QVERIFY2(report, qPrintable(device->engine->lastError().toString()));
            maxDelayMs = qMax(maxDelayMs, took.elapsed());
            QCOMPARE(report->duplicates, int(lost));
            QCOMPARE(report->applied, before - int(lost));
            QCOMPARE(pending(*device->store), 0);
            QCOMPARE(failed(*device->store), 0);
        }
        qInfo("kill -9 of the server: %d kills over %d waves (delays up to %lld ms); %d applied ops had lost their answer",
              kills, kWaves, maxDelayMs, int(everLost.size()));

        // 4. Exactly once on the server; the device's rows are the server's.
        verifyExactlyOnce(f->databasePath(), deviceId, created, tickets);
        QStringList sample;
        for (qsizetype i = 0; i < tickets.size(); i += 40)
            sample << tickets.at(i);
        compareWithServer(*f, *device->store, sample);
        QCOMPARE(f->stop(), 0);
    }

    /**
     * kill -9 of `fielddesk-cli sync` after 0–300 ms, over and over: the device may lose the
     * server's answer, or die half way through recording it; the next run sends again and
     * the server answers "duplicate".
     */
    void killClientDuringPush()
    {
        auto f = setUpServer(u"s2"_s);
        QVERIFY(f);
        ServerView view(f->databasePath());
        QVERIFY(view.ok());
        const QString dataDir = f->path(u"device"_s);
        const QString code = f->cli({u"server"_s, u"enroll"_s, u"--db"_s, f->databasePath(), u"--outlet-code"_s, u"0101"_s,
                                     u"--mode"_s, u"counter"_s})
                                     .trimmed();
        QVERIFY(!code.isEmpty());
        QVERIFY(!f->cli({u"--data"_s, dataDir, u"enroll"_s, u"--server"_s, f->url(), u"--code"_s, code}).isEmpty());
        QVERIFY(!f->cli({u"--data"_s, dataDir, u"sync"_s}).isEmpty());

        QRandomGenerator rng(seed() + 1);
        constexpr int kWaves = 4;
        constexpr int kTicketsPerWave = 300;
        constexpr int kMaxKillsPerWave = 6;
        qint64 maxDelayMs = 300; // grows to the longest undisturbed run, as in killServerDuringPush
        QSet<QString> created;
        QString deviceId;
        QString outletId;
        int kills = 0;
        QSet<QString> everLost; // ops whose answer a kill cut off at least once
        for (int wave = 0; wave < kWaves; ++wave) {
            // 1. Offline, 300 tickets (600 ops) are taken on the device.
            {
                SystemClock clock;
                auto store = Store::open(dataDir, clock);
                QVERIFY(store);
                QCOMPARE(createTickets(*store.value(), kTicketsPerWave, u"离线工单 %1-"_s.arg(wave) + u"%1"_s,
                                       f->counterStaff)
                                 .size(),
                         kTicketsPerWave);
                const QSet<QString> waiting = pendingOpIds(*store.value());
                QCOMPARE(waiting.size(), 2 * kTicketsPerWave);
                created += waiting;
                deviceId = store.value()->identity().deviceId;
                outletId = store.value()->identity().outletId;
            }

            // 2. `fielddesk-cli sync`, SIGKILLed a random moment after it started, again and again.
            for (int round = 0; round < kMaxKillsPerWave; ++round) {
                QProcess child;
                QElapsedTimer took;
                took.start();
                child.start(QStringLiteral(FIELDDESK_CLI_BINARY), {u"--data"_s, dataDir, u"sync"_s});
                QVERIFY(child.waitForStarted());
                if (!child.waitForFinished(int(rng.bounded(quint32(maxDelayMs + 1))))) {
                    child.kill();
                    QVERIFY(child.waitForFinished(10000));
                    ++kills;
                    everLost += lostAnswers(view, deviceId, dataDir);
                    continue;
                }
                QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                         child.readAllStandardError().constData());
                maxDelayMs = qMax(maxDelayMs, took.elapsed());
                if (cliPending(*f, dataDir) == 0)
                    break; // it finished before the kill: nothing left to interrupt
            }

            // 3. An undisturbed run exits 0, empties the outbox and is answered "duplicate" for
            //    exactly the ops the server had committed without the device recording it.
            const qsizetype lost = lostAnswers(view, deviceId, dataDir).size();
            QElapsedTimer took;
            took.start();
            const QString out = f->cli({u"--data"_s, dataDir, u"sync"_s});
            QVERIFY(!out.isEmpty());
            maxDelayMs = qMax(maxDelayMs, took.elapsed());
            const auto m = QRegularExpression(u"^pushed: (\\d+) \\(applied (\\d+), duplicate (\\d+), refused 0"_s,
                                              QRegularExpression::MultilineOption)
                                   .match(out);
            QVERIFY2(m.hasMatch(), qPrintable(out));
            QCOMPARE(m.captured(3).toInt(), int(lost));
            QCOMPARE(m.captured(2).toInt(), m.captured(1).toInt() - int(lost));
            QCOMPARE(cliPending(*f, dataDir), 0);
            QVERIFY(f->cli({u"--data"_s, dataDir, u"status"_s}).contains(u"\noutbox_failed: 0\n"_s));
        }
        qInfo("kill -9 of the client: %d kills over %d waves (delays up to %lld ms); %d applied ops had lost their answer",
              kills, kWaves, maxDelayMs, int(everLost.size()));

        // 4. Exactly once on the server; the device has as many tickets as the server has for its outlet.
        SystemClock clock;
        auto store = Store::open(dataDir, clock);
        QVERIFY(store);
        QCOMPARE(deviceColumn(*store.value(), u"PRAGMA integrity_check"_s), QStringList{u"ok"_s});
        const QStringList tickets = deviceColumn(*store.value(), u"SELECT id FROM tickets"_s);
        QCOMPARE(tickets.size(), kWaves * kTicketsPerWave);
        verifyExactlyOnce(f->databasePath(), deviceId, created, tickets);
        QCOMPARE(view.count(u"SELECT count(*) FROM entities WHERE entity = 'ticket' AND scope = ?"_s, {u"o:"_s + outletId}),
                 int(tickets.size()));
        QStringList sample;
        for (qsizetype i = 0; i < tickets.size(); i += 40)
            sample << tickets.at(i);
        compareWithServer(*f, *store.value(), sample);
        QCOMPARE(f->stop(), 0);
    }

    /**
     * A proxy between device and server that delays, drops, cuts and duplicates: whatever
     * reaches the server is applied once, an answer the device never got is settled by the
     * "duplicate" of its retry, and a second device syncing directly sees what the first has.
     */
    void misbehavingProxy()
    {
        auto f = setUpServer(u"s3"_s);
        QVERIFY(f);
        FaultProxy proxy(quint16(QUrl(f->url()).port()), seed() + 2);
        QVERIFY(proxy.listen());
        auto a = f->enroll(u"a"_s, u"counter"_s); // enrollment is direct: a lost answer would burn the code
        QVERIFY(a);
        QVERIFY(pointAt(*f, *a, proxy.url()));

        constexpr int kRounds = 10;
        constexpr int kTicketsPerRound = 12;
        constexpr int kMaxAttempts = 40;
        QRandomGenerator rng(seed() + 3);
        QStringList tickets;
        QStringList reported; // not sent on yet
        QSet<QString> created;
        int attempts = 0;
        int interleaved = 0;
        // Syncs A through the proxy until nothing is pending and a whole cycle (push and pull)
        // got through; transient failures on the way are what the proxy is for. After the first
        // failures the clerk goes on working: a new edit joins ops whose answer may have been lost.
        const auto syncThroughProxy = [&] {
            for (int i = 0; i < kMaxAttempts; ++i) {
                ++attempts;
                if (a->engine->runUntilIdle(60000).ok() && pending(*a->store) == 0)
                    return true;
                if (i < 3 && !tickets.isEmpty() && rng.bounded(2) == 0) {
                    const QString id = tickets.at(int(rng.bounded(qsizetype(tickets.size()))));
                    if (!SyncFixture::editTicket(*a->store, id, u"contact_name"_s, u"联系人 %1"_s.arg(attempts), f->counterStaff))
                        return false;
                    created += pendingOpIds(*a->store);
                    ++interleaved;
                }
            }
            qWarning().noquote() << pending(*a->store) << "ops still pending after" << kMaxAttempts
                                 << "attempts:" << a->engine->lastError().toString();
            return false;
        };
        QVERIFY(syncThroughProxy()); // the outlet and its staff arrive

        // 1. Ten rounds of offline work on A: new tickets, edits of earlier ones, workflow steps.
        //    Each round syncs through the proxy.
        for (int round = 0; round < kRounds; ++round) {
            const QStringList fresh = createTickets(*a->store, kTicketsPerRound, u"代理第 %1 轮工单 "_s.arg(round) + u"%1"_s,
                                                    f->counterStaff);
            QCOMPARE(fresh.size(), kTicketsPerRound);
            for (int i = 0; i < 4 && !tickets.isEmpty(); ++i) {
                const QString id = tickets.at(int(rng.bounded(qsizetype(tickets.size()))));
                QVERIFY(SyncFixture::editTicket(*a->store, id, u"address"_s, u"合肥市蜀山区 %1-%2 号"_s.arg(round).arg(i),
                                   f->counterStaff));
            }
            for (int i = 0; i < 3 && !reported.isEmpty(); ++i)
                QVERIFY(TicketRepository(*a->store).apply(reported.takeAt(int(rng.bounded(qsizetype(reported.size())))),
                                                          TicketEvent::Send, f->counterStaff));
            tickets += fresh;
            reported += fresh;
            created += pendingOpIds(*a->store);
            if (round == 2 || round == 7)
                proxy.forceOnNextPush(Fault::CutResponse);
            if (round == 4)
                proxy.forceOnNextPush(Fault::Duplicate);
            QVERIFY2(syncThroughProxy(), qPrintable(u"round %1"_s.arg(round)));
        }
        const ProxyStats &stats = proxy.stats();
        QVERIFY2(stats.unsupported.isEmpty(), qPrintable(stats.unsupported));
        qInfo("proxy: %d attempts (%d edits between them); requests pass %d, delay %d, drop %d, cut request %d, cut response %d, duplicate %d;"
              " push answers lost %d (%d applied ops), pushes duplicated %d, pushes cut %d; device got %d duplicate answers",
              attempts, interleaved, stats.requests[0], stats.requests[1], stats.requests[2], stats.requests[3],
              stats.requests[4], stats.requests[5], stats.lostPushAnswers, stats.lostAppliedOps, stats.duplicatedPushes,
              stats.cutPushRequests, a->engine->totals().duplicates);

        // 2. The faults that matter happened (forced once each, random otherwise): answers of
        //    applied pushes were lost and pushes reached the server twice. Every op whose
        //    "applied" was lost is still pending on A, so A heard "duplicate" for each of them.
        QVERIFY(stats.lostAppliedOps > 0);
        QVERIFY(stats.duplicatedPushes > 0);
        QVERIFY2(a->engine->totals().duplicates >= stats.lostAppliedOps,
                 qPrintable(u"%1 duplicate answers for %2 lost ones"_s.arg(a->engine->totals().duplicates)
                                    .arg(stats.lostAppliedOps)));

        // 3. Nothing refused (a workflow step applied twice would be an illegal transition the
        //    second time), no conflict with itself, each op applied exactly once.
        QCOMPARE(failed(*a->store), 0);
        QCOMPARE(deviceColumn(*a->store, u"SELECT count(*) FROM conflicts"_s), QStringList{u"0"_s});
        verifyExactlyOnce(f->databasePath(), a->store->identity().deviceId, created, tickets);
        {
            ServerView view(f->databasePath());
            QCOMPARE(view.count(u"SELECT count(*) FROM applied_ops WHERE kind = 'ticket.send'"_s),
                     kRounds * kTicketsPerRound - int(reported.size()));
        }
        compareWithServer(*f, *a->store, tickets);

        // 4. B syncs directly with the server and has exactly A's ticket rows.
        auto b = f->enroll(u"b"_s, u"counter"_s);
        QVERIFY(b);
        QVERIFY(b->engine->runUntilIdle(60000));
        QCOMPARE(ticketRows(*b->store).size(), tickets.size());
        QCOMPARE(ticketRows(*b->store), ticketRows(*a->store));
        QCOMPARE(deviceColumn(*b->store, u"SELECT count(*) FROM ticket_events"_s),
                 deviceColumn(*a->store, u"SELECT count(*) FROM ticket_events"_s));
        QCOMPARE(f->stop(), 0);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestSyncFaults t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_syncfaults.moc"
