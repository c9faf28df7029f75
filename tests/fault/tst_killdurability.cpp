#include "../unit/store/storefixture.h"
#include "ticketrepository.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <cstdio>

using namespace fd;

namespace {
const char *kChildEnv = "FIELDDESK_FAULT_CHILD_DIR";

/** The child: creates tickets as fast as it can and says so after each commit. */
int runChild(const QString &dir)
{
    SystemClock clock;
    auto store = Store::open(dir, clock);
    if (!store) {
        std::fprintf(stderr, "child: %s\n", qPrintable(store.error().toString()));
        return 3;
    }
    TicketRepository tickets(*store.value());
    for (int i = 0;; ++i) {
        NewTicket t;
        t.title = QStringLiteral("车道抬杆失败 %1").arg(i);
        t.description = QStringLiteral("断电测试");
        auto r = tickets.create(t, {});
        if (!r) {
            std::fprintf(stderr, "child: %s\n", qPrintable(r.error().toString()));
            return 4;
        }
        // Printed only after commit() returned: everything printed must be there after a kill.
        std::printf("committed %s\n", qPrintable(r->ticketNo));
        std::fflush(stdout);
    }
}
} // namespace

/**
 * kill -9 of the app at arbitrary instants while it writes tickets: every ticket whose commit had
 * returned is there afterwards, each with both of its outbox ops and its search document; no
 * half-written ticket, no ticket number used twice, and the file passes integrity_check.
 */
class TestKillDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killNineLosesNothingCommitted()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString dir = f.dir.path();
        f.close();

        QSet<QString> committed;
        QRandomGenerator rng(20261122);
        const int rounds = 12;
        for (int round = 0; round < rounds; ++round) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QString::fromLatin1(kChildEnv), dir);
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(child.waitForStarted());
            const int target = 5 + int(rng.bounded(80));
            int seen = 0;
            QByteArray pending;
            while (seen < target) {
                QVERIFY2(child.state() == QProcess::Running || child.bytesAvailable() > 0,
                         child.readAllStandardError().constData());
                child.waitForReadyRead(5000);
                pending += child.readAllStandardOutput();
                qsizetype nl;
                while ((nl = pending.indexOf('\n')) >= 0) {
                    const QByteArray line = pending.left(nl);
                    pending.remove(0, nl + 1);
                    if (line.startsWith("committed ")) {
                        committed.insert(QString::fromUtf8(line.mid(10)));
                        ++seen;
                    }
                }
            }
            child.kill(); // SIGKILL: no destructors, no rollback, mid-transaction most likely
            QVERIFY(child.waitForFinished(5000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        }

        QVERIFY(f.open());
        auto check = f.store->db().run(QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(check && check.value().next());
        QCOMPARE(check.value().value(0).toString(), QStringLiteral("ok"));

        QStringList numbers;
        auto rows = f.store->db().run(QStringLiteral("SELECT ticket_no FROM tickets"));
        QVERIFY(rows);
        while (rows.value().next())
            numbers << rows.value().value(0).toString();
        const QSet<QString> present(numbers.cbegin(), numbers.cend());
        QCOMPARE(present.size(), numbers.size()); // no number used twice
        for (const QString &no : std::as_const(committed))
            QVERIFY2(present.contains(no), qPrintable(no + QStringLiteral(" was committed but is gone")));
        QVERIFY(present.size() >= committed.size());

        const qint64 tickets = f.count(QStringLiteral("tickets"));
        QCOMPARE(f.count(QStringLiteral("outbox"), QStringLiteral("kind = 'ticket.create'")), tickets);
        QCOMPARE(f.count(QStringLiteral("ticket_events")), tickets);
        QCOMPARE(f.count(QStringLiteral("outbox"), QStringLiteral("kind = 'ticket.event'")), tickets);
        QCOMPARE(f.count(QStringLiteral("ticket_search")), tickets);
        QCOMPARE(f.count(QStringLiteral("tickets t"), QStringLiteral("NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity_id = t.id)")), 0);
    }
};

int main(int argc, char **argv)
{
    const QByteArray childDir = qgetenv(kChildEnv);
    if (!childDir.isEmpty()) {
        QCoreApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(childDir));
    }
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestKillDurability t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_killdurability.moc"
