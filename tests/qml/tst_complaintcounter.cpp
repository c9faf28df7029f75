// Complaints at the counter against a fixture store: ComplaintForm reports every bad field and
// writes nothing until all are right, and makes the registering staff member the owner;
// ComplaintListModel (under QAbstractItemModelTester) lists open complaints by handle-by deadline
// and follows local writes and the clock; ComplaintDetail offers the steps the signed-in role may
// take and writes exactly the state each step leads to.
#include "complaintdetail.h"
#include "complaintform.h"
#include "complaintlistmodel.h"
#include "complaintrepository.h"
#include "datasource.h"
#include "fixture.h"
#include "session.h"
#include "store.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestComplaintCounter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void formBadInputWritesNothing();
    void formEditingClearsItsMessage();
    void formRegistersWithTheStaffAsOwner();
    void formFromCustomerKeepsTheNumberOnRecord();
    void formFromTicketBringsItsCustomer();
    void formNotSignedIn();

    void listOrdersByDeadlineAndFollowsChanges();
    void listPagesAndFlagsOverdue();

    void detailMasksPhoneAndShowsTimeline();
    void detailStepsWriteTheirState();
    void detailArchiveIsForSupervisors();
    void detailNotSignedInWritesNothing();

private:
    /** Complaints, their events and outbox ops: everything registering or a step writes. */
    QList<int> counts();
    QString registerOne(const QString &name, bool emergency = false);
    QString stateInStore(const QString &complaintId);
    void signIn(const char *staffNo, const char *pin);

    std::unique_ptr<QTemporaryDir> m_dir;
    fd::ManualClock m_clock;
    std::unique_ptr<fd::Store> m_store;
    FixtureFacts m_facts;
    std::unique_ptr<DataSource> m_data;
    std::unique_ptr<Session> m_session;
    const qint64 m_end = QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC).toMSecsSinceEpoch();
};

void TestComplaintCounter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestComplaintCounter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto s = fd::Store::open(m_dir->path(), m_clock);
    QVERIFY2(s, s ? "" : qPrintable(s.error().toString()));
    m_store = std::move(s).value();
    auto facts = Fixture::populate(*m_store, m_clock, m_end);
    QVERIFY2(facts, facts ? "" : qPrintable(facts.error().toString()));
    m_facts = facts.value();
    m_data = std::make_unique<DataSource>();
    m_data->setStore(m_store.get());
    m_session = std::make_unique<Session>();
    m_session->setDataSource(m_data.get());
    m_session->setMode(QStringLiteral("counter"));
    signIn("2001", "3690");
}

void TestComplaintCounter::cleanup()
{
    m_session.reset();
    m_data.reset();
    m_store.reset();
    m_dir.reset();
}

void TestComplaintCounter::signIn(const char *staffNo, const char *pin)
{
    m_session->signOut();
    QVERIFY2(m_session->signIn(QLatin1String(staffNo), QLatin1String(pin)), qPrintable(m_session->errorMessage()));
}

QList<int> TestComplaintCounter::counts()
{
    QList<int> out;
    for (const char *table : {"complaints", "complaint_events", "outbox"}) {
        auto r = m_store->db().run(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        out << (r && r.value().next() ? r.value().value(0).toInt() : -1);
    }
    return out;
}

QString TestComplaintCounter::registerOne(const QString &name, bool emergency)
{
    ComplaintForm form;
    form.setSource(m_data.get());
    form.setSession(m_session.get());
    form.setComplainantName(name);
    form.setComplainantPhone(QStringLiteral("139 1234 5678"));
    form.setCategory(QStringLiteral("service"));
    form.setContent(QStringLiteral("窗口排队四十分钟无人处理。"));
    form.setEmergency(emergency);
    if (!form.submit())
        qWarning() << "not registered:" << form.fieldErrors() << form.errorMessage();
    return form.savedComplaintId();
}

QString TestComplaintCounter::stateInStore(const QString &complaintId)
{
    auto c = fd::ComplaintRepository(*m_store).get(complaintId);
    return c ? fd::ComplaintWorkflow::toString(c->status.state) : c.error().toString();
}

void TestComplaintCounter::formBadInputWritesNothing()
{
    const QList<int> before = counts();
    ComplaintForm form;
    form.setSource(m_data.get());
    form.setSession(m_session.get());
    form.setComplainantPhone(QStringLiteral("1380013800")); // 10 digits
    form.setContent(QStringLiteral("慢"));
    form.setChannel(QStringLiteral("kiosk")); // the kiosk files its own
    QSignalSpy saved(&form, &ComplaintForm::saved);
    QVERIFY(!form.submit());
    QCOMPARE(form.fieldErrors().keys(), (QStringList{QStringLiteral("category"), QStringLiteral("channel"),
                                                     QStringLiteral("complainantName"), QStringLiteral("complainantPhone"),
                                                     QStringLiteral("content")}));
    QVERIFY(form.fieldErrors().value(QStringLiteral("complainantPhone")).toString().contains(QLatin1String("11 digits")));
    QCOMPARE(saved.count(), 0);
    QCOMPARE(counts(), before);
}

void TestComplaintCounter::formEditingClearsItsMessage()
{
    ComplaintForm form;
    form.setSource(m_data.get());
    QVERIFY(!form.validate());
    QVERIFY(form.fieldErrors().contains(QStringLiteral("content")));
    form.setContent(QStringLiteral("多扣了一次通行费"));
    QVERIFY(!form.fieldErrors().contains(QStringLiteral("content")));
    QVERIFY(form.fieldErrors().contains(QStringLiteral("category")));
}

void TestComplaintCounter::formRegistersWithTheStaffAsOwner()
{
    const QList<int> before = counts();
    const QString id = registerOne(QStringLiteral("王女士"), true);
    QVERIFY(!id.isEmpty());
    auto c = fd::ComplaintRepository(*m_store).get(id);
    QVERIFY(c);
    QCOMPARE(c->ownerStaffId, m_facts.staffIds.value(QStringLiteral("2001")));
    QCOMPARE(c->complainantPhone, QStringLiteral("13912345678"));
    QCOMPARE(c->channel, fd::ComplaintChannel::Counter);
    QCOMPARE(c->category, fd::ComplaintCategory::Service);
    QVERIFY(c->emergency);
    QCOMPARE(c->dueAt, c->receivedAt + 2 * 3600'000); // the emergency path
    QVERIFY(c->complaintNo.startsWith(QLatin1String("C-0101-")));
    QCOMPARE(counts().at(0), before.at(0) + 1);
}

void TestComplaintCounter::formFromCustomerKeepsTheNumberOnRecord()
{
    ComplaintForm form;
    form.setSource(m_data.get());
    form.setSession(m_session.get());
    form.setCustomerId(m_facts.customerIds.value(QStringLiteral("张三")));
    QCOMPARE(form.customerName(), QStringLiteral("张三"));
    QCOMPARE(form.complainantName(), QStringLiteral("张三"));
    QCOMPARE(form.complainantPhone(), QStringLiteral("138****8000"));
    QVERIFY(form.usesCustomerPhone());
    form.setCategory(QStringLiteral("price"));
    form.setContent(QStringLiteral("同一次通行扣了两次费。"));
    QVERIFY2(form.submit(), qPrintable(form.errorMessage()));
    auto c = fd::ComplaintRepository(*m_store).get(form.savedComplaintId());
    QVERIFY(c);
    QCOMPARE(c->complainantPhone, QStringLiteral("13800138000"));
    QCOMPARE(c->customerId, m_facts.customerIds.value(QStringLiteral("张三")));
}

void TestComplaintCounter::formFromTicketBringsItsCustomer()
{
    const QString ticketId = m_facts.ticketIds.value(0);
    auto owner = m_store->db().run(QStringLiteral("SELECT customer_id, ticket_no FROM tickets WHERE id = ?"), {ticketId});
    QVERIFY(owner && owner.value().next());
    ComplaintForm form;
    form.setSource(m_data.get());
    form.setSession(m_session.get());
    form.setTicketId(ticketId);
    QCOMPARE(form.ticketNo(), owner.value().value(1).toString());
    QCOMPARE(form.customerId(), owner.value().value(0).toString());
    form.setCategory(QStringLiteral("service"));
    form.setContent(QStringLiteral("维修人员迟到两小时。"));
    QVERIFY2(form.submit(), qPrintable(form.errorMessage()));
    auto c = fd::ComplaintRepository(*m_store).get(form.savedComplaintId());
    QVERIFY(c);
    QCOMPARE(c->ticketId, ticketId);
}

void TestComplaintCounter::formNotSignedIn()
{
    m_session->signOut();
    const QList<int> before = counts();
    QVERIFY(registerOne(QStringLiteral("王女士")).isEmpty());
    QCOMPARE(counts(), before);
}

void TestComplaintCounter::listOrdersByDeadlineAndFollowsChanges()
{
    ComplaintListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(m_data.get());
    QCOMPARE(model.rowCount(), 0);

    const QString ordinary = registerOne(QStringLiteral("王女士"));
    m_clock.advanceMs(60'000);
    const QString emergency = registerOne(QStringLiteral("李先生"), true);
    // Registering through the form announces the write: the list has reloaded.
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.indexOf(emergency), 0); // due in 2 h, before the other's 48 h
    QCOMPARE(model.indexOf(ordinary), 1);
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(ComplaintListModel::LevelRole).toString(), QStringLiteral("complaint"));
    QCOMPARE(first.data(ComplaintListModel::StateRole).toString(), QStringLiteral("registered"));
    QCOMPARE(first.data(ComplaintListModel::EmergencyRole).toBool(), true);
    QCOMPARE(first.data(ComplaintListModel::CategoryRole).toString(), QStringLiteral("service"));
    QCOMPARE(first.data(ComplaintListModel::OwnerNameRole).toString(), QStringLiteral("陈静"));

    // Answered and found satisfying, a complaint leaves the list.
    ComplaintDetail detail;
    detail.setSource(m_data.get());
    detail.setSession(m_session.get());
    detail.setComplaintId(emergency);
    QVERIFY(detail.apply(QStringLiteral("dispatch"), {}, QStringLiteral("客服中心")));
    QVERIFY(detail.apply(QStringLiteral("start")));
    QVERIFY(detail.apply(QStringLiteral("reply"), {}, {}, QStringLiteral("已致歉并退还多收费用。")));
    QCOMPARE(model.index(model.indexOf(emergency)).data(ComplaintListModel::DueAtRole).toDouble(), -1.0);
    QVERIFY(detail.apply(QStringLiteral("satisfied")));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.indexOf(emergency), -1);
}

void TestComplaintCounter::listPagesAndFlagsOverdue()
{
    for (int i = 0; i < ComplaintListModel::kPageSize + 5; ++i) {
        fd::NewComplaint c;
        c.complainantName = QStringLiteral("客户%1").arg(i);
        c.category = QStringLiteral("other");
        c.content = QStringLiteral("第 %1 条投诉内容").arg(i);
        auto r = fd::ComplaintRepository(*m_store).registerComplaint(c, m_facts.staffIds.value(QStringLiteral("2001")));
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
    }
    ComplaintListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(m_data.get());
    QCOMPARE(model.rowCount(), ComplaintListModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), ComplaintListModel::kPageSize + 5);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.overdueCount(), 0);

    // 48 hours and a minute later every one of them is past its handle-by time.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_clock.advanceMs(48 * 3600'000LL + 60'000);
    m_data->refreshNow();
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.index(0).data(ComplaintListModel::OverdueRole).toBool(), true);
    QCOMPARE(model.overdueCount(), ComplaintListModel::kPageSize + 5);
}

void TestComplaintCounter::detailMasksPhoneAndShowsTimeline()
{
    const QString id = registerOne(QStringLiteral("王女士"));
    ComplaintDetail detail;
    detail.setSource(m_data.get());
    detail.setSession(m_session.get());
    detail.setComplaintId(id);
    QVERIFY(detail.loaded());
    QCOMPARE(detail.complainantPhone(), QStringLiteral("139****5678"));
    QCOMPARE(detail.ownerName(), QStringLiteral("陈静"));
    QCOMPARE(detail.timeline().size(), 1);
    QCOMPARE(detail.timeline().at(0).toMap().value(QStringLiteral("kind")).toString(), QStringLiteral("register"));
    QCOMPARE(detail.nextSteps(), (QStringList{QStringLiteral("dispatch"), QStringLiteral("escalate")}));
}

void TestComplaintCounter::detailStepsWriteTheirState()
{
    const QString id = registerOne(QStringLiteral("王女士"));
    ComplaintDetail detail;
    detail.setSource(m_data.get());
    detail.setSession(m_session.get());
    detail.setComplaintId(id);

    // A dispatch without a department is refused on that input, and nothing is written.
    QList<int> before = counts();
    QVERIFY(!detail.apply(QStringLiteral("dispatch"), {}, QStringLiteral("  ")));
    QCOMPARE(detail.errorField(), QStringLiteral("department"));
    QVERIFY(!detail.errorMessage().isEmpty());
    QCOMPARE(counts(), before);
    QCOMPARE(stateInStore(id), QStringLiteral("registered"));

    QVERIFY2(detail.apply(QStringLiteral("dispatch"), {}, QStringLiteral("客服中心")), qPrintable(detail.errorMessage()));
    QVERIFY(detail.errorMessage().isEmpty());
    QCOMPARE(stateInStore(id), QStringLiteral("dispatched"));
    QCOMPARE(detail.department(), QStringLiteral("客服中心"));
    QVERIFY(detail.apply(QStringLiteral("start")));
    QCOMPARE(stateInStore(id), QStringLiteral("handling"));

    before = counts();
    QVERIFY(!detail.apply(QStringLiteral("reply"), {}, {}, QString()));
    QCOMPARE(detail.errorField(), QStringLiteral("reply"));
    QCOMPARE(counts(), before);

    QVERIFY(detail.apply(QStringLiteral("reply"), {}, {}, QStringLiteral("已致歉，增开窗口。")));
    QCOMPARE(stateInStore(id), QStringLiteral("replied"));
    QCOMPARE(detail.nextSteps(), (QStringList{QStringLiteral("satisfied"), QStringLiteral("unsatisfied"), QStringLiteral("escalate")}));
    QVERIFY(detail.apply(QStringLiteral("unsatisfied")));
    QCOMPARE(stateInStore(id), QStringLiteral("reopened"));
    QCOMPARE(detail.verdict(), QStringLiteral("unsatisfied"));

    // Escalating needs a reason; with one it raises the level and keeps the complaint open.
    QVERIFY(!detail.apply(QStringLiteral("escalate")));
    QCOMPARE(detail.errorField(), QStringLiteral("note"));
    QVERIFY(detail.apply(QStringLiteral("escalate"), QStringLiteral("要求主管处理")));
    QCOMPARE(detail.level(), QStringLiteral("escalated"));
    QCOMPARE(stateInStore(id), QStringLiteral("reopened"));

    // A step the state does not allow is refused with the workflow's reason.
    QVERIFY(!detail.apply(QStringLiteral("satisfied")));
    QVERIFY(detail.errorMessage().contains(QLatin1String("reopened")));

    QVERIFY(detail.apply(QStringLiteral("dispatch"), {}, QStringLiteral("服务质量部")));
    QVERIFY(detail.apply(QStringLiteral("start")));
    QVERIFY(detail.apply(QStringLiteral("reply"), {}, {}, QStringLiteral("主管已回电并补偿。")));
    QVERIFY(detail.apply(QStringLiteral("satisfied")));
    QCOMPARE(stateInStore(id), QStringLiteral("closed"));
    QCOMPARE(detail.timeline().size(), 10);
    QCOMPARE(detail.timeline().constLast().toMap().value(QStringLiteral("staffName")).toString(), QStringLiteral("陈静"));
}

void TestComplaintCounter::detailArchiveIsForSupervisors()
{
    const QString id = registerOne(QStringLiteral("王女士"));
    fd::ComplaintRepository repo(*m_store);
    const QString staff = m_facts.staffIds.value(QStringLiteral("2001"));
    QVERIFY(repo.apply(id, fd::ComplaintEvent::Dispatch, staff, {{}, QStringLiteral("客服中心"), {}}));
    QVERIFY(repo.apply(id, fd::ComplaintEvent::Start, staff));
    QVERIFY(repo.apply(id, fd::ComplaintEvent::Reply, staff, {{}, {}, QStringLiteral("已处理")}));
    QVERIFY(repo.apply(id, fd::ComplaintEvent::Satisfied, staff));

    ComplaintDetail detail;
    detail.setSource(m_data.get());
    detail.setSession(m_session.get());
    detail.setComplaintId(id);
    QCOMPARE(detail.nextSteps(), QStringList{QStringLiteral("escalate")});
    const QList<int> before = counts();
    QVERIFY(!detail.apply(QStringLiteral("archive")));
    QCOMPARE(counts(), before);

    signIn("3001", "8642");
    QCOMPARE(detail.nextSteps(), (QStringList{QStringLiteral("escalate"), QStringLiteral("archive")}));
    QVERIFY(detail.apply(QStringLiteral("archive")));
    QCOMPARE(stateInStore(id), QStringLiteral("archived"));
    QVERIFY(detail.nextSteps().isEmpty());
}

void TestComplaintCounter::detailNotSignedInWritesNothing()
{
    const QString id = registerOne(QStringLiteral("王女士"));
    ComplaintDetail detail;
    detail.setSource(m_data.get());
    detail.setSession(m_session.get());
    detail.setComplaintId(id);
    m_session->signOut();
    QVERIFY(!detail.canAct());
    QVERIFY(detail.nextSteps().isEmpty());
    const QList<int> before = counts();
    QVERIFY(!detail.apply(QStringLiteral("dispatch"), {}, QStringLiteral("客服中心")));
    QCOMPARE(counts(), before);
    QCOMPARE(stateInStore(id), QStringLiteral("registered"));
}

QTEST_GUILESS_MAIN(TestComplaintCounter)

#include "tst_complaintcounter.moc"
