#include "syncfixture.h"

#include "entitycatalog.h"
#include "serverstorage.h"
#include "syncstore.h"
#include "ticketrepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlQuery>

#include <signal.h>
#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace {
constexpr int kStartTimeoutMs = 30000; // generous: sanitizer builds start slowly
}

SyncFixture::SyncFixture(QString dir) : m_dir(std::move(dir)), m_db(QDir(m_dir).filePath(u"server.sqlite"_s))
{
    m_server.setProcessChannelMode(QProcess::SeparateChannels);
}

SyncFixture::~SyncFixture()
{
    if (m_server.state() != QProcess::NotRunning)
        kill();
}

QString SyncFixture::path(const QString &name) const
{
    return QDir(m_dir).filePath(name);
}

QString SyncFixture::cli(const QStringList &args) const
{
    QProcess p;
    p.start(QStringLiteral(FIELDDESK_CLI_BINARY), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning().noquote() << "fielddesk-cli" << args.join(u' ') << "failed:" << p.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString SyncFixture::addStaff(const QString &no, const QString &name, const QString &roles, const QString &pin) const
{
    const QString out = cli({u"server"_s, u"staff"_s, u"add"_s, u"--db"_s, m_db, u"--outlet-code"_s, u"0101"_s, u"--no"_s, no,
                             u"--name"_s, name, u"--roles"_s, roles, u"--pin"_s, pin});
    const auto m = QRegularExpression(u"^id: (\\S+)$"_s, QRegularExpression::MultilineOption).match(out);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool SyncFixture::setUp()
{
    if (cli({u"server"_s, u"outlet"_s, u"add"_s, u"--db"_s, m_db, u"--code"_s, u"0101"_s, u"--name"_s, u"合肥营业厅"_s}).isEmpty())
        return false;
    counterStaff = addStaff(u"1001"_s, u"王建军"_s, u"counter,supervisor"_s, u"4821"_s);
    crewStaff = addStaff(u"2001"_s, u"李师傅"_s, u"crew"_s, u"1234"_s);
    plainStaff = addStaff(u"3001"_s, u"赵会计"_s, u"finance"_s, u"5555"_s);
    if (counterStaff.isEmpty() || crewStaff.isEmpty() || plainStaff.isEmpty())
        return false;
    return start();
}

bool SyncFixture::start(quint16 port)
{
    m_server.start(QStringLiteral(FIELDDESK_SERVER_BINARY),
                   {u"--listen"_s, u"127.0.0.1:"_s + QString::number(port), u"--db"_s, u"sqlite:"_s + m_db});
    if (!m_server.waitForStarted())
        return false;
    QElapsedTimer t;
    t.start();
    QByteArray out;
    while (!out.contains('\n') && t.elapsed() < kStartTimeoutMs) {
        m_server.waitForReadyRead(1000);
        out += m_server.readAllStandardOutput();
    }
    const auto m = QRegularExpression(u"listening on (http://127\\.0\\.0\\.1:\\d+)"_s).match(QString::fromUtf8(out));
    if (!m.hasMatch()) {
        qWarning().noquote() << "fielddesk-server did not start:" << out << m_server.readAllStandardError();
        return false;
    }
    m_url = m.captured(1);
    return true;
}

int SyncFixture::stop()
{
    m_server.terminate();
    if (!m_server.waitForFinished(30000))
        return -1;
    return m_server.exitStatus() == QProcess::NormalExit ? m_server.exitCode() : -1;
}

void SyncFixture::kill()
{
    m_server.kill();
    m_server.waitForFinished(30000);
}

void SyncFixture::suspend()
{
    ::kill(pid_t(m_server.processId()), SIGSTOP);
}

void SyncFixture::resume()
{
    ::kill(pid_t(m_server.processId()), SIGCONT);
}

std::unique_ptr<TestDevice> SyncFixture::enroll(const QString &folder, const QString &mode)
{
    const QString code = cli({u"server"_s, u"enroll"_s, u"--db"_s, m_db, u"--outlet-code"_s, u"0101"_s, u"--mode"_s, mode}).trimmed();
    if (code.isEmpty())
        return {};
    auto d = std::make_unique<TestDevice>();
    auto s = fd::Store::open(path(folder), d->clock);
    if (!s) {
        qWarning().noquote() << s.error().toString();
        return {};
    }
    d->store = std::move(s).value();
    auto r = fd::SyncEngine::enroll(*d->store, m_nam, QUrl(m_url), code, folder);
    if (!r) {
        qWarning().noquote() << "enroll:" << r.error().toString();
        return {};
    }
    d->engine = std::make_unique<fd::SyncEngine>(*d->store, m_nam);
    return d;
}

bool SyncFixture::sync(TestDevice &d, fd::SyncReport *report)
{
    auto r = d.engine->runUntilIdle(120000);
    if (!r) {
        qWarning().noquote() << "sync failed:" << r.error().toString();
        return false;
    }
    if (report)
        *report = r.value();
    return true;
}

bool SyncFixture::editTicket(fd::Store &store, const QString &ticketId, const QString &field, const QString &value,
                             const QString &staffId)
{
    fd::TicketEdit edit;
    if (field == "address"_L1)
        edit.address = value;
    else if (field == "contact_name"_L1)
        edit.contactName = value;
    else if (field == "contact_phone"_L1)
        edit.contactPhone = value;
    else
        return false;
    auto r = fd::TicketRepository(store).update(ticketId, edit, staffId);
    if (!r)
        qWarning().noquote() << "ticket update:" << r.error().toString();
    return r.ok();
}

QJsonObject SyncFixture::serverRow(const QString &entity, const QString &id) const
{
    // Our own connection to the server's file: WAL, so it sees what the server committed.
    fd::SystemClock clock;
    fd::ServerStorage storage(clock);
    if (!storage.open(m_db))
        return {};
    fd::SyncStore sync(storage, clock);
    auto row = sync.entity(entity, id);
    sync.releaseStatements();
    return row ? row.value() : QJsonObject();
}

QString SyncFixture::differenceWithServer(TestDevice &device, const QString &entity, const QStringList &ids) const
{
    const fd::EntityDef *def = fd::EntityCatalog::byName(entity);
    if (!def)
        return QStringLiteral("no entity called %1").arg(entity);
    for (const QString &id : ids) {
        const QJsonObject server = serverRow(entity, id);
        if (server.isEmpty())
            return QStringLiteral("%1 %2 missing on the server").arg(entity, id);
        QSqlQuery q(device.store->db().sql());
        q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(def->table));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return QStringLiteral("%1 %2 missing on the device").arg(entity, id);
        for (auto it = server.begin(); it != server.end(); ++it) {
            const QVariant local = q.value(it.key());
            const QString a = local.isNull() ? QStringLiteral("<null>") : local.toString();
            const QString b = it.value().isNull() ? QStringLiteral("<null>")
                              : it.value().isString() ? it.value().toString()
                                                      : QString::number(it.value().toInteger());
            if (a != b)
                return QStringLiteral("%1.%2 of %3: device %4, server %5").arg(entity, it.key(), id, a, b);
        }
    }
    return {};
}
