// KioskRequestForm against a fixture store set up as a kiosk: every bad field of a repair request
// or a complaint gives its own message and nothing is written; a good repair request writes one
// ticket on the kiosk channel without staff, with its outbox ops; a good complaint writes one
// complaint; the number handed back is the row's, and the follow-up look-up finds it with the phone.
#include "caselookup.h"
#include "complaintrepository.h"
#include "complaintworkflow.h"
#include "datasource.h"
#include "fixture.h"
#include "kioskrequestform.h"
#include "session.h"
#include "store.h"
#include "ticketform.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
/** Row counts of everything a kiosk request writes. */
struct Counts
{
    int tickets = -1;
    int ticketEvents = -1;
    int complaints = -1;
    int complaintEvents = -1;
    int outbox = -1;
    bool operator==(const Counts &) const = default;
};

char *toString(const Counts &c)
{
    return QTest::toString(QStringLiteral("tickets %1, ticket events %2, complaints %3, complaint events %4, outbox %5")
                               .arg(c.tickets)
                               .arg(c.ticketEvents)
                               .arg(c.complaints)
                               .arg(c.complaintEvents)
                               .arg(c.outbox));
}

QStringList sortedKeys(const QVariantMap &map)
{
    QStringList keys = map.keys();
    keys.sort();
    return keys;
}
} // namespace

class TestKioskRequestForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void problemsMapToTheCountersCategories();
    void repairEveryBadFieldSaysWhyAndSavesNothing();
    void repairOtherProblemNeedsAFewWords();
    void repairPhoneIsRequired();
    void complaintEveryBadFieldSaysWhyAndSavesNothing();
    void complaintContentLimitsAreTheRepositorys();
    void editingClearsItsMessageAndTheSummary();
    void withoutStoreNothingIsSaved();
    void repairValidWritesOneKioskTicket();
    void complaintValidWritesOneKioskComplaint();

private:
    Counts counts();
    void fillRepair(KioskRequestForm &form);
    void fillComplaint(KioskRequestForm &form);

    QTemporaryDir *m_dir = nullptr;
    fd::ManualClock m_clock;
    std::unique_ptr<fd::Store> m_store;
    DataSource *m_data = nullptr;
    const qint64 m_end = QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC).toMSecsSinceEpoch();
};

void TestKioskRequestForm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestKioskRequestForm::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    auto s = fd::Store::open(m_dir->path(), m_clock);
    QVERIFY2(s, s ? "" : qPrintable(s.error().toString()));
    m_store = std::move(s).value();
    auto facts = Fixture::populate(*m_store, m_clock, m_end);
    QVERIFY2(facts, facts ? "" : qPrintable(facts.error().toString()));
    // The fixture is a counter's store; this one is a kiosk of the same outlet.
    fd::DeviceIdentity me = m_store->identity();
    me.mode = QStringLiteral("kiosk");
    auto set = m_store->setIdentity(me);
    QVERIFY2(set, set ? "" : qPrintable(set.error().toString()));
    m_data = new DataSource;
    m_data->setStore(m_store.get());
}

void TestKioskRequestForm::cleanup()
{
    delete m_data;
    m_data = nullptr;
    m_store.reset();
    delete m_dir;
    m_dir = nullptr;
}

Counts TestKioskRequestForm::counts()
{
    auto count = [this](const char *table) {
        auto r = m_store->db().run(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        return r && r.value().next() ? r.value().value(0).toInt() : -1;
    };
    return {count("tickets"), count("ticket_events"), count("complaints"), count("complaint_events"), count("outbox")};
}

void TestKioskRequestForm::fillRepair(KioskRequestForm &form)
{
    form.setSource(m_data);
    form.setKind(QStringLiteral("repair"));
    form.setProblem(QStringLiteral("obu_tamper"));
    form.setDescription(QStringLiteral("  换了前挡风玻璃以后就一直提示。 "));
    form.setPlate(QStringLiteral("皖a 23456"));
    form.setName(QStringLiteral(" 张  先生 "));
    form.setPhone(QStringLiteral("+86 138-0013-8000"));
}

void TestKioskRequestForm::fillComplaint(KioskRequestForm &form)
{
    form.setSource(m_data);
    form.setKind(QStringLiteral("complaint"));
    form.setCategory(QStringLiteral("price"));
    form.setContent(QStringLiteral("  通行费扣了两次，同一天同一个收费站。 "));
    form.setName(QStringLiteral("李女士"));
    form.setPhone(QStringLiteral("139 1234 5678"));
}

void TestKioskRequestForm::problemsMapToTheCountersCategories()
{
    const QStringList counterCategories = TicketForm::categories();
    QCOMPARE(KioskRequestForm::problems().size(), 6);
    for (const QString &problem : KioskRequestForm::problems()) {
        QVERIFY2(counterCategories.contains(KioskRequestForm::ticketCategory(problem)), qPrintable(problem));
        QVERIFY2(KioskRequestForm::problemTitle(problem).size() >= 2, qPrintable(problem));
    }
    QCOMPARE(KioskRequestForm::ticketCategory(QStringLiteral("obu_not_read")), QStringLiteral("obu_fault"));
    QCOMPARE(KioskRequestForm::ticketCategory(QStringLiteral("card_not_recognised")), QStringLiteral("card_fault"));
    QCOMPARE(KioskRequestForm::ticketCategory(QStringLiteral("balance_wrong")), QStringLiteral("transaction"));
    QVERIFY(KioskRequestForm::ticketCategory(QStringLiteral("engine_noise")).isEmpty());
    QCOMPARE(KioskRequestForm::complaintCategories(),
             (QStringList{QStringLiteral("product_quality"), QStringLiteral("service"), QStringLiteral("price"),
                          QStringLiteral("false_advertising"), QStringLiteral("other")}));
    for (const QString &category : KioskRequestForm::complaintCategories())
        QVERIFY2(fd::ComplaintWorkflow::categoryFromString(category), qPrintable(category));
}

void TestKioskRequestForm::repairEveryBadFieldSaysWhyAndSavesNothing()
{
    const Counts before = counts();
    KioskRequestForm form;
    form.setSource(m_data);
    form.setKind(QStringLiteral("repair"));
    form.setDescription(QString(KioskRequestForm::kMaxDescriptionLength + 1, QLatin1Char('x')));
    form.setPlate(QStringLiteral("皖A1234"));
    form.setPhone(QStringLiteral("1380013800"));
    QSignalSpy saved(&form, &KioskRequestForm::saved);
    QVERIFY(!form.submit());
    const QVariantMap errors = form.fieldErrors();
    QCOMPARE(sortedKeys(errors), (QStringList{QStringLiteral("description"), QStringLiteral("name"), QStringLiteral("phone"),
                                              QStringLiteral("plate"), QStringLiteral("problem")}));
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        QVERIFY2(it.value().toString().size() > 8, qPrintable(it.key()));
    QVERIFY(errors.value(QStringLiteral("phone")).toString().contains(QLatin1String("11 digits")));
    QVERIFY(errors.value(QStringLiteral("description")).toString().contains(QString::number(KioskRequestForm::kMaxDescriptionLength)));
    QVERIFY(!form.errorMessage().isEmpty());
    QVERIFY(!form.submitted());
    QVERIFY(form.savedNumber().isEmpty());
    QCOMPARE(saved.count(), 0);
    QCOMPARE(counts(), before);
}

void TestKioskRequestForm::repairOtherProblemNeedsAFewWords()
{
    const Counts before = counts();
    KioskRequestForm form;
    fillRepair(form);
    form.setProblem(QStringLiteral("other"));
    form.setDescription(QStringLiteral("  "));
    QVERIFY(!form.submit());
    QCOMPARE(sortedKeys(form.fieldErrors()), QStringList{QStringLiteral("description")});
    QCOMPARE(counts(), before);
    // For a listed problem the description is optional.
    form.setProblem(QStringLiteral("obu_display_off"));
    QVERIFY(form.validate());
}

void TestKioskRequestForm::repairPhoneIsRequired()
{
    const Counts before = counts();
    KioskRequestForm form;
    fillRepair(form);
    form.setPhone(QString());
    QVERIFY(!form.submit());
    QCOMPARE(sortedKeys(form.fieldErrors()), QStringList{QStringLiteral("phone")});
    QCOMPARE(counts(), before);
    // The plate is optional; an empty one is fine.
    form.setPhone(QStringLiteral("13800138000"));
    form.setPlate(QString());
    QVERIFY(form.validate());
}

void TestKioskRequestForm::complaintEveryBadFieldSaysWhyAndSavesNothing()
{
    const Counts before = counts();
    KioskRequestForm form;
    form.setSource(m_data);
    form.setKind(QStringLiteral("complaint"));
    form.setCategory(QStringLiteral("rudeness")); // not one of the five
    form.setContent(QStringLiteral(" 太慢 "));
    form.setName(QString(KioskRequestForm::maxNameLength() + 1, QChar(u'王')));
    // Repair fields do not count for a complaint, however wrong.
    form.setPlate(QStringLiteral("not a plate"));
    QSignalSpy saved(&form, &KioskRequestForm::saved);
    QVERIFY(!form.submit());
    QCOMPARE(sortedKeys(form.fieldErrors()), (QStringList{QStringLiteral("category"), QStringLiteral("content"), QStringLiteral("name"),
                                                          QStringLiteral("phone")}));
    QVERIFY(!form.errorMessage().isEmpty());
    QCOMPARE(saved.count(), 0);
    QCOMPARE(counts(), before);
}

void TestKioskRequestForm::complaintContentLimitsAreTheRepositorys()
{
    const Counts before = counts();
    KioskRequestForm form;
    fillComplaint(form);
    form.setContent(QString(fd::ComplaintRepository::kMaxContentLength + 1, QChar(u'慢')));
    QVERIFY(!form.submit());
    QCOMPARE(sortedKeys(form.fieldErrors()), QStringList{QStringLiteral("content")});
    form.setContent(QString(fd::ComplaintRepository::kMinContentLength - 1, QChar(u'慢')));
    QVERIFY(!form.validate());
    form.setContent(QString(fd::ComplaintRepository::kMinContentLength, QChar(u'慢')));
    QVERIFY(form.validate());
    form.setContent(QString(fd::ComplaintRepository::kMaxContentLength, QChar(u'慢')));
    QVERIFY(form.validate());
    QCOMPARE(counts(), before);
}

void TestKioskRequestForm::editingClearsItsMessageAndTheSummary()
{
    KioskRequestForm form;
    fillRepair(form);
    form.setName(QString());
    form.setPhone(QStringLiteral("123"));
    QVERIFY(!form.submit());
    QCOMPARE(sortedKeys(form.fieldErrors()), (QStringList{QStringLiteral("name"), QStringLiteral("phone")}));
    QVERIFY(!form.errorMessage().isEmpty());
    form.setPhone(QStringLiteral("13800138000"));
    QCOMPARE(sortedKeys(form.fieldErrors()), QStringList{QStringLiteral("name")});
    QVERIFY(!form.errorMessage().isEmpty());
    // The last marked field corrected: the form-wide "correct the marked fields" goes too.
    form.setName(QStringLiteral("张先生"));
    QVERIFY(form.fieldErrors().isEmpty());
    QVERIFY(form.errorMessage().isEmpty());
    // Switching between repair and complaint starts without messages.
    KioskRequestForm other;
    other.setSource(m_data);
    QVERIFY(!other.submit());
    QVERIFY(!other.fieldErrors().isEmpty());
    other.setKind(QStringLiteral("complaint"));
    QVERIFY(other.fieldErrors().isEmpty());
    QVERIFY(other.errorMessage().isEmpty());
}

void TestKioskRequestForm::withoutStoreNothingIsSaved()
{
    const Counts before = counts();
    KioskRequestForm form;
    fillRepair(form);
    form.setSource(nullptr);
    QVERIFY(!form.submit());
    QVERIFY(!form.errorMessage().isEmpty());
    QVERIFY(!form.submitted());
    QCOMPARE(counts(), before);
}

void TestKioskRequestForm::repairValidWritesOneKioskTicket()
{
    const Counts before = counts();
    KioskRequestForm form;
    fillRepair(form);
    QSignalSpy saved(&form, &KioskRequestForm::saved);
    QSignalSpy changed(m_data, &DataSource::changed);
    QVERIFY2(form.submit(), qPrintable(form.errorMessage() + QVariant(form.fieldErrors()).toString()));
    QCOMPARE(saved.count(), 1);
    QVERIFY(changed.count() >= 1);
    QVERIFY(form.submitted());
    const QString number = form.savedNumber();
    QVERIFY2(QRegularExpression(QStringLiteral("^T-0101-07-\\d{6}$")).match(number).hasMatch(), qPrintable(number));
    QCOMPARE(saved.at(0).at(0).toString(), number);

    const Counts after = counts();
    QCOMPARE(after.tickets, before.tickets + 1);
    QCOMPARE(after.ticketEvents, before.ticketEvents + 1);
    QCOMPARE(after.complaints, before.complaints);
    QCOMPARE(after.outbox, before.outbox + 2);

    auto row = m_store->db().run(QStringLiteral("SELECT ticket_no, channel, state, created_by IS NULL, category, title, description,"
                                                " contact_name, contact_phone, urgency, impact, customer_id IS NULL FROM tickets WHERE id = ?"),
                                 {form.savedId()});
    QVERIFY(row);
    QSqlQuery &q = row.value();
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), number);
    QCOMPARE(q.value(1).toString(), QStringLiteral("kiosk"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("reported"));
    QCOMPARE(q.value(3).toInt(), 1); // no staff at a kiosk
    QCOMPARE(q.value(4).toString(), QStringLiteral("obu_activation"));
    QCOMPARE(q.value(5).toString(), KioskRequestForm::problemTitle(QStringLiteral("obu_tamper")));
    QVERIFY(q.value(6).toString().startsWith(QStringLiteral("换了前挡风玻璃以后就一直提示。")));
    QVERIFY(q.value(6).toString().contains(QStringLiteral("皖A23456"))); // the plate, normalised
    QCOMPARE(q.value(7).toString(), QStringLiteral("张 先生"));
    QCOMPARE(q.value(8).toString(), QStringLiteral("13800138000"));
    QCOMPARE(q.value(9).toInt(), 2);
    QCOMPARE(q.value(10).toInt(), 3);
    QCOMPARE(q.value(11).toInt(), 1);

    // The ops that sync it later: its creation and its "report" step, with no staff member.
    auto ops = m_store->db().run(QStringLiteral("SELECT kind, staff_id, state FROM outbox WHERE seq > (SELECT max(seq) - 2 FROM outbox)"
                                                " ORDER BY seq"));
    QVERIFY(ops);
    QStringList kinds;
    while (ops.value().next()) {
        kinds << ops.value().value(0).toString();
        QCOMPARE(ops.value().value(1).toString(), QString());
        QCOMPARE(ops.value().value(2).toString(), QStringLiteral("pending"));
    }
    QCOMPARE(kinds, (QStringList{QStringLiteral("ticket.create"), QStringLiteral("ticket.event")}));
    auto entity = m_store->db().run(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'ticket.create' AND entity_id = ?"),
                                    {form.savedId()});
    QVERIFY(entity && entity.value().next());
    QCOMPARE(entity.value().value(0).toInt(), 1);

    // The receipt shows the number and the phone masked; what was typed is forgotten.
    QCOMPARE(form.maskedPhone(), QStringLiteral("138****8000"));
    QVERIFY(form.receiptText().contains(number));
    QVERIFY(form.name().isEmpty());
    QVERIFY(form.phone().isEmpty());
    QVERIFY(form.description().isEmpty());
    QVERIFY(form.plate().isEmpty());
    const QVariantMap query = form.followUpQuery();
    QCOMPARE(query.value(QStringLiteral("kind")).toString(), QStringLiteral("ticket"));
    QCOMPARE(query.value(QStringLiteral("number")).toString(), number);

    // With the number and the phone the customer finds it on this kiosk, masked.
    auto found = fd::CaseLookup(*m_store).lookupCase(number, query.value(QStringLiteral("phone")).toString());
    QVERIFY2(found, found ? "" : qPrintable(found.error().toString()));
    QCOMPARE(found->number, number);
    QCOMPARE(found->maskedPhone, QStringLiteral("138****8000"));

    // A second tap saves nothing more.
    const Counts once = counts();
    QVERIFY(!form.submit());
    QCOMPARE(counts(), once);
    QCOMPARE(saved.count(), 1);
}

void TestKioskRequestForm::complaintValidWritesOneKioskComplaint()
{
    const Counts before = counts();
    KioskRequestForm form;
    fillComplaint(form);
    QSignalSpy saved(&form, &KioskRequestForm::saved);
    QVERIFY2(form.submit(), qPrintable(form.errorMessage() + QVariant(form.fieldErrors()).toString()));
    QCOMPARE(saved.count(), 1);
    const QString number = form.savedNumber();
    QVERIFY2(QRegularExpression(QStringLiteral("^C-0101-07-\\d{6}$")).match(number).hasMatch(), qPrintable(number));

    const Counts after = counts();
    QCOMPARE(after.complaints, before.complaints + 1);
    QCOMPARE(after.complaintEvents, before.complaintEvents + 1);
    QCOMPARE(after.tickets, before.tickets);
    QCOMPARE(after.outbox, before.outbox + 2); // complaint.register and its "register" event

    auto row = m_store->db().run(QStringLiteral("SELECT complaint_no, channel, state, owner_staff_id IS NULL, category, content,"
                                                " complainant_name, complainant_phone FROM complaints WHERE id = ?"),
                                 {form.savedId()});
    QVERIFY(row);
    QSqlQuery &q = row.value();
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), number);
    QCOMPARE(q.value(1).toString(), QStringLiteral("kiosk"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("registered"));
    QCOMPARE(q.value(3).toInt(), 1);
    QCOMPARE(q.value(4).toString(), QStringLiteral("price"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("通行费扣了两次，同一天同一个收费站。"));
    QCOMPARE(q.value(6).toString(), QStringLiteral("李女士"));
    QCOMPARE(q.value(7).toString(), QStringLiteral("13912345678"));

    auto ops = m_store->db().run(QStringLiteral("SELECT kind, staff_id FROM outbox WHERE seq > (SELECT max(seq) - 2 FROM outbox) ORDER BY seq"));
    QVERIFY(ops);
    QStringList kinds;
    while (ops.value().next()) {
        kinds << ops.value().value(0).toString();
        QCOMPARE(ops.value().value(1).toString(), QString());
    }
    QCOMPARE(kinds, (QStringList{QStringLiteral("complaint.register"), QStringLiteral("complaint.event")}));

    QCOMPARE(form.maskedPhone(), QStringLiteral("139****5678"));
    QVERIFY(form.receiptText().contains(number));
    QVERIFY(form.content().isEmpty());
    QCOMPARE(form.followUpQuery().value(QStringLiteral("kind")).toString(), QStringLiteral("complaint"));
    auto found = fd::CaseLookup(*m_store).lookupCase(number, QStringLiteral("13912345678"));
    QVERIFY2(found, found ? "" : qPrintable(found.error().toString()));
    QCOMPARE(found->kind, QStringLiteral("complaint"));
}

QTEST_GUILESS_MAIN(TestKioskRequestForm)

#include "tst_kioskrequestform.moc"
