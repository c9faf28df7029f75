// Loss reports (挂失) and the status list (状态名单) end to end on the real fielddesk-server: a
// report taken offline at a counter syncs first, the server checks the holder and lists the
// card, and every device — kiosks too — gets the new list version; loads on the card are
// refused; repeated reports and repeated pushes list it once; refusals change nothing; the
// distribution monitor says which version each device holds; and kill -9 of the server while
// reports arrive loses none and lists none twice. Each test ends by comparing the devices'
// lists with the server's.

#include "cardnumber.h"
#include "customerrepository.h"
#include "etcclient.h"
#include "outbox.h"
#include "residentid.h"
#include "statuslistrepository.h"
#include "syncfixture.h"

#include <QDate>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

/** A 20-digit card number of the test's issuer range. */
QString cardNumber(int serial)
{
    return u"3401222612%1"_s.arg(serial, 10, 10, QLatin1Char('0'));
}

/** A valid resident ID born on 1980-01-01 with serial @p serial (3 digits). */
QString residentId(int serial)
{
    const QString first17 = u"34010219800101%1"_s.arg(serial, 3, 10, QLatin1Char('0'));
    return first17 + ResidentId::checkChar(first17);
}

/** The value of the first "key: value" line of @p text. */
QString field(const QString &text, const QString &key)
{
    const auto m = QRegularExpression(u"^"_s + QRegularExpression::escape(key) + u": (.*)$"_s, QRegularExpression::MultilineOption)
                           .match(text);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

/** Read-only queries on the server's file while it runs (WAL lets them through). */
class ServerFile
{
public:
    explicit ServerFile(const QString &path) : m_name(u"statuslist-"_s + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            qWarning() << "cannot open" << path << db.lastError().text();
    }
    ~ServerFile()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec() || !q.next()) {
            if (q.lastError().isValid())
                qWarning() << sql << q.lastError().text();
            return {};
        }
        return q.value(0);
    }
    QString cardStatus(const QString &cardNo) const
    {
        return scalar(u"SELECT status FROM etc_cards WHERE card_no = ?"_s, {cardNo}).toString();
    }
    qint64 version() const { return scalar(u"SELECT value FROM counters WHERE name = 'status_list'"_s).toLongLong(); }
    qint64 listed() const { return scalar(u"SELECT COUNT(*) FROM etc_status_list"_s).toLongLong(); }
    /** Status-list entries in the change feed (what devices pull). */
    qint64 feedEntries(const QString &cardNo = {}) const
    {
        if (cardNo.isEmpty())
            return scalar(u"SELECT COUNT(*) FROM entities WHERE entity = 'status_list_entry'"_s).toLongLong();
        return scalar(u"SELECT COUNT(*) FROM entities WHERE entity = 'status_list_entry' AND data LIKE ?"_s,
                      {u"%\"media_no\":\""_s + cardNo + u"\"%"_s})
                .toLongLong();
    }

private:
    QString m_name;
};

} // namespace

class TestLossReports : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SyncFixture> m_server;
    std::unique_ptr<TestDevice> m_counter;
    std::unique_ptr<TestDevice> m_kiosk;
    QString m_customerId; // holder of every card here, with residentId(1) on file
    QString m_account;
    int m_nextCard = 1;

    QString cli(const QStringList &args) { return m_server->cli(args); }

    /** Issues a new card on the test account; its number. */
    QString issueCard()
    {
        const QString no = cardNumber(m_nextCard++);
        const QString out = cli({u"server"_s, u"etc"_s, u"card"_s, u"issue"_s, u"--db"_s, m_server->databasePath(), u"--account"_s,
                                 m_account, u"--card-no"_s, no, u"--chip"_s, m_dir->filePath(no + u".chip"_s)});
        if (out.isEmpty())
            return {};
        return no;
    }

    static Result<LossReport> report(TestDevice &device, const QString &cardNo, const QString &staffId,
                                     const QString &holderId = {}, const QString &channel = u"counter"_s)
    {
        NewLossReport in;
        in.cardNo = cardNo;
        in.holderIdNumber = holderId;
        in.holderName = u"张三"_s;
        in.channel = channel;
        return StatusListRepository(*device.store).report(in, staffId);
    }

    static LossReport::State stateOf(TestDevice &device, const QString &reportId)
    {
        auto r = StatusListRepository(*device.store).get(reportId);
        if (!r) {
            qWarning() << r.error().toString();
            return LossReport::State::Pending;
        }
        return r->state;
    }

    static std::optional<StatusListHit> lookup(TestDevice &device, const QString &cardNo)
    {
        auto hit = StatusListRepository(*device.store).lookup(cardNo);
        return hit ? hit.value() : std::nullopt;
    }

    static StatusListInfo info(TestDevice &device)
    {
        auto i = StatusListRepository(*device.store).info();
        return i ? i.value() : StatusListInfo{-1, -1, -1};
    }

    /** Empty when @p device's list has exactly the server's cards at the server's version. */
    QString listDifference(TestDevice &device)
    {
        ServerFile file(m_server->databasePath());
        const StatusListInfo mine = info(device);
        if (mine.version != file.version())
            return u"version: device %1, server %2"_s.arg(mine.version).arg(file.version());
        if (mine.listed != file.listed())
            return u"listed: device %1, server %2"_s.arg(mine.listed).arg(file.listed());
        for (int i = 1; i < m_nextCard; ++i) {
            const QString no = cardNumber(i);
            const bool onServer = file.scalar(u"SELECT COUNT(*) FROM etc_status_list WHERE media_no = ?"_s, {no}).toInt() == 1;
            if (lookup(device, no).has_value() != onServer)
                return u"%1: device %2, server %3"_s.arg(no, lookup(device, no) ? u"listed"_s : u"not listed"_s,
                                                         onServer ? u"listed"_s : u"not listed"_s);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<SyncFixture>(m_dir->path());
        QVERIFY(m_server->setUp());
        m_counter = m_server->enroll(u"counter"_s, u"counter"_s);
        m_kiosk = m_server->enroll(u"kiosk"_s, u"kiosk"_s);
        QVERIFY(m_counter && m_kiosk);
        QVERIFY(SyncFixture::sync(*m_counter));
        QVERIFY(SyncFixture::sync(*m_kiosk));

        // The holder, registered at the counter with their resident ID, and their account.
        CustomerInput holder;
        holder.name = u"张三"_s;
        holder.idNumber = residentId(1);
        holder.phone = u"13905510001"_s;
        auto customer = CustomerRepository(*m_counter->store).create(holder, m_server->counterStaff);
        QVERIFY2(customer, customer ? "" : qPrintable(customer.error().toString()));
        m_customerId = customer->id;
        QVERIFY(SyncFixture::sync(*m_counter));
        const QString out = cli({u"server"_s, u"etc"_s, u"account"_s, u"add"_s, u"--db"_s, m_server->databasePath(),
                                 u"--outlet-code"_s, u"0101"_s, u"--customer"_s, m_customerId});
        m_account = field(out, u"id"_s);
        QVERIFY2(!m_account.isEmpty(), qPrintable(out));
    }

    void cleanup()
    {
        // After every scenario the books of the list hold (server etc check proves them).
        const QString out = cli({u"server"_s, u"etc"_s, u"check"_s, u"--db"_s, m_server->databasePath()});
        QCOMPARE(field(out, u"status_list"_s), u"ok"_s);
    }

    void cleanupTestCase()
    {
        m_counter.reset();
        m_kiosk.reset();
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }

    // 1. Taken offline at the counter → urgent op → synced → server lists → every device lists.
    void reportTakenOfflineReachesEveryDevice()
    {
        const QString card = issueCard();
        QVERIFY(!card.isEmpty());
        const qint64 versionBefore = ServerFile(m_server->databasePath()).version();

        // Something else is waiting to go first in the queue: the report must still go first.
        CustomerInput other;
        other.name = u"李四"_s;
        other.idNumber = residentId(9);
        other.phone = u"13905510002"_s;
        auto queued = CustomerRepository(*m_counter->store).create(other, m_server->counterStaff);
        QVERIFY2(queued, queued ? "" : qPrintable(queued.error().toString()));
        auto r = report(*m_counter, card, m_server->counterStaff, residentId(1));
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->state, LossReport::State::Pending);
        auto due = m_counter->store->outbox().pending(10, m_counter->clock.nowMs());
        QVERIFY(due);
        QVERIFY(!due->isEmpty());
        QCOMPARE(due->first().kind, u"etc.report_loss"_s);
        QCOMPARE(due->first().priority, int(Outbox::Urgent));
        QVERIFY(!lookup(*m_counter, card));

        QVERIFY(SyncFixture::sync(*m_counter));
        ServerFile file(m_server->databasePath());
        QCOMPARE(file.cardStatus(card), u"lost"_s);
        QCOMPARE(file.version(), versionBefore + 1);
        QCOMPARE(file.feedEntries(card), 1);
        const QJsonObject row = m_server->serverRow(u"loss_report"_s, r->id);
        QCOMPARE(row.value(u"state"_s).toString(), u"frozen"_s);
        QCOMPARE(row.value(u"identity"_s).toString(), u"verified"_s);
        QCOMPARE(row.value(u"list_version"_s).toInteger(), versionBefore + 1);

        // The counter has the server's answer, the kiosk the list.
        QCOMPARE(stateOf(*m_counter, r->id), LossReport::State::Frozen);
        QCOMPARE(StatusListRepository(*m_counter->store).get(r->id)->listVersion, versionBefore + 1);
        QVERIFY(SyncFixture::sync(*m_kiosk));
        const auto hit = lookup(*m_kiosk, card);
        QVERIFY(hit);
        QCOMPARE(hit->reason, u"lost"_s);
        QCOMPARE(hit->version, versionBefore + 1);
        QVERIFY(info(*m_kiosk).currentAt > 0);
        QCOMPARE(listDifference(*m_kiosk), QString());
        QCOMPARE(listDifference(*m_counter), QString());

        // A lost card takes no money.
        EtcClient etc(m_server->network(), m_counter->engine->server(), m_counter->engine->token(), m_server->counterStaff);
        auto load = etc.authorise(QUuid::createUuid().toString(QUuid::WithoutBraces), card, 10000, 0, u"cash"_s);
        QVERIFY(!load);
        QCOMPARE(load.error().code, u"card_not_loadable"_s);
    }

    // 2. The customer reports at the kiosk too, and a second clerk: listed once, both answered.
    void repeatedReportsListOnce()
    {
        const QString card = issueCard();
        auto first = report(*m_counter, card, m_server->counterStaff);
        QVERIFY(first);
        QVERIFY(SyncFixture::sync(*m_counter));
        const qint64 version = ServerFile(m_server->databasePath()).version();
        auto second = report(*m_kiosk, card, QString(), residentId(1), u"kiosk"_s);
        QVERIFY2(second, second ? "" : qPrintable(second.error().toString()));
        QVERIFY(SyncFixture::sync(*m_kiosk));
        ServerFile file(m_server->databasePath());
        QCOMPARE(file.version(), version);
        QCOMPARE(file.feedEntries(card), 1);
        QCOMPARE(m_server->serverRow(u"loss_report"_s, first->id).value(u"identity"_s).toString(), u"staff_checked"_s);
        const QJsonObject again = m_server->serverRow(u"loss_report"_s, second->id);
        QCOMPARE(again.value(u"state"_s).toString(), u"already_listed"_s);
        QCOMPARE(again.value(u"identity"_s).toString(), u"verified"_s);
        // The kiosk pulls no outlet records; its own list tells it the card is frozen.
        QCOMPARE(stateOf(*m_kiosk, second->id), LossReport::State::Frozen);
        QCOMPARE(listDifference(*m_kiosk), QString());
    }

    // 3. The same push twice (the answer was lost): applied once.
    void repeatedPushListsOnce()
    {
        const QString card = issueCard();
        auto r = report(*m_counter, card, m_server->counterStaff);
        QVERIFY(r);
        auto due = m_counter->store->outbox().pending(10, m_counter->clock.nowMs());
        QVERIFY(due && !due->isEmpty());
        const OutboxOp op = due->first();
        QCOMPARE(op.kind, u"etc.report_loss"_s);
        QVERIFY(SyncFixture::sync(*m_counter));
        const qint64 version = ServerFile(m_server->databasePath()).version();
        // As if the device never heard the answer: the op is queued again and goes once more.
        QVERIFY(m_counter->store->outbox().append(op));
        SyncReport again;
        QVERIFY(SyncFixture::sync(*m_counter, &again));
        QCOMPARE(again.duplicates, 1);
        ServerFile file(m_server->databasePath());
        QCOMPARE(file.version(), version);
        QCOMPARE(file.feedEntries(card), 1);
        QCOMPARE(stateOf(*m_counter, r->id), LossReport::State::Frozen);
    }

    // 4. Refusals: nothing is listed, and the device says why.
    void refusedReportsChangeNothing_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("issued");
        QTest::addColumn<QString>("holderId");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown card") << u"counter"_s << false << QString() << u"card_not_found"_s;
        QTest::newRow("kiosk, someone else's ID") << u"kiosk"_s << true << residentId(2) << u"identity_mismatch"_s;
        QTest::newRow("counter, someone else's ID") << u"counter"_s << true << residentId(3) << u"identity_mismatch"_s;
    }
    void refusedReportsChangeNothing()
    {
        QFETCH(QString, who);
        QFETCH(bool, issued);
        QFETCH(QString, holderId);
        QFETCH(QString, code);
        const QString card = issued ? issueCard() : cardNumber(900000 + m_nextCard);
        TestDevice &device = who == "kiosk"_L1 ? *m_kiosk : *m_counter;
        const QString staff = who == "kiosk"_L1 ? QString() : m_server->counterStaff;
        const qint64 version = ServerFile(m_server->databasePath()).version();
        auto r = report(device, card, staff, holderId, who == "kiosk"_L1 ? u"kiosk"_s : u"counter"_s);
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        SyncReport sync;
        QVERIFY(SyncFixture::sync(device, &sync));
        QVERIFY2(sync.rejected == 1, qPrintable(u"pushed %1 applied %2 dup %3 rejected %4 later %5"_s.arg(sync.pushed).arg(sync.applied).arg(sync.duplicates).arg(sync.rejected).arg(sync.retryLater)));
        auto seen = StatusListRepository(*device.store).get(r->id);
        QVERIFY(seen);
        QCOMPARE(seen->state, LossReport::State::Refused);
        QCOMPARE(seen->errorCode, code);
        QVERIFY(!seen->errorMessage.isEmpty());
        ServerFile file(m_server->databasePath());
        QCOMPARE(file.version(), version);
        QCOMPARE(file.feedEntries(card), 0);
        if (issued)
            QCOMPARE(file.cardStatus(card), u"normal"_s);
        QVERIFY(m_server->serverRow(u"loss_report"_s, r->id).isEmpty());
    }

    // 5. A kiosk report must carry the holder's ID; the device refuses it before anything is stored.
    void kioskReportNeedsTheHolderId()
    {
        auto r = report(*m_kiosk, cardNumber(1), QString(), QString(), u"kiosk"_s);
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"holder_id_required"_s);
        auto bad = report(*m_counter, u"1234"_s, m_server->counterStaff);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, u"invalid_card_no"_s);
    }

    // 6. 解挂: the card found again leaves every list, once, and takes money again.
    void cancelledLossLeavesEveryList()
    {
        const QString card = issueCard();
        QVERIFY(report(*m_counter, card, m_server->counterStaff));
        QVERIFY(SyncFixture::sync(*m_counter));
        QVERIFY(SyncFixture::sync(*m_kiosk));
        QVERIFY(lookup(*m_kiosk, card));
        const qint64 version = ServerFile(m_server->databasePath()).version();
        EtcClient etc(m_server->network(), m_counter->engine->server(), m_counter->engine->token(), m_server->counterStaff);

        // Refused: someone else's ID, no ID, a card that is not lost, a kiosk (no clerk).
        auto wrongId = etc.cancelLoss(QUuid::createUuid().toString(QUuid::WithoutBraces), card, residentId(4));
        QVERIFY(!wrongId);
        QCOMPARE(wrongId.error().code, u"identity_mismatch"_s);
        auto noId = etc.cancelLoss(QUuid::createUuid().toString(QUuid::WithoutBraces), card, QString());
        QVERIFY(!noId);
        QCOMPARE(noId.error().code, u"holder_id_required"_s);
        const QString normal = issueCard();
        auto notLost = etc.cancelLoss(QUuid::createUuid().toString(QUuid::WithoutBraces), normal, residentId(1));
        QVERIFY(!notLost);
        QCOMPARE(notLost.error().code, u"illegal_transition"_s);
        EtcClient kiosk(m_server->network(), m_kiosk->engine->server(), m_kiosk->engine->token(), QString());
        auto fromKiosk = kiosk.cancelLoss(QUuid::createUuid().toString(QUuid::WithoutBraces), card, residentId(1));
        QVERIFY(!fromKiosk);
        QCOMPARE(fromKiosk.error().code, u"forbidden"_s);
        QCOMPARE(ServerFile(m_server->databasePath()).version(), version);
        QCOMPARE(ServerFile(m_server->databasePath()).cardStatus(card), u"lost"_s);

        const QString request = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto done = etc.cancelLoss(request, card, residentId(1));
        QVERIFY2(done, done ? "" : qPrintable(done.error().toString()));
        QCOMPARE(done.value(), version + 1);
        // Its answer lost: the same request answers the same, nothing changes twice.
        auto again = etc.cancelLoss(request, card, residentId(1));
        QVERIFY(again);
        QCOMPARE(again.value(), version + 1);
        ServerFile file(m_server->databasePath());
        QCOMPARE(file.version(), version + 1);
        QCOMPARE(file.cardStatus(card), u"normal"_s);
        QCOMPARE(file.feedEntries(card), 2); // added, removed

        QVERIFY(SyncFixture::sync(*m_kiosk));
        QVERIFY(!lookup(*m_kiosk, card));
        QCOMPARE(listDifference(*m_kiosk), QString());
        auto load = etc.authorise(QUuid::createUuid().toString(QUuid::WithoutBraces), card, 100, 0, u"cash"_s);
        QVERIFY2(load, load ? "" : qPrintable(load.error().toString()));
        // A card can be reported lost again after it was found.
        QVERIFY(report(*m_counter, card, m_server->counterStaff));
        QVERIFY(SyncFixture::sync(*m_counter));
        QCOMPARE(ServerFile(m_server->databasePath()).cardStatus(card), u"lost"_s);
        QCOMPARE(ServerFile(m_server->databasePath()).version(), version + 2);
    }

    // 7. The monitor: which list version each device holds.
    void monitorShowsWhatEachDeviceHolds()
    {
        auto late = m_server->enroll(u"late-kiosk"_s, u"kiosk"_s);
        QVERIFY(late);
        QVERIFY(SyncFixture::sync(*late));
        QVERIFY(SyncFixture::sync(*m_kiosk));
        const qint64 version = ServerFile(m_server->databasePath()).version();
        QVERIFY(version > 0);
        // A new version: the kiosk pulls it and pulls again (confirming it); the late kiosk
        // pulls it once, which confirms only what it had before.
        const QString card = issueCard();
        QVERIFY(report(*m_counter, card, m_server->counterStaff));
        QVERIFY(SyncFixture::sync(*m_counter));
        QVERIFY(SyncFixture::sync(*m_kiosk));
        QVERIFY(SyncFixture::sync(*m_kiosk));
        QVERIFY(SyncFixture::sync(*late));
        QTest::qWait(1500); // the server writes reads once a second
        const QString out = cli({u"server"_s, u"etc"_s, u"list"_s, u"monitor"_s, u"--db"_s, m_server->databasePath()});
        QCOMPARE(field(out, u"version"_s).toLongLong(), version + 1);
        const auto line = [&](const QString &deviceCode) {
            const auto m = QRegularExpression(u"^0101-"_s + deviceCode + u" kiosk holds=(\\d+) sent=(\\d+) behind=(\\d+)"_s,
                                              QRegularExpression::MultilineOption)
                                   .match(out);
            return m.hasMatch() ? QList<qint64>{m.captured(1).toLongLong(), m.captured(2).toLongLong(), m.captured(3).toLongLong()}
                                : QList<qint64>{};
        };
        QCOMPARE(line(m_kiosk->store->identity().deviceCode), (QList<qint64>{version + 1, version + 1, 0}));
        QCOMPARE(line(late->store->identity().deviceCode), (QList<qint64>{version, version + 1, 1}));
    }

    // 8. kill -9 of the server while reports arrive: every card listed exactly once.
    void serverKilledWhileReportsArrive()
    {
        QStringList cards;
        for (int i = 0; i < 12; ++i) {
            cards << issueCard();
            QVERIFY(!cards.last().isEmpty());
        }
        const qint64 version = ServerFile(m_server->databasePath()).version();
        for (int round = 0; round < 4; ++round) {
            for (int i = round * 3; i < round * 3 + 3; ++i)
                QVERIFY(report(*m_counter, cards.at(i), m_server->counterStaff));
            m_counter->engine->syncNow();
            // Kill at a different point each round: before, during or just after the push.
            QTest::qWait(round * 7);
            m_server->kill();
            QVERIFY(m_server->start(m_server->port()));
        }
        // The cycle cut by the last kill may still end in failure; the next ones must get through.
        bool synced = false;
        for (int attempt = 0; attempt < 5 && !synced; ++attempt)
            synced = SyncFixture::sync(*m_counter);
        QVERIFY(synced);
        QVERIFY(SyncFixture::sync(*m_counter));
        QVERIFY(SyncFixture::sync(*m_kiosk));
        ServerFile file(m_server->databasePath());
        QCOMPARE(file.version(), version + cards.size());
        for (const QString &card : std::as_const(cards)) {
            QCOMPARE(file.feedEntries(card), 1);
            QCOMPARE(file.cardStatus(card), u"lost"_s);
        }
        QCOMPARE(listDifference(*m_kiosk), QString());
        QCOMPARE(listDifference(*m_counter), QString());
        auto reports = StatusListRepository(*m_counter->store).recent(cards.size());
        QVERIFY(reports);
        for (const LossReport &r : reports.value())
            QCOMPARE(LossReport::toString(r.state), u"frozen"_s);
    }

    // 9. The list's check catches each kind of damage (and the scenarios above passed it).
    void damagedListIsCaught_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("repair");
        QTest::addColumn<QString>("says");
        const QString card = cardNumber(1); // lost since the first scenario
        QTest::newRow("card status") << u"UPDATE etc_cards SET status = 'normal' WHERE card_no = '%1'"_s.arg(card)
                                     << u"UPDATE etc_cards SET status = 'lost' WHERE card_no = '%1'"_s.arg(card)
                                     << u"on the list as lost but its status is normal"_s;
        QTest::newRow("membership") << u"UPDATE etc_status_list SET media_no = '%1' WHERE media_no = '%2'"_s.arg(cardNumber(999), card)
                                    << u"UPDATE etc_status_list SET media_no = '%1' WHERE media_no = '%2'"_s.arg(card, cardNumber(999))
                                    << u"is not on the list"_s;
        QTest::newRow("counter") << u"UPDATE counters SET value = value + 1 WHERE name = 'status_list'"_s
                                 << u"UPDATE counters SET value = value - 1 WHERE name = 'status_list'"_s << u"versions are not"_s;
    }
    void damagedListIsCaught()
    {
        QFETCH(QString, damage);
        QFETCH(QString, repair);
        QFETCH(QString, says);
        const auto write = [&](const QString &sql) {
            const QString name = u"damage-"_s + QUuid::createUuid().toString(QUuid::Id128);
            bool ok = false;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(m_server->databasePath());
                db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
                QSqlQuery q(db);
                ok = db.open() && q.exec(sql) && q.numRowsAffected() == 1;
                if (!ok)
                    qWarning() << sql << q.lastError().text();
            }
            QSqlDatabase::removeDatabase(name);
            return ok;
        };
        QVERIFY(write(damage));
        QProcess check;
        check.start(QStringLiteral(FIELDDESK_CLI_BINARY),
                    {u"server"_s, u"etc"_s, u"check"_s, u"--db"_s, m_server->databasePath()});
        QVERIFY(check.waitForFinished(60000));
        const QString err = QString::fromUtf8(check.readAllStandardError());
        QVERIFY(write(repair));
        QVERIFY(check.exitCode() != 0);
        QVERIFY2(err.contains(says), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestLossReports)
#include "tst_lossreports.moc"
