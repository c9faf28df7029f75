// The app's list models and detail objects on a fixture store, each model under QAbstractItemModelTester.
#include "customersummary.h"
#include "datasource.h"
#include "fixture.h"
#include "workrecordfill.h"
#include "outagenoticemodel.h"
#include "searchresultmodel.h"
#include "session.h"
#include "store.h"
#include "ticketdetail.h"
#include "ticketlistmodel.h"
#include "ticketrepository.h"
#include "timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Tester = QAbstractItemModelTester;

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void crewListSortedByDue();
    void crewListPagesFiftyAtATime();
    void crewListRefreshesAfterChange();
    void crewListWithoutCrewIsEmpty();
    void overdueListMostOverdueFirst();
    void overdueListFollowsTheClock();
    void overdueListScrolledHoldsFewPages();
    void searchFindsChineseFragmentAndMasksNumbers();
    void searchFindsPhoneTailAndTickets();
    void searchEmptyQueryFindsNothing();
    void timelineInOrderWithStaffNames();
    void outageNoticesInForce();
    void customerSummary();
    void ticketDetailCrewActions();
    void ticketDetailReadOnlyOutsideTheCrew();

private:
    QVariant value(const QAbstractItemModel &m, int row, int role) const { return m.data(m.index(row, 0), role); }

    QTemporaryDir *m_dir = nullptr;
    fd::ManualClock m_clock;
    std::unique_ptr<fd::Store> m_store;
    FixtureFacts m_facts;
    DataSource *m_data = nullptr;
    const qint64 m_end = QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC).toMSecsSinceEpoch();
};

void TestModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestModels::init()
{
    // A fresh store per test: several tests change tickets.
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
}

void TestModels::cleanup()
{
    delete m_data;
    m_data = nullptr;
    m_store.reset();
    delete m_dir;
    m_dir = nullptr;
}

void TestModels::crewListSortedByDue()
{
    TicketListModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setSource(m_data);
    model.setCrewId(m_facts.crew1Id);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.totalCount(), 6);
    QVERIFY(!model.canFetchMore({}));
    const QStringList titles = {QStringLiteral("收费站车道无法扣费"), QStringLiteral("标签安装位置不当"), QStringLiteral("ETC 电子标签无法识别"),
                                QStringLiteral("车载单元频繁掉电"), QStringLiteral("OBU 拆卸后需重新激活"), QStringLiteral("卡片读取失败")};
    for (int i = 0; i < titles.size(); ++i)
        QCOMPARE(value(model, i, TicketListModel::TitleRole).toString(), titles.at(i));
    const qint64 minute = 60'000;
    QCOMPARE(qint64(value(model, 0, TicketListModel::DueAtRole).toDouble()), m_end - 12 * minute);
    QCOMPARE(qint64(value(model, 1, TicketListModel::DueAtRole).toDouble()), m_end - 5 * minute);
    QCOMPARE(qint64(value(model, 2, TicketListModel::DueAtRole).toDouble()), m_end + 1 * minute);
    QCOMPARE(value(model, 5, TicketListModel::DueAtRole).toDouble(), -1.0);
    QCOMPARE(value(model, 0, TicketListModel::OverdueRole).toBool(), true);
    QCOMPARE(value(model, 2, TicketListModel::OverdueRole).toBool(), false);
    QCOMPARE(value(model, 1, TicketListModel::StateRole).toString(), QStringLiteral("delivered"));
    QCOMPARE(value(model, 0, TicketListModel::PriorityRole).toInt(), 1);
    QCOMPARE(value(model, 0, TicketListModel::CustomerNameRole).toString(), QStringLiteral("张三"));
    QCOMPARE(value(model, 5, TicketListModel::CustomerNameRole).toString(), QStringLiteral("刘女士"));
    QVERIFY(value(model, 0, TicketListModel::TicketNoRole).toString().startsWith(QLatin1String("T-0101-07-")));
    QCOMPARE(model.indexOf(m_facts.ticketIds.at(3)), 0);
    const QHash<int, QByteArray> roles = model.roleNames();
    QCOMPARE(roles.value(TicketListModel::TicketIdRole), QByteArray("ticketId"));
    QCOMPARE(int(TicketListModel::TicketIdRole), Qt::UserRole + 1);
}

void TestModels::crewListPagesFiftyAtATime()
{
    // 120 more tickets for crew 2, on top of its one dispatched ticket.
    fd::TicketRepository tickets(*m_store);
    const QString staff = m_facts.staffIds.value(QStringLiteral("3001"));
    for (int i = 0; i < 120; ++i) {
        fd::NewTicket t;
        t.title = QStringLiteral("批量检测 %1").arg(i);
        auto c = tickets.create(t, staff);
        QVERIFY(c);
        for (fd::TicketEvent e : {fd::TicketEvent::Send, fd::TicketEvent::Receive, fd::TicketEvent::Dispatch}) {
            auto a = tickets.apply(c->id, e, staff, {}, m_facts.crew2Id);
            QVERIFY2(a, a ? "" : qPrintable(a.error().toString()));
        }
        m_clock.advanceMs(1000);
    }
    // Paging as a view sees it: 50 rows, then 50 more on each fetchMore.
    TicketListModel model;
    model.setSource(m_data);
    model.setCrewId(m_facts.crew2Id);
    QCOMPARE(model.totalCount(), 121);
    QCOMPARE(model.rowCount(), TicketListModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    QVERIFY(!model.allLoaded());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 100);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 121);
    QCOMPARE(inserted.count(), 2);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(model.allLoaded());
    model.fetchMore({}); // nothing more: no change
    QCOMPARE(model.rowCount(), 121);

    // Sorted by due time across pages.
    qint64 previous = 0;
    for (int i = 0; i < model.rowCount(); ++i) {
        const qint64 due = qint64(value(model, i, TicketListModel::DueAtRole).toDouble());
        QVERIFY(due >= previous);
        previous = due;
    }

    // A refresh keeps what was loaded; a reload starts again at one page.
    m_data->notifyChanged();
    QCOMPARE(model.rowCount(), 121);
    model.reload();
    QCOMPARE(model.rowCount(), TicketListModel::kPageSize);

    // The tester fetches whatever canFetchMore offers, from its own slots; the model defers
    // fetches asked for inside a reset, so the changes never nest.
    TicketListModel tested;
    Tester tester(&tested, Tester::FailureReportingMode::QtTest);
    tested.setSource(m_data);
    tested.setCrewId(m_facts.crew2Id);
    QTRY_COMPARE(tested.rowCount(), 121);
    tested.reload();
    QTRY_COMPARE(tested.rowCount(), 121);
    QVERIFY(tested.allLoaded());
}

void TestModels::crewListRefreshesAfterChange()
{
    TicketListModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setSource(m_data);
    model.setCrewId(m_facts.crew1Id);
    const QString t6 = m_facts.ticketIds.at(5);
    QCOMPARE(value(model, model.indexOf(t6), TicketListModel::StateRole).toString(), QStringLiteral("delivered"));
    auto r = fd::TicketRepository(*m_store).apply(t6, fd::TicketEvent::Accept, m_facts.staffIds.value(QStringLiteral("1001")));
    QVERIFY(r);
    m_data->notifyChanged();
    QCOMPARE(value(model, model.indexOf(t6), TicketListModel::StateRole).toString(), QStringLiteral("accepted"));
    // Finishing takes the ticket off the crew's open list.
    const QString t5 = m_facts.ticketIds.at(4);
    QVERIFY(fd::test::completeWorkRecord(*m_store, t5, m_facts.staffIds.value(QStringLiteral("1001"))));
    QVERIFY(fd::TicketRepository(*m_store).apply(t5, fd::TicketEvent::Finish, m_facts.staffIds.value(QStringLiteral("1001"))));
    m_data->notifyChanged();
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.indexOf(t5), -1);
}

void TestModels::crewListWithoutCrewIsEmpty()
{
    TicketListModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setSource(m_data);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    model.setCrewId(m_facts.crew1Id);
    QCOMPARE(model.rowCount(), 6);
    model.setCrewId({});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::overdueListMostOverdueFirst()
{
    TicketListModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setSource(m_data);
    model.setScope(TicketListModel::Overdue);
    QCOMPARE(model.totalCount(), -1);
    // T11 returned (-88), T9 reported (-28), T4 departed (-12), T10 dispatched to crew 2 (-11), T6 delivered (-5).
    const QList<int> expected = {11, 9, 4, 10, 6};
    QCOMPARE(model.rowCount(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(value(model, i, TicketListModel::TicketIdRole).toString(), m_facts.ticketIds.at(expected.at(i) - 1));
        QVERIFY(value(model, i, TicketListModel::OverdueRole).toBool());
    }
    QVERIFY(!model.canFetchMore({}));
}

void TestModels::overdueListFollowsTheClock()
{
    TicketListModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setSource(m_data);
    model.setScope(TicketListModel::Overdue);
    QCOMPARE(model.rowCount(), 5);
    // Two minutes on, T1 (delivered, due +1) and T2 (accepted, due +2 — exactly due is still in time) …
    m_clock.advanceMs(2 * 60'000);
    m_data->refreshNow();
    QCOMPARE(model.rowCount(), 6);
    QVERIFY(model.indexOf(m_facts.ticketIds.at(0)) >= 0);
    QCOMPARE(model.indexOf(m_facts.ticketIds.at(1)), -1);
}

void TestModels::overdueListScrolledHoldsFewPages()
{
    // 600 more reported tickets, a second apart; a day on they are all overdue: 12 pages and more.
    fd::TicketRepository tickets(*m_store);
    const QString staff = m_facts.staffIds.value(QStringLiteral("3001"));
    for (int i = 0; i < 600; ++i) {
        fd::NewTicket t;
        t.title = QStringLiteral("逾期检测 %1").arg(i);
        QVERIFY(tickets.create(t, staff));
        m_clock.advanceMs(1000);
    }
    m_clock.advanceMs(24 * 3600'000);
    m_data->refreshNow();
    auto all = tickets.overdue(m_data->nowMs(), 100'000);
    QVERIFY(all);
    const QList<fd::TicketSummary> expected = all.value();
    const int limit = TicketListModel::kPagesHeld * TicketListModel::kPageSize;
    QVERIFY(expected.size() > 12 * TicketListModel::kPageSize);

    TicketListModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    int mostHeld = 0;
    connect(&model, &QAbstractItemModel::rowsInserted, this, [&] { mostHeld = std::max(mostHeld, model.rowsHeld()); });
    model.setSource(m_data);
    model.setScope(TicketListModel::Overdue);
    // The tester fetches to the end from its own slots, reading rows as they come.
    QTRY_VERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowCount(), expected.size());
    QCOMPARE(model.count(), expected.size());
    QVERIFY(mostHeld <= limit);
    QVERIFY(model.rowsHeld() <= limit);

    // Back to the start and down again: evicted pages are read again, row for row.
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(value(model, i, TicketListModel::TicketIdRole).toString(), expected.at(i).id);
        QCOMPARE(qint64(value(model, i, TicketListModel::DueAtRole).toDouble()), expected.at(i).dueAt);
        QCOMPARE(value(model, i, TicketListModel::TitleRole).toString(), expected.at(i).title);
        QVERIFY(model.rowsHeld() <= limit);
    }
    // Every row has been read at least twice now; the first page was dropped on the way down.
    QVERIFY(model.rowsHeld() <= limit);
    QCOMPARE(model.indexOf(expected.first().id), 0);
    QCOMPARE(model.indexOf(expected.at(expected.size() / 2).id), int(expected.size() / 2));
    QCOMPARE(model.indexOf(expected.constLast().id), int(expected.size() - 1));
    QCOMPARE(model.indexOf(QStringLiteral("no-such-ticket")), -1);
    QVERIFY(model.rowsHeld() <= limit);

    // A refresh of a list whose pages were dropped starts again at the first page.
    m_data->notifyChanged();
    QTRY_VERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowCount(), expected.size());
    QCOMPARE(value(model, 0, TicketListModel::TicketIdRole).toString(), expected.first().id);
    model.reload();
    QTRY_VERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowCount(), expected.size());
    QVERIFY(model.rowsHeld() <= limit);
}

void TestModels::searchFindsChineseFragmentAndMasksNumbers()
{
    SearchResultModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setSource(m_data);
    model.setQuery(QStringLiteral("三"));
    QCOMPARE(model.customerCount(), 1);
    QCOMPARE(value(model, 0, SearchResultModel::KindRole).toString(), QStringLiteral("customer"));
    QCOMPARE(value(model, 0, SearchResultModel::TitleRole).toString(), QStringLiteral("张三"));
    QCOMPARE(value(model, 0, SearchResultModel::ItemIdRole).toString(), m_facts.customerIds.value(QStringLiteral("张三")));
    QCOMPARE(value(model, 0, SearchResultModel::MaskedPhoneRole).toString(), QStringLiteral("138****8000"));
    const QString id = value(model, 0, SearchResultModel::MaskedIdRole).toString();
    QVERIFY2(id.startsWith(QLatin1String("340104")) && id.contains(QLatin1String("********")), qPrintable(id));
    // No full number anywhere in the row.
    for (int role : model.roleNames().keys())
        QVERIFY(!value(model, 0, role).toString().contains(QLatin1String("13800138000")));
    QCOMPARE(model.roleNames().value(SearchResultModel::MaskedPhoneRole), QByteArray("maskedPhone"));

    // The customer's own tickets follow, though their text does not mention the name.
    model.setQuery(QStringLiteral("张三"));
    QCOMPARE(model.customerCount(), 1);
    QCOMPARE(model.ticketCount(), 3);
    QCOMPARE(value(model, 1, SearchResultModel::ItemIdRole).toString(), m_facts.ticketIds.at(0)); // newest first
}

void TestModels::searchFindsPhoneTailAndTickets()
{
    SearchResultModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setSource(m_data);
    model.setQuery(QStringLiteral("8000"));
    QCOMPARE(model.customerCount(), 1);
    QCOMPARE(value(model, 0, SearchResultModel::TitleRole).toString(), QStringLiteral("张三"));

    model.setQuery(QStringLiteral("标签"));
    QCOMPARE(model.customerCount(), 0);
    QVERIFY(model.ticketCount() >= 3);
    QCOMPARE(value(model, 0, SearchResultModel::KindRole).toString(), QStringLiteral("ticket"));
    QVERIFY(value(model, 0, SearchResultModel::NumberRole).toString().startsWith(QLatin1String("T-0101-07-")));
    QVERIFY(!value(model, 0, SearchResultModel::StateRole).toString().isEmpty());

    // Customers come before tickets, so the view's sections are contiguous.
    model.setQuery(QStringLiteral("王小红"));
    QVERIFY(model.customerCount() >= 1);
    bool seenTicket = false;
    for (int i = 0; i < model.rowCount(); ++i) {
        const bool ticket = value(model, i, SearchResultModel::KindRole).toString() == QLatin1String("ticket");
        QVERIFY(!(seenTicket && !ticket));
        seenTicket = seenTicket || ticket;
    }
}

void TestModels::searchEmptyQueryFindsNothing()
{
    SearchResultModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setSource(m_data);
    model.setQuery(QStringLiteral("张"));
    QVERIFY(model.rowCount() > 0);
    model.setQuery(QStringLiteral("   "));
    QCOMPARE(model.rowCount(), 0);
    model.setQuery(QStringLiteral("没有这个人"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.errorMessage().isEmpty());
}

void TestModels::timelineInOrderWithStaffNames()
{
    TimelineModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setSource(m_data);
    model.setTicketId(m_facts.ticketIds.at(3));
    const QStringList events = {QStringLiteral("report"), QStringLiteral("send"), QStringLiteral("receive"), QStringLiteral("dispatch"),
                                QStringLiteral("deliver"), QStringLiteral("accept"), QStringLiteral("depart")};
    QCOMPARE(model.rowCount(), events.size());
    for (int i = 0; i < events.size(); ++i)
        QCOMPARE(value(model, i, TimelineModel::EventRole).toString(), events.at(i));
    QCOMPARE(value(model, 0, TimelineModel::StaffNameRole).toString(), QStringLiteral("陈静"));
    QCOMPARE(value(model, 3, TimelineModel::StaffNameRole).toString(), QStringLiteral("赵敏"));
    QCOMPARE(value(model, 5, TimelineModel::StaffNameRole).toString(), QStringLiteral("王建军"));
    QCOMPARE(value(model, 5, TimelineModel::FromStateRole).toString(), QStringLiteral("delivered"));
    QCOMPARE(value(model, 5, TimelineModel::ToStateRole).toString(), QStringLiteral("accepted"));
    QCOMPARE(qint64(value(model, 6, TimelineModel::AtRole).toDouble()), m_end - 40 * 60'000);

    // The return carries its reason.
    model.setTicketId(m_facts.ticketIds.at(10));
    QCOMPARE(value(model, model.rowCount() - 1, TimelineModel::EventRole).toString(), QStringLiteral("return"));
    QVERIFY(value(model, model.rowCount() - 1, TimelineModel::NoteRole).toString().contains(QStringLiteral("六安")));

    model.setTicketId(QStringLiteral("no-such-ticket"));
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::outageNoticesInForce()
{
    OutageNoticeModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setSource(m_data);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(value(model, 0, OutageNoticeModel::TitleRole).toString().contains(QStringLiteral("京台高速")));
    QCOMPARE(value(model, 0, OutageNoticeModel::KindRole).toString(), QStringLiteral("road"));
    QCOMPARE(qint64(value(model, 0, OutageNoticeModel::ExpectedEndAtRole).toDouble()), m_end + 10 * 60 * 60'000);
}

void TestModels::customerSummary()
{
    CustomerSummary summary;
    summary.setSource(m_data);
    summary.setCustomerId(m_facts.customerIds.value(QStringLiteral("张三")));
    QVERIFY(summary.loaded());
    QCOMPARE(summary.name(), QStringLiteral("张三"));
    QCOMPARE(summary.maskedPhone(), QStringLiteral("138****8000"));
    QVERIFY(summary.maskedId().contains(QLatin1String("********")));
    QCOMPARE(summary.vehicles().size(), 2);
    QCOMPARE(summary.vehicles().at(0).toMap().value(QStringLiteral("plate")).toString(), QStringLiteral("皖A12345"));
    QCOMPARE(summary.ticketCount(), 3);
    QCOMPARE(summary.recentTickets().size(), 3);
    // Newest first: T1 (reported at -60), T4 (-120), T7 (-200).
    QCOMPARE(summary.recentTickets().at(0).toMap().value(QStringLiteral("ticketId")).toString(), m_facts.ticketIds.at(0));
    QCOMPARE(summary.recentTickets().at(2).toMap().value(QStringLiteral("state")).toString(), QStringLiteral("finished"));

    summary.setCustomerId(m_facts.customerIds.value(QStringLiteral("安徽通达物流有限公司")));
    QCOMPARE(summary.kind(), QStringLiteral("corporate"));
    QVERIFY(summary.keyAccount());
    QCOMPARE(summary.maskedId().size(), 18);

    summary.setCustomerId(QStringLiteral("nobody"));
    QVERIFY(!summary.loaded());
    QVERIFY(!summary.errorMessage().isEmpty());
}

void TestModels::ticketDetailCrewActions()
{
    Session session;
    session.setDataSource(m_data);
    session.setMode(QStringLiteral("tablet"));
    QVERIFY(session.beginPreview(m_facts.staffIds.value(QStringLiteral("1001"))));
    QCOMPARE(session.crewId(), m_facts.crew1Id);

    TicketDetail detail;
    detail.setSource(m_data);
    detail.setSession(&session);
    detail.setTicketId(m_facts.ticketIds.at(5)); // T6, delivered
    QVERIFY(detail.loaded());
    QCOMPARE(detail.state(), QStringLiteral("delivered"));
    QCOMPARE(detail.nextSteps(), QStringList({QStringLiteral("accept"), QStringLiteral("return")}));
    QVERIFY(detail.canAct());
    QCOMPARE(detail.crewName(), QStringLiteral("政务区抢修一班"));
    const int eventsBefore = detail.timeline()->rowCount();

    // A return needs a reason; nothing changes without one.
    QVERIFY(!detail.apply(QStringLiteral("return")));
    QVERIFY(!detail.errorMessage().isEmpty());
    QCOMPARE(detail.state(), QStringLiteral("delivered"));
    // A step the workflow does not allow here.
    QVERIFY(!detail.apply(QStringLiteral("arrive")));
    QVERIFY(!detail.errorMessage().isEmpty());
    // Dispatch is not the crew's to take.
    QVERIFY(!detail.apply(QStringLiteral("dispatch")));

    QSignalSpy changed(m_data, &DataSource::changed);
    QVERIFY(detail.apply(QStringLiteral("accept")));
    QVERIFY(detail.errorMessage().isEmpty());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(detail.state(), QStringLiteral("accepted"));
    QCOMPARE(detail.nextSteps(), QStringList({QStringLiteral("depart"), QStringLiteral("return")}));
    QCOMPARE(detail.timeline()->rowCount(), eventsBefore + 1);
    QCOMPARE(fd::TicketRepository(*m_store).get(m_facts.ticketIds.at(5))->state, fd::TicketState::Accepted);

    // The anonymous report's contact phone is masked.
    detail.setTicketId(m_facts.ticketIds.at(4));
    QCOMPARE(detail.contactPhone(), QStringLiteral("137****2222"));
    QCOMPARE(detail.nextSteps(), QStringList({QStringLiteral("finish")}));
}

void TestModels::ticketDetailReadOnlyOutsideTheCrew()
{
    TicketDetail detail;
    detail.setSource(m_data);
    detail.setTicketId(m_facts.ticketIds.at(5));
    QVERIFY(!detail.canAct()); // nobody signed in
    QVERIFY(!detail.apply(QStringLiteral("accept")));

    // Crew 2's member on crew 1's ticket.
    Session other;
    other.setDataSource(m_data);
    other.setMode(QStringLiteral("tablet"));
    QVERIFY(other.beginPreview(m_facts.staffIds.value(QStringLiteral("1003"))));
    detail.setSession(&other);
    QVERIFY(!detail.canAct());
    QVERIFY(!detail.apply(QStringLiteral("accept")));

    // A supervisor at the counter sees the steps but cannot take them.
    Session counter;
    counter.setDataSource(m_data);
    counter.setMode(QStringLiteral("counter"));
    QVERIFY(counter.beginPreview(m_facts.staffIds.value(QStringLiteral("3001"))));
    detail.setSession(&counter);
    QVERIFY(!detail.canAct());
    QVERIFY(!detail.apply(QStringLiteral("accept")));
    QCOMPARE(fd::TicketRepository(*m_store).get(m_facts.ticketIds.at(5))->state, fd::TicketState::Delivered);
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
