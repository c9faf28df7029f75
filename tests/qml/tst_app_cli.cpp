// The fielddesk executable from outside: its command line, its exit codes, and a store it must
// refuse (damaged, or from a newer version) left exactly as it was.
#include "fixture.h"
#include "store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runApp(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(FIELDDESK_APP), args);
    Run r;
    if (!p.waitForFinished(120'000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList listing(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

/**
 * The folder's files apart from SQLite's own -wal/-shm companions: the store's read-only look at
 * a WAL-mode file makes SQLite create them (empty), which leaves the data file itself untouched.
 */
QStringList listingWithoutSqliteCompanions(const QString &dir)
{
    QStringList files = listing(dir);
    files.removeIf([](const QString &f) { return f.endsWith(QLatin1String("-wal")) || f.endsWith(QLatin1String("-shm")); });
    return files;
}
} // namespace

class TestAppCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpDocumentsTheOptions();
    void badArgumentsExitWithTwo_data();
    void badArgumentsExitWithTwo();
    void damagedStoreIsRefusedAndUntouched();
    void newerStoreIsRefusedAndUntouched();
    void startupBenchmarkPrintsOneLine();
};

void TestAppCli::helpDocumentsTheOptions()
{
    const Run r = runApp({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *option : {"--mode", "tablet", "kiosk", "--data", "--lang", "zh_CN", "--self-test", "--screenshot", "--startup-benchmark"})
        QVERIFY2(r.out.contains(QLatin1String(option)), option);
}

void TestAppCli::badArgumentsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("mode") << QStringList{"--mode", "desktop"} << QStringLiteral("Unknown mode");
    QTest::newRow("lang") << QStringList{"--lang", "de"} << QStringLiteral("Unknown language");
    QTest::newRow("option") << QStringList{"--frobnicate"} << QStringLiteral("frobnicate");
}

void TestAppCli::badArgumentsExitWithTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const Run r = runApp(args + QStringList{QStringLiteral("--data"), dir.path()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(listing(dir.path()).isEmpty()); // refused before the store was touched
}

void TestAppCli::damagedStoreIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString db = QDir(dir.path()).filePath(QStringLiteral("fielddesk.db"));
    {
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray junk;
        for (int i = 0; i < 400; ++i)
            junk += "not a database, just a damaged file ";
        f.write(junk);
    }
    const QByteArray before = sha256(db);
    const QStringList filesBefore = listing(dir.path());
    const Run r = runApp({QStringLiteral("--self-test"), QStringLiteral("--data"), dir.path(), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("damaged")) || r.err.contains(QLatin1String("not a FieldDesk store")), qPrintable(r.err));
    QVERIFY2(r.err.contains(db), qPrintable(r.err));
    QCOMPARE(sha256(db), before);
    QCOMPARE(listing(dir.path()), filesBefore);

    // The message is translated too: Chinese is the default language.
    const Run zh = runApp({QStringLiteral("--data"), dir.path()});
    QCOMPARE(zh.exitCode, 2);
    QVERIFY2(zh.err.contains(QStringLiteral("数据文件")), qPrintable(zh.err));
    QCOMPARE(sha256(db), before);
    QCOMPARE(listing(dir.path()), filesBefore);
}

void TestAppCli::newerStoreIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    {
        fd::SystemClock clock;
        auto store = fd::Store::open(dir.path(), clock);
        QVERIFY(store);
    }
    const QString db = QDir(dir.path()).filePath(QStringLiteral("fielddesk.db"));
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        q.finish();
        sql.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const QByteArray before = sha256(db);
    const QStringList filesBefore = listing(dir.path());
    const Run r = runApp({QStringLiteral("--data"), dir.path(), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("newer FieldDesk")), qPrintable(r.err));
    QCOMPARE(sha256(db), before);
    QCOMPARE(listingWithoutSqliteCompanions(dir.path()), filesBefore);
}

void TestAppCli::startupBenchmarkPrintsOneLine()
{
    QTemporaryDir dir;
    {
        fd::ManualClock clock;
        auto store = fd::Store::open(dir.path(), clock);
        QVERIFY(store);
        QVERIFY(Fixture::populate(*store.value(), clock, QDateTime::currentMSecsSinceEpoch()));
    }
    for (const char *mode : {"tablet", "counter", "kiosk"}) {
        const Run r = runApp({QStringLiteral("--startup-benchmark"), QStringLiteral("--data"), dir.path(), QStringLiteral("--mode"),
                              QString::fromLatin1(mode)});
        QCOMPARE(r.exitCode, 0);
        static const QRegularExpression line(QStringLiteral("^first-frame-ms (\\d+) rss-kb (\\d+)\\n$"));
        const QRegularExpressionMatch m = line.match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.out + r.err));
        QVERIFY(m.captured(2).toLongLong() > 0);
    }
}

QTEST_GUILESS_MAIN(TestAppCli)
#include "tst_app_cli.moc"
