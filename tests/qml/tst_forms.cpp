// CustomerForm and TicketForm against a fixture store: bad input reports every problem on its
// field and leaves customers, vehicles, tickets and the outbox exactly as they were; good input
// writes the rows and their outbox ops; a vehicle the store refuses takes the customer with it.
#include "customerform.h"
#include "datasource.h"
#include "fixture.h"
#include "searchresultmodel.h"
#include "session.h"
#include "store.h"
#include "ticketform.h"
#include "ticketpriority.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
/** Row counts of everything a form writes. */
struct Counts
{
    int customers = -1;
    int vehicles = -1;
    int tickets = -1;
    int outbox = -1;
    bool operator==(const Counts &) const = default;
};

char *toString(const Counts &c)
{
    return QTest::toString(QStringLiteral("customers %1, vehicles %2, tickets %3, outbox %4")
                               .arg(c.customers)
                               .arg(c.vehicles)
                               .arg(c.tickets)
                               .arg(c.outbox));
}
} // namespace

class TestForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void customerBadIdAndPhoneReportedTogether();
    void customerBadPlateSavesNoCustomer();
    void customerPlateColourMismatchSavesNoCustomer();
    void customerPlateWithoutColour();
    void customerCompanyBadCreditCodeAndAgent();
    void customerAlreadyRegistered();
    void customerNotSignedIn();
    void customerValidWithVehicle();
    void customerValidWithoutVehicleDropsOtherKindsFields();
    void customerVehicleRefusedRollsBackCustomer();
    void customerEditingClearsItsMessage();
    void customerPrefillFromSearch();

    void ticketPrefilledFromCustomer();
    void ticketEmptyTitleAndBadPhoneSaveNothing();
    void ticketValidSavesWithCustomersPhone();
    void ticketPriorityFromUrgencyAndImpact();
    void ticketAnonymousNeedsContact();
    void ticketUnknownVehicle();

private:
    Counts counts();
    void fillValidPerson(CustomerForm &form);

    QTemporaryDir *m_dir = nullptr;
    fd::ManualClock m_clock;
    std::unique_ptr<fd::Store> m_store;
    FixtureFacts m_facts;
    DataSource *m_data = nullptr;
    Session *m_session = nullptr;
    const qint64 m_end = QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC).toMSecsSinceEpoch();
};

void TestForms::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestForms::init()
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
    m_session->setMode(QStringLiteral("counter"));
    QVERIFY(m_session->signIn(QStringLiteral("2001"), QStringLiteral("3690")));
}

void TestForms::cleanup()
{
    delete m_session;
    m_session = nullptr;
    delete m_data;
    m_data = nullptr;
    m_store.reset();
    delete m_dir;
    m_dir = nullptr;
}

Counts TestForms::counts()
{
    auto count = [this](const char *table) {
        auto r = m_store->db().run(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        return r && r.value().next() ? r.value().value(0).toInt() : -1;
    };
    return {count("customers"), count("vehicles"), count("tickets"), count("outbox")};
}

void TestForms::fillValidPerson(CustomerForm &form)
{
    form.setSource(m_data);
    form.setSession(m_session);
    form.setName(QStringLiteral("周晓梅"));
    form.setIdNumber(QStringLiteral("11010519491231002x"));
    form.setPhone(QStringLiteral("+86 139 5566 7788"));
}

void TestForms::customerBadIdAndPhoneReportedTogether()
{
    const Counts before = counts();
    CustomerForm form;
    fillValidPerson(form);
    form.setIdNumber(QStringLiteral("340104199002301234")); // 30 February
    form.setPhone(QStringLiteral("1380013800"));
    form.setEmail(QStringLiteral("zhou.example.com"));
    QSignalSpy saved(&form, &CustomerForm::saved);
    QVERIFY(!form.submit());
    const QVariantMap errors = form.fieldErrors();
    QCOMPARE(errors.keys(), (QStringList{QStringLiteral("email"), QStringLiteral("idNumber"), QStringLiteral("phone")}));
    QVERIFY(errors.value(QStringLiteral("phone")).toString().contains(QLatin1String("11 digits")));
    QVERIFY(!errors.value(QStringLiteral("idNumber")).toString().isEmpty());
    QCOMPARE(saved.count(), 0);
    QCOMPARE(counts(), before);
}

void TestForms::customerBadPlateSavesNoCustomer()
{
    const Counts before = counts();
    CustomerForm form;
    fillValidPerson(form);
    form.setPlate(QStringLiteral("皖A1234"));
    form.setPlateColour(QStringLiteral("blue"));
    QVERIFY(!form.submit());
    QCOMPARE(form.fieldErrors().keys(), QStringList{QStringLiteral("plate")});
    QCOMPARE(counts(), before);

    // The plate is checked with the other fields, so both problems show at once.
    form.setPhone(QStringLiteral("12345"));
    QVERIFY(!form.submit());
    QCOMPARE(form.fieldErrors().keys(), (QStringList{QStringLiteral("phone"), QStringLiteral("plate")}));
    QCOMPARE(counts(), before);
}

void TestForms::customerPlateColourMismatchSavesNoCustomer()
{
    const Counts before = counts();
    CustomerForm form;
    fillValidPerson(form);
    form.setPlate(QStringLiteral("皖AD23456"));
    form.setPlateColour(QStringLiteral("blue"));
    QVERIFY(!form.submit());
    QCOMPARE(form.fieldErrors().keys(), QStringList{QStringLiteral("plateColour")});
    QVERIFY(form.fieldErrors().value(QStringLiteral("plateColour")).toString().contains(QLatin1String("green")));
    QCOMPARE(counts(), before);

    // And the other way round: an ordinary plate is never green.
    form.setPlate(QStringLiteral("皖A23456"));
    form.setPlateColour(QStringLiteral("green"));
    QVERIFY(!form.submit());
    QVERIFY(form.fieldErrors().contains(QStringLiteral("plateColour")));
    QCOMPARE(counts(), before);
}

void TestForms::customerPlateWithoutColour()
{
    const Counts before = counts();
    CustomerForm form;
    fillValidPerson(form);
    form.setPlate(QStringLiteral("皖A23456"));
    QVERIFY(!form.submit());
    QCOMPARE(form.fieldErrors().keys(), QStringList{QStringLiteral("plateColour")});
    QCOMPARE(counts(), before);
}

void TestForms::customerCompanyBadCreditCodeAndAgent()
{
    const Counts before = counts();
    CustomerForm form;
    form.setSource(m_data);
    form.setSession(m_session);
    form.setKind(QStringLiteral("corporate"));
    form.setName(QStringLiteral("合肥恒通运输有限公司"));
    form.setCreditCode(QStringLiteral("91340100MA2N0XK3TZ"));
    form.setPhone(QStringLiteral("18655100000"));
    form.setAgentIdNumber(QStringLiteral("3401231980010100"));
    QVERIFY(!form.submit());
    QCOMPARE(form.fieldErrors().keys(),
             (QStringList{QStringLiteral("agentIdNumber"), QStringLiteral("agentName"), QStringLiteral("creditCode")}));
    QCOMPARE(counts(), before);
}

void TestForms::customerAlreadyRegistered()
{
    const Counts before = counts();
    CustomerForm form;
    fillValidPerson(form);
    // 张三's ID number, and the plate of 张三's car.
    auto zhang = m_store->db().run(QStringLiteral("SELECT id_number FROM customers WHERE name = '张三'"));
    QVERIFY(zhang && zhang.value().next());
    form.setIdNumber(zhang.value().value(0).toString());
    form.setPlate(QStringLiteral("皖 A·12345"));
    form.setPlateColour(QStringLiteral("blue"));
    QVERIFY(!form.submit());
    QCOMPARE(form.fieldErrors().keys(), (QStringList{QStringLiteral("idNumber"), QStringLiteral("plate")}));
    QVERIFY(form.fieldErrors().value(QStringLiteral("idNumber")).toString().contains(QStringLiteral("张三")));
    QVERIFY(form.fieldErrors().value(QStringLiteral("plate")).toString().contains(QStringLiteral("皖A12345")));
    QCOMPARE(counts(), before);
}

void TestForms::customerNotSignedIn()
{
    const Counts before = counts();
    m_session->signOut();
    CustomerForm form;
    fillValidPerson(form);
    QVERIFY(!form.submit());
    QVERIFY(!form.errorMessage().isEmpty());
    QCOMPARE(counts(), before);
}

void TestForms::customerValidWithVehicle()
{
    const Counts before = counts();
    CustomerForm form;
    fillValidPerson(form);
    form.setPlate(QStringLiteral("皖ad23456"));
    form.setPlateColour(QStringLiteral("green"));
    form.setLicenceNo(QStringLiteral("340100123456"));
    form.setGrade(QStringLiteral("B"));
    QSignalSpy saved(&form, &CustomerForm::saved);
    QSignalSpy changed(m_data, &DataSource::changed);
    QVERIFY2(form.submit(), qPrintable(form.errorMessage() + QVariant(form.fieldErrors()).toString()));
    QCOMPARE(saved.count(), 1);
    QVERIFY(changed.count() >= 1);
    const QString id = saved.at(0).at(0).toString();
    QCOMPARE(id, form.savedCustomerId());
    QVERIFY(form.fieldErrors().isEmpty());

    const Counts after = counts();
    QCOMPARE(after.customers, before.customers + 1);
    QCOMPARE(after.vehicles, before.vehicles + 1);
    QCOMPARE(after.tickets, before.tickets);
    QCOMPARE(after.outbox, before.outbox + 2); // customer.create and vehicle.create

    auto row = m_store->db().run(QStringLiteral("SELECT c.kind, c.id_number, c.phone, c.grade, c.created_at, v.plate, v.plate_colour,"
                                                " v.licence_no FROM customers c JOIN vehicles v ON v.customer_id = c.id WHERE c.id = ?"),
                                 {id});
    QVERIFY(row && row.value().next());
    const QSqlQuery &q = row.value();
    QCOMPARE(q.value(0).toString(), QStringLiteral("individual"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("11010519491231002X"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("13955667788"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("B"));
    QCOMPARE(q.value(4).toLongLong(), m_end);
    QCOMPARE(q.value(5).toString(), QStringLiteral("皖AD23456"));
    QCOMPARE(q.value(6).toString(), QStringLiteral("green"));
    QCOMPARE(q.value(7).toString(), QStringLiteral("340100123456"));

    // The counter's search finds the new customer by part of the name and by the plate.
    SearchResultModel search;
    search.setSource(m_data);
    search.setQuery(QStringLiteral("晓梅"));
    QCOMPARE(search.customerCount(), 1);
    search.setQuery(QStringLiteral("皖AD23456"));
    QCOMPARE(search.customerCount(), 1);
}

void TestForms::customerValidWithoutVehicleDropsOtherKindsFields()
{
    const Counts before = counts();
    CustomerForm form;
    fillValidPerson(form);
    // Typed as a company first, then switched back: the company's fields are not saved.
    form.setKind(QStringLiteral("corporate"));
    form.setAgentName(QStringLiteral("孙国庆"));
    form.setCreditCode(QStringLiteral("not a code"));
    form.setKind(QStringLiteral("individual"));
    QVERIFY(form.submit());
    const Counts after = counts();
    QCOMPARE(after.customers, before.customers + 1);
    QCOMPARE(after.vehicles, before.vehicles);
    QCOMPARE(after.outbox, before.outbox + 1);
    auto row = m_store->db().run(QStringLiteral("SELECT agent_name, credit_code FROM customers WHERE id = ?"), {form.savedCustomerId()});
    QVERIFY(row && row.value().next());
    QCOMPARE(row.value().value(0).toString(), QString());
    QCOMPARE(row.value().value(1).toString(), QString());
}

void TestForms::customerVehicleRefusedRollsBackCustomer()
{
    // The vehicle insert fails after the customer row is written (as a constraint the form
    // cannot foresee would): the customer must go too.
    QVERIFY(m_store->db().run(QStringLiteral("CREATE TEMP TRIGGER refuse_vehicles BEFORE INSERT ON vehicles"
                                             " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
    const Counts before = counts();
    CustomerForm form;
    fillValidPerson(form);
    form.setPlate(QStringLiteral("皖A23456"));
    form.setPlateColour(QStringLiteral("blue"));
    QSignalSpy saved(&form, &CustomerForm::saved);
    QVERIFY(!form.submit());
    QCOMPARE(saved.count(), 0);
    QVERIFY(!form.errorMessage().isEmpty());
    QVERIFY(form.savedCustomerId().isEmpty());
    QCOMPARE(counts(), before);
    QCOMPARE(m_store->db().transactionDepth(), 0);
    auto search = m_store->db().run(QStringLiteral("SELECT count(*) FROM customers WHERE name = '周晓梅'"));
    QVERIFY(search && search.value().next());
    QCOMPARE(search.value().value(0).toInt(), 0);
}

void TestForms::customerEditingClearsItsMessage()
{
    CustomerForm form;
    fillValidPerson(form);
    form.setPhone(QStringLiteral("123"));
    form.setIdNumber(QStringLiteral("123"));
    QSignalSpy errorsChanged(&form, &CustomerForm::fieldErrorsChanged);
    QVERIFY(!form.validate());
    QCOMPARE(errorsChanged.count(), 1);
    QCOMPARE(form.fieldErrors().size(), 2);
    form.setPhone(QStringLiteral("13955667788"));
    QCOMPARE(form.fieldErrors().keys(), QStringList{QStringLiteral("idNumber")});
    QVERIFY(!form.validate());
    form.setIdNumber(QStringLiteral("11010519491231002X"));
    QVERIFY(form.validate());
    QVERIFY(form.fieldErrors().isEmpty());
}

void TestForms::customerPrefillFromSearch()
{
    CustomerForm phone;
    phone.prefill(QStringLiteral("13911112222"));
    QCOMPARE(phone.phone(), QStringLiteral("13911112222"));
    CustomerForm plate;
    plate.prefill(QStringLiteral("皖A54321"));
    QCOMPARE(plate.plate(), QStringLiteral("皖A54321"));
    CustomerForm id;
    id.prefill(QStringLiteral("11010519491231002X"));
    QCOMPARE(id.idNumber(), QStringLiteral("11010519491231002X"));
    CustomerForm name;
    name.prefill(QStringLiteral(" 王五 "));
    QCOMPARE(name.name(), QStringLiteral("王五"));
    // A phone's tail is not a name.
    CustomerForm tail;
    tail.prefill(QStringLiteral("8000"));
    QCOMPARE(tail.name(), QString());
    QCOMPARE(tail.phone(), QString());
}

void TestForms::ticketPrefilledFromCustomer()
{
    TicketForm form;
    form.setSource(m_data);
    form.setSession(m_session);
    form.setCustomerId(m_facts.customerIds.value(QStringLiteral("张三")));
    QCOMPARE(form.customerName(), QStringLiteral("张三"));
    QCOMPARE(form.contactName(), QStringLiteral("张三"));
    QCOMPARE(form.contactPhone(), QStringLiteral("138****8000"));
    QVERIFY(form.usesCustomerPhone());
    QCOMPARE(form.address(), QStringLiteral("合肥市蜀山区潜山路 188 号"));
    QCOMPARE(form.vehicles().size(), 2);
    QVERIFY(form.vehicleId().isEmpty());

    // A company is reached through its agent; its one vehicle is chosen already.
    form.setCustomerId(m_facts.customerIds.value(QStringLiteral("安徽通达物流有限公司")));
    QCOMPARE(form.contactName(), QStringLiteral("孙国庆"));
    QCOMPARE(form.vehicles().size(), 1);
    QVERIFY(!form.vehicleId().isEmpty());
}

void TestForms::ticketEmptyTitleAndBadPhoneSaveNothing()
{
    const Counts before = counts();
    TicketForm form;
    form.setSource(m_data);
    form.setSession(m_session);
    form.setCustomerId(m_facts.customerIds.value(QStringLiteral("张三")));
    form.setCategory(QStringLiteral("obu_fault"));
    form.setTitle(QStringLiteral("  "));
    form.setContactPhone(QStringLiteral("1380013"));
    QSignalSpy saved(&form, &TicketForm::saved);
    QVERIFY(!form.submit());
    QCOMPARE(form.fieldErrors().keys(), (QStringList{QStringLiteral("contactPhone"), QStringLiteral("title")}));
    QCOMPARE(saved.count(), 0);
    QCOMPARE(counts(), before);
}

void TestForms::ticketValidSavesWithCustomersPhone()
{
    const Counts before = counts();
    TicketForm form;
    form.setSource(m_data);
    form.setSession(m_session);
    form.setCustomerId(m_facts.customerIds.value(QStringLiteral("张三")));
    form.setTitle(QStringLiteral("电子标签无法识别"));
    form.setCategory(QStringLiteral("obu_fault"));
    form.setUrgency(1);
    form.setImpact(3);
    form.setVehicleId(form.vehicles().at(1).toMap().value(QStringLiteral("vehicleId")).toString());
    QSignalSpy saved(&form, &TicketForm::saved);
    QVERIFY2(form.submit(), qPrintable(form.errorMessage() + QVariant(form.fieldErrors()).toString()));
    QCOMPARE(saved.count(), 1);
    QVERIFY(QRegularExpression(QStringLiteral("^T-0101-07-\\d{6}$")).match(form.savedTicketNo()).hasMatch());
    QCOMPARE(saved.at(0).at(1).toString(), form.savedTicketNo());

    const Counts after = counts();
    QCOMPARE(after.tickets, before.tickets + 1);
    QCOMPARE(after.customers, before.customers);
    QCOMPARE(after.outbox, before.outbox + 2); // ticket.create and its "report" event

    auto row = m_store->db().run(QStringLiteral("SELECT customer_id, channel, category, contact_name, contact_phone, urgency, impact,"
                                                " priority, vehicle_id, state, created_by FROM tickets WHERE id = ?"),
                                 {form.savedTicketId()});
    QVERIFY(row && row.value().next());
    const QSqlQuery &q = row.value();
    QCOMPARE(q.value(0).toString(), m_facts.customerIds.value(QStringLiteral("张三")));
    QCOMPARE(q.value(1).toString(), QStringLiteral("counter"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("obu_fault"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("张三"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("13800138000")); // the number on record, not the mask
    QCOMPARE(q.value(5).toInt(), 1);
    QCOMPARE(q.value(6).toInt(), 3);
    QCOMPARE(q.value(7).toInt(), fd::ticketPriority(1, 3));
    QCOMPARE(q.value(8).toString(), form.vehicleId());
    QCOMPARE(q.value(9).toString(), QStringLiteral("reported"));
    QCOMPARE(q.value(10).toString(), m_facts.staffIds.value(QStringLiteral("2001")));
}

void TestForms::ticketPriorityFromUrgencyAndImpact()
{
    TicketForm form;
    QCOMPARE(form.priority(), 3);
    QSignalSpy changed(&form, &TicketForm::inputChanged);
    form.setUrgency(1);
    form.setImpact(1);
    QCOMPARE(form.priority(), 1);
    form.setUrgency(3);
    form.setImpact(3);
    QCOMPARE(form.priority(), 5);
    QCOMPARE(changed.count(), 4);
}

void TestForms::ticketAnonymousNeedsContact()
{
    const Counts before = counts();
    TicketForm form;
    form.setSource(m_data);
    form.setSession(m_session);
    form.setTitle(QStringLiteral("卡片读取失败"));
    form.setCategory(QStringLiteral("card_fault"));
    QVERIFY(!form.submit());
    QCOMPARE(form.fieldErrors().keys(), (QStringList{QStringLiteral("contactName"), QStringLiteral("contactPhone")}));
    QCOMPARE(counts(), before);
    form.setContactName(QStringLiteral("刘女士"));
    form.setContactPhone(QStringLiteral("137 1111 2222"));
    QVERIFY(form.submit());
    QCOMPARE(counts().tickets, before.tickets + 1);
}

void TestForms::ticketUnknownVehicle()
{
    const Counts before = counts();
    TicketForm form;
    form.setSource(m_data);
    form.setSession(m_session);
    form.setCustomerId(m_facts.customerIds.value(QStringLiteral("李四光")));
    form.setTitle(QStringLiteral("车载单元频繁掉电"));
    form.setCategory(QStringLiteral("obu_fault"));
    form.setVehicleId(QStringLiteral("not-a-vehicle"));
    QVERIFY(!form.submit());
    QCOMPARE(form.fieldErrors().keys(), QStringList{QStringLiteral("vehicleId")});
    QCOMPARE(counts(), before);
}

QTEST_GUILESS_MAIN(TestForms)

#include "tst_forms.moc"
