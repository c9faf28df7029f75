// The dispatch board's models, the board itself, the accept watch tick and the tablet's crew
// status, on a fixture store; every model under QAbstractItemModelTester.
#include "acceptalertmodel.h"
#include "crewboardmodel.h"
#include "crewstatus.h"
#include "datasource.h"
#include "dispatchboard.h"
#include "dispatchqueuemodel.h"
#include "dispatchrepository.h"
#include "fixture.h"
#include "rowdiff.h"
#include "session.h"
#include "store.h"
#include "ticketrepository.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Tester = QAbstractItemModelTester;

class TestDispatchBoard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rowDiffFindsRemovedRuns();
    void boardShowsQueueCrewsAndNoAlertsYet();
    void dispatchRemovesTheRowFromTheQueue();
    void onlySupervisorsAndAdminsDispatch();
    void refusalAndWarningReachTheBoard();
    void acceptWatchRaisesEachAlertOnce();
    void crewStatusFromTheTablet();

private:
    QVariant value(const QAbstractItemModel &m, int row, int role) const
    {
        return m.data(m.index(row, 0), role);
    }
    void signIn(const QString &mode, const QString &staffNo, const QString &pin);

    QTemporaryDir *m_dir = nullptr;
    fd::ManualClock m_clock;
    std::unique_ptr<fd::Store> m_store;
    FixtureFacts m_facts;
    DataSource *m_data = nullptr;
    Session *m_session = nullptr;
    const qint64 m_end = QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC).toMSecsSinceEpoch();
};

void TestDispatchBoard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDispatchBoard::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    auto s = fd::Store::open(m_dir->path(), m_clock);
    QVERIFY2(s, s ? "" : qPrintable(s.error().toString()));
    m_store = std::move(s).value();
    auto facts = Fixture::populate(*m_store, m_clock, m_end);
    QVERIFY2(facts, facts ? "" : qPrintable(facts.error().toString()));
    m_facts = facts.value();
    m_data = new DataSource;
    m_data->setStore(m_store.get());
    m_session = new Session;
    m_session->setDataSource(m_data);
}

void TestDispatchBoard::cleanup()
{
    delete m_session;
    m_session = nullptr;
    delete m_data;
    m_data = nullptr;
    m_store.reset();
    delete m_dir;
    m_dir = nullptr;
}

void TestDispatchBoard::signIn(const QString &mode, const QString &staffNo, const QString &pin)
{
    m_session->setMode(mode);
    QVERIFY2(m_session->signIn(staffNo, pin), qPrintable(m_session->errorMessage()));
}

void TestDispatchBoard::rowDiffFindsRemovedRuns()
{
    using Runs = QList<QPair<int, int>>;
    const QStringList abcde = { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
        QStringLiteral("d"), QStringLiteral("e") };
    QCOMPARE(RowDiff::removedRuns(abcde, abcde), Runs());
    QCOMPARE(RowDiff::removedRuns(abcde, { QStringLiteral("a"), QStringLiteral("d") }),
        (Runs { { 4, 4 }, { 1, 2 } }));
    QCOMPARE(RowDiff::removedRuns(abcde, {}), (Runs { { 0, 4 } }));
    QVERIFY(!RowDiff::removedRuns(abcde, { QStringLiteral("b"), QStringLiteral("a") })); // another order
    QVERIFY(!RowDiff::removedRuns(abcde, { QStringLiteral("a"), QStringLiteral("x") })); // a new row
    QVERIFY(!RowDiff::removedRuns({ QStringLiteral("a") }, { QStringLiteral("a"), QStringLiteral("b") }));
}

void TestDispatchBoard::boardShowsQueueCrewsAndNoAlertsYet()
{
    signIn(QStringLiteral("counter"), QStringLiteral("3001"), QStringLiteral("8642"));
    DispatchBoard board;
    Tester queueTester(board.queue(), Tester::FailureReportingMode::QtTest);
    Tester crewTester(board.crews(), Tester::FailureReportingMode::QtTest);
    Tester alertTester(board.alerts(), Tester::FailureReportingMode::QtTest);
    board.setSession(m_session);
    board.setSource(m_data);
    QVERIFY(board.canDispatch());
    QCOMPARE(board.acceptLimitMinutes(), 4);

    // T9 (reported, P2) before T11 (returned, P5).
    const DispatchQueueModel &queue = *board.queue();
    QCOMPARE(queue.count(), 2);
    QCOMPARE(value(queue, 0, DispatchQueueModel::TicketIdRole).toString(), m_facts.ticketIds.at(8));
    QCOMPARE(value(queue, 0, DispatchQueueModel::StateRole).toString(), QStringLiteral("reported"));
    QCOMPARE(value(queue, 0, DispatchQueueModel::PriorityRole).toInt(), 2);
    QCOMPARE(value(queue, 0, DispatchQueueModel::ReturnedAtRole).toDouble(), -1.0);
    QCOMPARE(value(queue, 1, DispatchQueueModel::TicketIdRole).toString(), m_facts.ticketIds.at(10));
    QCOMPARE(value(queue, 1, DispatchQueueModel::StateRole).toString(), QStringLiteral("returned"));
    QCOMPARE(value(queue, 1, DispatchQueueModel::ReturnReasonRole).toString(),
        QStringLiteral("地址在六安市，不属于本班组服务范围，请改派六安网点。"));
    QCOMPARE(value(queue, 1, DispatchQueueModel::ReturnedByRole).toString(), QStringLiteral("王建军"));
    QCOMPARE(qint64(value(queue, 1, DispatchQueueModel::ReturnedAtRole).toDouble()), m_end - 90 * 60'000);
    QCOMPARE(queue.roleNames().value(DispatchQueueModel::StateRole), QByteArray("ticketState"));
    QCOMPARE(int(DispatchQueueModel::TicketIdRole), Qt::UserRole + 1);

    const CrewBoardModel &crews = *board.crews();
    QCOMPARE(crews.count(), 2);
    QCOMPARE(value(crews, 0, CrewBoardModel::CrewIdRole).toString(), m_facts.crew1Id);
    QCOMPARE(value(crews, 0, CrewBoardModel::StatusRole).toString(), QStringLiteral("standby"));
    QCOMPARE(value(crews, 0, CrewBoardModel::OpenLoadRole).toInt(), m_facts.crew1OpenTickets);
    QCOMPARE(value(crews, 0, CrewBoardModel::VehicleBusyRole).toBool(), true);
    QCOMPARE(value(crews, 0, CrewBoardModel::MembersRole).toStringList(),
        (QStringList { QStringLiteral("王建军"), QStringLiteral("李强") }));
    QCOMPARE(value(crews, 0, CrewBoardModel::VehiclePlateRole).toString(), QStringLiteral("皖A·D2817"));
    QCOMPARE(value(crews, 1, CrewBoardModel::OpenLoadRole).toInt(), 1);
    QCOMPARE(value(crews, 1, CrewBoardModel::VehicleBusyRole).toBool(), false);
    QCOMPARE(value(crews, 1, CrewBoardModel::AwayUntilRole).toDouble(), -1.0);
    QCOMPARE(crews.indexOf(m_facts.crew2Id), 1);

    QCOMPARE(board.alerts()->count(), 0);
}

void TestDispatchBoard::dispatchRemovesTheRowFromTheQueue()
{
    signIn(QStringLiteral("counter"), QStringLiteral("3001"), QStringLiteral("8642"));
    DispatchBoard board;
    Tester queueTester(board.queue(), Tester::FailureReportingMode::QtTest);
    Tester crewTester(board.crews(), Tester::FailureReportingMode::QtTest);
    board.setSession(m_session);
    board.setSource(m_data);
    QSignalSpy removed(board.queue(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(board.queue(), &QAbstractItemModel::modelReset);
    QSignalSpy dispatched(&board, &DispatchBoard::dispatched);
    QSignalSpy changed(m_data, &DataSource::changed);

    const QString t9 = m_facts.ticketIds.at(8);
    QVERIFY2(board.dispatch(t9, m_facts.crew2Id), qPrintable(board.errorMessage()));
    QVERIFY(board.errorMessage().isEmpty());
    QVERIFY(board.warning().isEmpty());
    QCOMPARE(changed.count(), 1);
    // The row went as a removal, so the view keeps its place.
    QCOMPARE(board.queue()->count(), 1);
    QCOMPARE(board.queue()->indexOf(t9), -1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(dispatched.count(), 1);
    QCOMPARE(dispatched.at(0).at(1).toString(), fd::TicketRepository(*m_store).get(t9)->ticketNo);
    QCOMPARE(dispatched.at(0).at(2).toString(), QStringLiteral("高新区抢修二班"));
    auto t = fd::TicketRepository(*m_store).get(t9);
    QCOMPARE(t->state, fd::TicketState::Dispatched);
    QCOMPARE(t->crewId, m_facts.crew2Id);
    // The crew's load went up.
    QCOMPARE(
        value(*board.crews(), board.crews()->indexOf(m_facts.crew2Id), CrewBoardModel::OpenLoadRole).toInt(),
        2);
    // The dispatch was made by the signed-in supervisor.
    QCOMPARE(fd::TicketRepository(*m_store).timeline(t9)->last().staffId,
        m_facts.staffIds.value(QStringLiteral("3001")));
}

void TestDispatchBoard::onlySupervisorsAndAdminsDispatch()
{
    signIn(QStringLiteral("counter"), QStringLiteral("2001"), QStringLiteral("3690"));
    DispatchBoard board;
    board.setSession(m_session);
    board.setSource(m_data);
    QSignalSpy canDispatch(&board, &DispatchBoard::canDispatchChanged);
    QVERIFY(!board.canDispatch());
    QVERIFY(!board.dispatch(m_facts.ticketIds.at(8), m_facts.crew2Id));
    QVERIFY(!board.errorMessage().isEmpty());
    QCOMPARE(fd::TicketRepository(*m_store).get(m_facts.ticketIds.at(8))->state, fd::TicketState::Reported);
    m_session->signOut();
    QVERIFY(canDispatch.count() >= 1);
    QVERIFY(!board.canDispatch());
}

void TestDispatchBoard::refusalAndWarningReachTheBoard()
{
    signIn(QStringLiteral("counter"), QStringLiteral("3001"), QStringLiteral("8642"));
    DispatchBoard board;
    Tester crewTester(board.crews(), Tester::FailureReportingMode::QtTest);
    board.setSession(m_session);
    board.setSource(m_data);
    fd::DispatchRepository repo(*m_store);
    QVERIFY(repo.setCrewStatus(m_facts.crew2Id, QStringLiteral("off"), QStringLiteral("轮休"), -1, {}));
    m_data->notifyChanged();
    QCOMPARE(value(*board.crews(), 1, CrewBoardModel::StatusRole).toString(), QStringLiteral("off"));
    QCOMPARE(value(*board.crews(), 1, CrewBoardModel::StatusNoteRole).toString(), QStringLiteral("轮休"));

    const int ops = m_store->outbox().pendingCount().value();
    QVERIFY(!board.dispatch(m_facts.ticketIds.at(8), m_facts.crew2Id));
    QVERIFY(board.errorMessage().contains(QStringLiteral("高新区抢修二班")));
    QCOMPARE(m_store->outbox().pendingCount().value(), ops);
    QCOMPARE(board.queue()->count(), 2);

    const qint64 until = m_clock.nowMs() + 60 * 60'000;
    QVERIFY(
        repo.setCrewStatus(m_facts.crew1Id, QStringLiteral("away"), QStringLiteral("车辆年检"), until, {}));
    m_data->notifyChanged();
    QCOMPARE(board.crews()->indexOf(m_facts.crew1Id), 0); // only crew 2 is off, so crew 1 still comes first
    QCOMPARE(qint64(value(*board.crews(), 0, CrewBoardModel::AwayUntilRole).toDouble()), until);
    QVERIFY(board.dispatch(m_facts.ticketIds.at(10), m_facts.crew1Id));
    QVERIFY(board.errorMessage().isEmpty());
    QVERIFY(board.warning().contains(QStringLiteral("车辆年检")));
    board.clearMessages();
    QVERIFY(board.warning().isEmpty());
}

void TestDispatchBoard::acceptWatchRaisesEachAlertOnce()
{
    signIn(QStringLiteral("counter"), QStringLiteral("3001"), QStringLiteral("8642"));
    DispatchBoard board;
    Tester alertTester(board.alerts(), Tester::FailureReportingMode::QtTest);
    board.setSession(m_session);
    board.setSource(m_data);
    QCOMPARE(board.alerts()->count(), 0);

    // T1 and T6 were delivered and T10 dispatched, from this counter, long enough ago.
    QCOMPARE(DispatchBoard::raiseDueAlerts(m_data), 3);
    const AcceptAlertModel &alerts = *board.alerts();
    QCOMPARE(alerts.count(), 3);
    QStringList tickets;
    for (int i = 0; i < alerts.count(); ++i)
        tickets << value(alerts, i, AcceptAlertModel::TicketIdRole).toString();
    QCOMPARE(tickets,
        (QStringList { m_facts.ticketIds.at(0), m_facts.ticketIds.at(5),
            m_facts.ticketIds.at(9) })); // longest waiting first
    // Escalated to the outlet's supervisor, named with the phone masked.
    QVERIFY(
        value(alerts, 0, AcceptAlertModel::NoteRole).toString().contains(QStringLiteral("赵敏 139****0005")));
    QCOMPARE(value(alerts, 2, AcceptAlertModel::CrewNameRole).toString(), QStringLiteral("高新区抢修二班"));
    QCOMPARE(value(alerts, 2, AcceptAlertModel::StateRole).toString(), QStringLiteral("dispatched"));
    QCOMPARE(qint64(value(alerts, 2, AcceptAlertModel::HandedOverAtRole).toDouble()), m_end - 15 * 60'000);
    QCOMPARE(qint64(value(alerts, 0, AcceptAlertModel::RaisedAtRole).toDouble()), m_end);

    // The next ticks raise nothing new.
    m_clock.advanceMs(30'000);
    QCOMPARE(DispatchBoard::raiseDueAlerts(m_data), 0);
    QCOMPARE(alerts.count(), 3);

    // The crew accepts T6: its alert leaves the strip as a removal.
    QSignalSpy removed(board.alerts(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(fd::TicketRepository(*m_store).apply(
        m_facts.ticketIds.at(5), fd::TicketEvent::Accept, m_facts.staffIds.value(QStringLiteral("1001"))));
    m_data->notifyChanged();
    QCOMPARE(alerts.count(), 2);
    QCOMPARE(removed.count(), 1);

    // A broken contacts setting does not silence the watch.
    QVERIFY(m_store->setSetting(
        QString::fromLatin1(fd::DispatchRepository::kContactsKey), QStringLiteral("[1, 2")));
    const QString t9 = m_facts.ticketIds.at(8);
    QVERIFY(board.dispatch(t9, m_facts.crew2Id));
    m_clock.advanceMs(5 * 60'000);
    QCOMPARE(DispatchBoard::raiseDueAlerts(m_data), 1);
    QVERIFY(fd::TicketRepository(*m_store).timeline(t9)->last().note.contains(QStringLiteral("赵敏")));
}

void TestDispatchBoard::crewStatusFromTheTablet()
{
    signIn(QStringLiteral("tablet"), QStringLiteral("1001"), QStringLiteral("2468"));
    CrewStatus status;
    status.setSource(m_data);
    status.setSession(m_session);
    QVERIFY(status.loaded());
    QCOMPARE(status.crewId(), m_facts.crew1Id);
    QCOMPARE(status.status(), QStringLiteral("standby"));

    QVERIFY(!status.setStatus(QStringLiteral("away"), {}, 60));
    QCOMPARE(status.errorField(), QStringLiteral("note"));
    QVERIFY(!status.setStatus(QStringLiteral("away"), QStringLiteral("午餐"), 0));
    QCOMPARE(status.errorField(), QStringLiteral("awayUntil"));
    QCOMPARE(status.status(), QStringLiteral("standby"));

    QSignalSpy changed(&status, &CrewStatus::changed);
    QVERIFY2(status.setStatus(QStringLiteral("away"), QStringLiteral("午餐"), 60),
        qPrintable(status.errorMessage()));
    QVERIFY(status.errorMessage().isEmpty());
    QVERIFY(changed.count() >= 1);
    QCOMPARE(status.status(), QStringLiteral("away"));
    QCOMPARE(status.statusNote(), QStringLiteral("午餐"));
    QCOMPARE(qint64(status.awayUntil()), m_clock.nowMs() + 60 * 60'000);
    const fd::OutboxOp op = m_store->outbox().pendingFor(m_facts.crew1Id).value().last();
    QCOMPARE(op.kind, QStringLiteral("crew.status"));
    QCOMPARE(op.staffId, m_facts.staffIds.value(QStringLiteral("1001")));

    QVERIFY(status.setStatus(QStringLiteral("busy")));
    QCOMPARE(status.awayUntil(), -1.0);

    // Someone in no crew has no status to set.
    m_session->signOut();
    QVERIFY(!status.loaded());
    QVERIFY(!status.setStatus(QStringLiteral("busy")));
    QVERIFY(!status.errorMessage().isEmpty());
}

QTEST_GUILESS_MAIN(TestDispatchBoard)
#include "tst_dispatchboard.moc"
