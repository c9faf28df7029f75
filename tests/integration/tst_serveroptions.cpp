// --listen and --db parsing of fielddesk-server.

#include "serveroptions.h"

#include <QDir>
#include <QTest>

using namespace fd;

class TestServerOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listen_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("ipv4") << "127.0.0.1:8080" << true << "127.0.0.1" << 8080;
        QTest::newRow("any") << "0.0.0.0:80" << true << "0.0.0.0" << 80;
        QTest::newRow("port 0") << "127.0.0.1:0" << true << "127.0.0.1" << 0;
        QTest::newRow("port max") << "127.0.0.1:65535" << true << "127.0.0.1" << 65535;
        QTest::newRow("ipv6") << "[::1]:9000" << true << "::1" << 9000;
        QTest::newRow("localhost") << "localhost:7000" << true << "127.0.0.1" << 7000;
        QTest::newRow("no port") << "127.0.0.1" << false << "" << 0;
        QTest::newRow("empty port") << "127.0.0.1:" << false << "" << 0;
        QTest::newRow("port too big") << "127.0.0.1:65536" << false << "" << 0;
        QTest::newRow("port huge") << "127.0.0.1:99999999999999999999" << false << "" << 0;
        QTest::newRow("negative port") << "127.0.0.1:-1" << false << "" << 0;
        QTest::newRow("plus port") << "127.0.0.1:+80" << false << "" << 0;
        QTest::newRow("port with space") << "127.0.0.1: 80" << false << "" << 0;
        QTest::newRow("port letters") << "127.0.0.1:http" << false << "" << 0;
        QTest::newRow("fullwidth digits") << QString::fromUtf8("127.0.0.1:８０") << false << "" << 0;
        QTest::newRow("no host") << ":8080" << false << "" << 0;
        QTest::newRow("hostname") << "example.com:80" << false << "" << 0;
        QTest::newRow("bad ipv4") << "999.1.1.1:80" << false << "" << 0;
        QTest::newRow("bare ipv6") << "::1:80" << false << "" << 0;
        QTest::newRow("unclosed bracket") << "[::1:80" << false << "" << 0;
        QTest::newRow("bracket no port") << "[::1]" << false << "" << 0;
        QTest::newRow("empty") << "" << false << "" << 0;
    }
    void listen()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QFETCH(QString, host);
        QFETCH(int, port);
        ServerOptions options;
        auto r = options.parseListen(value);
        QCOMPARE(bool(r), valid);
        if (valid) {
            QCOMPARE(options.host(), QHostAddress(host));
            QCOMPARE(int(options.port()), port);
        } else {
            QCOMPARE(r.error().code, QStringLiteral("invalid_listen"));
            QVERIFY(r.error().message.contains(QLatin1String("--listen")));
        }
    }

    void urlBracketsIpv6()
    {
        ServerOptions options;
        QVERIFY(options.parseListen(QStringLiteral("[::1]:0")));
        QCOMPARE(options.urlFor(1234), QStringLiteral("http://[::1]:1234"));
        QVERIFY(options.parseListen(QStringLiteral("127.0.0.1:0")));
        QCOMPARE(options.urlFor(80), QStringLiteral("http://127.0.0.1:80"));
    }

    void database_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("errorCode"); // empty: valid
        QTest::newRow("absolute") << "sqlite:/tmp/x.sqlite" << "";
        QTest::newRow("relative") << "sqlite:data/x.sqlite" << "";
        QTest::newRow("postgresql") << "postgresql://user:secret@db/fielddesk" << "db_unsupported";
        QTest::newRow("postgres") << "postgres://db/fielddesk" << "db_unsupported";
        QTest::newRow("no scheme") << "/tmp/x.sqlite" << "invalid_db";
        QTest::newRow("mysql") << "mysql://db" << "invalid_db";
        QTest::newRow("empty path") << "sqlite:" << "invalid_db";
        QTest::newRow("memory") << "sqlite::memory:" << "invalid_db";
        QTest::newRow("directory") << "sqlite:/tmp" << "invalid_db";
    }
    void database()
    {
        QFETCH(QString, value);
        QFETCH(QString, errorCode);
        ServerOptions options;
        auto r = options.parseDatabaseUrl(value);
        if (errorCode.isEmpty()) {
            QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
            QVERIFY(QDir::isAbsolutePath(options.databasePath()));
            QVERIFY(options.databasePath().endsWith(QLatin1String("x.sqlite")));
            QCOMPARE(options.databaseDisplayName(), QLatin1String("sqlite:") + options.databasePath());
        } else {
            QVERIFY(!r);
            QCOMPARE(r.error().code, errorCode);
            QVERIFY(r.error().message.contains(QLatin1String("--db")));
        }
    }

    void postgresqlMessageHidesCredentials()
    {
        ServerOptions options;
        auto r = options.parseDatabaseUrl(QStringLiteral("postgresql://admin:hunter2@db.local/fd"));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QLatin1String("PostgreSQL")));
        QVERIFY(!r.error().message.contains(QLatin1String("hunter2")));
    }

    void fromArguments()
    {
        auto ok = ServerOptions::fromArguments(QStringLiteral("127.0.0.1:0"), QStringLiteral("sqlite:/tmp/a.sqlite"));
        QVERIFY(ok);
        QCOMPARE(ok->databasePath(), QStringLiteral("/tmp/a.sqlite"));
        QCOMPARE(ServerOptions::fromArguments(QStringLiteral("bad"), QStringLiteral("sqlite:/tmp/a")).error().code,
                 QStringLiteral("invalid_listen"));
        QCOMPARE(ServerOptions::fromArguments(QStringLiteral("127.0.0.1:1"), QStringLiteral("bad")).error().code,
                 QStringLiteral("invalid_db"));
    }
};

QTEST_GUILESS_MAIN(TestServerOptions)
#include "tst_serveroptions.moc"
