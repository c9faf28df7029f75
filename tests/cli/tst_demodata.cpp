#include "bulkchangewriter.h"
#include "creditcode.h"
#include "democatalog.h"
#include "demogenerator.h"
#include "demopeople.h"
#include "demorandom.h"
#include "demoticketplanner.h"
#include "faultcatalogue.h"
#include "fieldworkrepository.h"
#include "finishchecklist.h"
#include "initcommand.h"
#include "mobilephone.h"
#include "residentid.h"
#include "settableclock.h"
#include "store.h"
#include "vehicleplate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;
using namespace fd::cli;
using namespace Qt::StringLiterals;

/**
 * The demo generator's building blocks (valid numbers, legal timelines, one seed one result)
 * and a small generated store: the crew's work record and the callbacks must be what the app
 * itself would have written.
 */
class TestDemoData : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kNow = 1'767'225'600'000; // 2026-01-01T00:00Z
    const QDate today{2026, 1, 1};

    /** A store filled by DemoGenerator, small enough to check row by row. */
    struct Demo
    {
        QTemporaryDir dir;
        SettableClock clock;
        std::unique_ptr<Store> store;
        QString error;

        explicit Demo(quint32 seed)
        {
            {
                auto s = Store::open(dir.path(), clock);
                if (!s) {
                    error = s.error().message;
                    return;
                }
                DeviceSetup setup;
                setup.outletCode = u"0101"_s;
                setup.outletName = u"合肥政务区网点"_s;
                setup.deviceCode = u"01"_s;
                if (auto r = InitCommand::setUp(*s.value(), setup); !r) {
                    error = r.error().message;
                    return;
                }
                QString progress;
                QTextStream err(&progress);
                DemoGenerator generator(*s.value(), clock, err);
                DemoOptions o;
                o.customers = 80;
                o.tickets = 700;
                o.staff = 9; // few PINs to hash
                o.crews = 4;
                o.seed = seed;
                o.nowMs = kNow;
                if (auto r = generator.run(o); !r) {
                    error = r.error().message;
                    return;
                }
            }
            // Reopened, as the generator asks: its bulk writer's clock ran ahead of the store's.
            auto s = Store::open(dir.path(), clock);
            if (!s)
                error = s.error().message;
            else
                store = std::move(s).value();
        }

        QList<QStringList> rows(const QString &sql) const
        {
            QList<QStringList> out;
            auto r = store->db().run(sql);
            if (!r)
                return {{u"error: "_s + r.error().message}};
            while (r.value().next()) {
                QStringList row;
                for (int i = 0; i < r.value().record().count(); ++i)
                    row << r.value().value(i).toString();
                out << row;
            }
            return out;
        }

        qint64 scalar(const QString &sql) const
        {
            const QList<QStringList> r = rows(sql);
            return r.isEmpty() || r.front().isEmpty() ? -1 : r.front().front().toLongLong();
        }
    };

    std::unique_ptr<Demo> m_seven;

    /** The store for seed 7, made once for the tests that only read it. */
    const Demo &seven()
    {
        if (!m_seven)
            m_seven = std::make_unique<Demo>(7);
        return *m_seven;
    }

    /** Everything the crews and the counter recorded, by ticket number and staff number instead of ids. */
    static QList<QStringList> workAndCallbacks(const Demo &d)
    {
        QList<QStringList> out;
        for (const QString &sql :
             {u"SELECT t.ticket_no, f.cause_category, f.cause_subcategory, f.ownership, f.genuine, f.work_done,"
              " s.staff_no, f.at FROM fault_records f JOIN tickets t ON t.id = f.ticket_id"
              " JOIN staff s ON s.id = f.recorded_by ORDER BY t.ticket_no, f.at"_s,
              u"SELECT t.ticket_no, p.part_code, p.part_name, p.quantity, p.at FROM ticket_parts p"
              " JOIN tickets t ON t.id = p.ticket_id ORDER BY t.ticket_no, p.at"_s,
              u"SELECT t.ticket_no, c.item, c.at FROM ticket_checks c JOIN tickets t ON t.id = c.ticket_id"
              " ORDER BY t.ticket_no, c.at"_s,
              u"SELECT t.ticket_no, a.kind, a.sha256, a.mime, a.size_bytes, a.file_name, a.at FROM attachments a"
              " JOIN tickets t ON t.id = a.owner_id ORDER BY t.ticket_no, a.at"_s,
              u"SELECT t.ticket_no, c.state, c.verdict, c.satisfaction, c.attempts, c.method, c.suggestions, c.done_at,"
              " c.next_attempt_at, c.due_at, s.staff_no, c.id = t.callback_id FROM callbacks c"
              " JOIN tickets t ON t.id = c.ticket_id JOIN staff s ON s.id = c.assigned_to"
              " ORDER BY t.ticket_no, c.updated_at"_s,
              u"SELECT t.ticket_no, l.channel, l.content, l.reply, l.at FROM contact_log l"
              " JOIN tickets t ON t.id = l.ref_id ORDER BY t.ticket_no, l.at, l.content"_s,
              u"SELECT kind, count(*) FROM outbox GROUP BY kind ORDER BY kind"_s})
            out += d.rows(sql);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void catalogueIsConsistent()
    {
        QCOMPARE(DemoCatalog::surnames().size(), DemoCatalog::surnameWeights().size());
        QCOMPARE(DemoCatalog::phonePrefixes().size(), DemoCatalog::phonePrefixWeights().size());
        for (const DemoRegion &r : DemoCatalog::regions()) {
            QVERIFY2(ResidentId::isProvinceCode(QStringView(r.idCode).left(2)), qPrintable(r.idCode));
            QVERIFY(VehiclePlate::kProvinces.contains(r.plate.at(0)));
            QVERIFY(!r.roads.isEmpty() && !r.stations.isEmpty());
        }
        QSet<QString> codes;
        for (const DemoOutletDef &o : DemoCatalog::outlets()) {
            QVERIFY(o.region >= 0 && o.region < DemoCatalog::regions().size());
            QVERIFY(!codes.contains(o.code));
            codes << o.code;
        }
        for (int era = 0; era < 3; ++era) {
            QCOMPARE(DemoCatalog::givenNames(era, true).size(), 30);
            QCOMPARE(DemoCatalog::givenNames(era, false).size(), 30);
        }
    }

    void peopleCarryValidNumbers()
    {
        DemoRandom random(42);
        DemoPeople people(random, today);
        QSet<QString> ids;
        for (int i = 0; i < 3000; ++i) {
            const DemoPerson p = people.person(people.homeRegion());
            auto id = ResidentId::parse(p.idNumber, today);
            QVERIFY2(id, qPrintable(p.idNumber));
            QCOMPARE(id->birthDate, p.birthDate);
            QCOMPARE(id->gender == Gender::Male, p.male);
            QVERIFY(p.birthDate.addYears(18) <= today);
            QVERIFY(!ids.contains(p.idNumber));
            ids << p.idNumber;
            QVERIFY2(MobilePhone::parse(p.phone), qPrintable(p.phone));
            QVERIFY(p.name.size() >= 2 && p.name.size() <= 4);
            QVERIFY(p.address.contains(u"号"_s));
        }
        for (int i = 0; i < 500; ++i) {
            const DemoCompany c = people.company(people.homeRegion());
            QVERIFY2(CreditCode::parse(c.creditCode), qPrintable(c.creditCode));
            // The organisation code inside carries its own GB 11714 check character.
            QCOMPARE(c.creditCode.at(16), DemoPeople::organisationCheckChar(QStringView(c.creditCode).mid(8, 8)));
            QVERIFY(c.name.endsWith(u"公司"_s));
        }
    }

    void vehiclesHavePlatesMatchingTheirColour()
    {
        DemoRandom random(3);
        DemoPeople people(random, today);
        QSet<PlateColour> colours;
        QSet<QString> plates;
        for (int i = 0; i < 4000; ++i) {
            const DemoVehicleSpec v = people.vehicle(people.homeRegion(), i % 4 == 0);
            auto plate = VehiclePlate::parse(v.plate);
            QVERIFY2(plate, qPrintable(v.plate));
            QVERIFY2(VehiclePlate::colourMatches(plate.value(), v.colour), qPrintable(v.plate));
            QVERIFY(!plates.contains(v.plate));
            plates << v.plate;
            colours << v.colour;
            QCOMPARE(v.vin.size(), 17);
            QCOMPARE(v.vin.at(8), DemoPeople::vinCheckChar(v.vin));
        }
        // Ordinary, new-energy small and large, trucks.
        QVERIFY(colours.contains(PlateColour::Blue) && colours.contains(PlateColour::Green)
                && colours.contains(PlateColour::Yellow) && colours.contains(PlateColour::YellowGreen));
    }

    void vinCheckDigitMatchesTheStandardExample()
    {
        // The worked example of 49 CFR 565 / ISO 3779.
        QCOMPARE(DemoPeople::vinCheckChar(u"1M8GDM9AXKP042788"), QChar(u'X'));
        QCOMPARE(DemoPeople::vinCheckChar(u"11111111111111111"), QChar(u'1'));
    }

    void everyPlanIsALegalWalk_data()
    {
        QTest::addColumn<int>("state");
        for (int s = 0; s < TicketWorkflow::kStateCount; ++s)
            QTest::newRow(qPrintable(TicketWorkflow::toString(TicketState(s)))) << s;
    }

    void everyPlanIsALegalWalk()
    {
        QFETCH(int, state);
        DemoRandom random(quint32(state) + 100);
        DemoTicketPlanner planner(random);
        const SlaPolicy sla;
        for (int i = 0; i < 300; ++i) {
            const bool live = i % 2 == 0;
            auto plan = live ? planner.planLive(TicketState(state), kNow, 24 * 3600 * 1000, u"obu"_s)
                             : planner.planHistory(TicketState(state), kNow - 30LL * 24 * 3600 * 1000, kNow, u"lane"_s);
            QVERIFY(plan);
            QCOMPARE(int(plan->state), state);
            QVERIFY(plan->stateAt <= kNow);
            QCOMPARE(plan->dueAt, sla.dueAtMs(plan->state, plan->stateAt));
            TicketState s = TicketState::Reported;
            qint64 at = plan->reportedAt;
            QCOMPARE(plan->steps.front().event, u"report"_s);
            for (const DemoStep &step : plan->steps) {
                QVERIFY(step.at >= at);
                at = step.at;
                if (step.kind != DemoStep::Kind::Transition || step.event == u"report"_s)
                    continue;
                auto next = TicketWorkflow::apply(s, *TicketWorkflow::eventFromString(step.event));
                QVERIFY(next);
                QCOMPARE(step.from, s);
                QCOMPARE(step.to, next.value());
                s = next.value();
                if (step.event == u"return"_s || step.event == u"cancel"_s || step.event == u"reopen"_s)
                    QVERIFY(!step.note.isEmpty());
            }
            QCOMPARE(s, plan->state);
            QCOMPARE(at, plan->stateAt);
        }
    }

    void liveTicketsAreSometimesWithinTheirLimit()
    {
        DemoRandom random(5);
        DemoTicketPlanner planner(random);
        int overdue = 0;
        int inTime = 0;
        for (int i = 0; i < 400; ++i) {
            auto plan = planner.planLive(TicketState::Delivered, kNow, 6 * 3600 * 1000, u"card"_s);
            QVERIFY(plan);
            (plan->dueAt < kNow ? overdue : inTime)++;
        }
        QVERIFY(overdue > 150);
        QVERIFY(inTime > 50);
    }

    void oneSeedOneResult()
    {
        const auto names = [this](quint32 seed) {
            DemoRandom random(seed);
            DemoPeople people(random, today);
            QStringList out;
            for (int i = 0; i < 50; ++i)
                out << people.person(people.homeRegion()).name + people.phone();
            return out;
        };
        QCOMPARE(names(9), names(9));
        QVERIFY(names(9) != names(10));
    }

    void repairsFitTheCatalogueAndTheProblem()
    {
        const FaultCatalogue &catalogue = FaultCatalogue::builtIn();
        const QList<DemoRepair> *fallback = &DemoCatalog::repairs(DemoProblem{});
        const QStringList ownerships = {u"customer"_s, u"company"_s, u"third_party"_s, u"unknown"_s};
        // What a crew can find for a kind of problem: an OBU fault is the OBU, the car or how it is used.
        const QHash<QString, QStringList> fits = {{u"obu"_s, {u"obu"_s, u"vehicle"_s, u"operation"_s}},
                                                  {u"card"_s, {u"card"_s, u"lane"_s, u"operation"_s, u"other"_s}},
                                                  {u"lane"_s, {u"lane"_s, u"obu"_s, u"vehicle"_s}},
                                                  {u"device"_s, {u"other"_s, u"lane"_s}},
                                                  {u"account"_s, {u"card"_s, u"operation"_s, u"other"_s}},
                                                  {u"install"_s, {u"operation"_s, u"obu"_s}}};
        for (const DemoProblem &p : DemoCatalog::problems()) {
            const QList<DemoRepair> &repairs = DemoCatalog::repairs(p);
            QVERIFY2(&repairs != fallback && !repairs.isEmpty(), qPrintable(p.title));
            QVERIFY2(fits.contains(p.category), qPrintable(p.category));
            for (const DemoRepair &r : repairs) {
                const QString what = p.title + u": "_s + r.cause + u'/' + r.subcause;
                QVERIFY2(catalogue.check(r.cause, r.subcause), qPrintable(what));
                QVERIFY2(fits.value(p.category).contains(r.cause), qPrintable(what));
                QVERIFY2(ownerships.contains(r.ownership), qPrintable(what));
                QVERIFY(!r.workDone.trimmed().isEmpty() && r.workDone.size() <= 2000);
                QVERIFY(!r.finishNote.trimmed().isEmpty());
                QVERIFY(r.weight > 0);
                // The limits FieldWorkRepository::addPart enforces.
                QCOMPARE(r.part.code.isEmpty(), r.part.name.isEmpty());
                QVERIFY(r.part.code.size() <= 40 && r.part.name.size() <= 80);
            }
        }
    }

    void finishedTicketsHaveTheirWorkRecord()
    {
        const Demo &d = seven();
        QVERIFY2(d.store, qPrintable(d.error));
        const QSet<QString> reachedFinish = [&] {
            QSet<QString> ids;
            for (const QStringList &r : d.rows(u"SELECT DISTINCT ticket_id FROM ticket_events WHERE event = 'finish'"_s))
                ids << r.at(0);
            return ids;
        }();
        QVERIFY(reachedFinish.size() > 500);
        FieldWorkRepository work(*d.store);
        const FaultCatalogue &catalogue = FaultCatalogue::builtIn();
        int finishedOrClosed = 0;
        for (const QStringList &t : d.rows(u"SELECT id, ticket_no, state FROM tickets"_s)) {
            auto record = work.workRecord(t.at(0));
            QVERIFY(record);
            if (!reachedFinish.contains(t.at(0))) {
                // Nothing recorded where the crew never finished.
                QVERIFY2(!record->fault && record->parts.isEmpty() && record->attachments.isEmpty()
                             && record->confirmed.isEmpty(),
                         qPrintable(t.at(1)));
                continue;
            }
            if (t.at(2) == u"finished"_s || t.at(2) == u"closed"_s)
                ++finishedOrClosed;
            QVERIFY2(record->fault, qPrintable(t.at(1)));
            QVERIFY2(catalogue.check(record->fault->causeCategory, record->fault->causeSubcategory), qPrintable(t.at(1)));
            // Attachments count although their files are on another device.
            QVERIFY(!record->attachments.isEmpty());
            QVERIFY(record->attachments.front().localPath.isEmpty());
            auto facts = work.facts(t.at(0));
            QVERIFY(facts);
            const QStringList missing = FinishChecklist::builtIn().missing(facts.value(), u"en"_s);
            QVERIFY2(missing.isEmpty(), qPrintable(t.at(1) + u": "_s + missing.join(u", "_s)));
        }
        QVERIFY(finishedOrClosed > 500);

        // Each record lies within a visit: after an arrival and before the finish that follows it.
        const QString outsideAVisit =
            u"SELECT count(*) FROM (%1) w WHERE NOT EXISTS (SELECT 1 FROM ticket_events a JOIN ticket_events f"
            " ON f.ticket_id = a.ticket_id AND f.event = 'finish' AND f.at > a.at"
            " WHERE a.ticket_id = w.ticket_id AND a.event = 'arrive' AND w.at > a.at AND w.at < f.at"
            " AND NOT EXISTS (SELECT 1 FROM ticket_events x WHERE x.ticket_id = a.ticket_id"
            " AND x.event IN ('arrive', 'finish') AND x.at > a.at AND x.at < f.at))"_s;
        for (const QString &rows :
             {u"SELECT ticket_id, at FROM fault_records"_s, u"SELECT ticket_id, at FROM ticket_parts"_s,
              u"SELECT ticket_id, at FROM ticket_checks"_s, u"SELECT owner_id AS ticket_id, at FROM attachments"_s})
            QVERIFY2(d.scalar(outsideAVisit.arg(rows)) == 0, qPrintable(rows));

        // Some jobs used parts, the others confirmed none; photos are JPEG or PNG, signatures PNG.
        QVERIFY(d.scalar(u"SELECT count(*) FROM ticket_parts WHERE quantity = 1"_s) > 100);
        QVERIFY(d.scalar(u"SELECT count(*) FROM ticket_checks WHERE item = 'parts'"_s) > 100);
        QCOMPARE(d.scalar(u"SELECT count(*) FROM ticket_checks WHERE item NOT IN ('parts', 'tested')"_s), 0);
        // Mostly genuine: the ones that are not were put right by showing how to use it.
        const qint64 notGenuine = d.scalar(u"SELECT count(*) FROM fault_records WHERE genuine = 0"_s);
        QVERIFY(notGenuine > 0 && notGenuine * 5 < d.scalar(u"SELECT count(*) FROM fault_records"_s));
        QCOMPARE(d.scalar(u"SELECT count(*) FROM fault_records WHERE genuine = 0 AND cause_category != 'operation'"_s), 0);
        QCOMPARE(d.scalar(u"SELECT count(*) FROM attachments WHERE NOT ((kind = 'photo' AND mime IN ('image/jpeg', 'image/png'))"
                          " OR (kind = 'signature' AND mime = 'image/png')) OR size_bytes <= 0 OR length(sha256) != 64"
                          " OR sha256 GLOB '*[^0-9a-f]*' OR owner_kind != 'ticket'"_s),
                 0);
        QCOMPARE(d.scalar(u"SELECT count(DISTINCT sha256) FROM attachments"_s),
                 d.scalar(u"SELECT count(*) FROM attachments"_s));
    }

    void callbacksDecideCloseAndReopen()
    {
        const Demo &d = seven();
        QVERIFY2(d.store, qPrintable(d.error));
        // The ticket's callback is its last close or reopen, made at that step's time.
        const QString last = u"(SELECT e.at FROM ticket_events e WHERE e.ticket_id = t.id AND e.event IN ('close', 'reopen')"
                             " ORDER BY e.at DESC LIMIT 1)"_s;
        const QList<QStringList> decided = d.rows(
            u"SELECT t.ticket_no, t.state, c.state, c.verdict, c.satisfaction, c.suggestions, c.done_at = %1,"
            " c.ticket_id = t.id, c.outlet_id = t.outlet_id, c.customer_id IS t.customer_id, c.reason, c.attempts, c.method"
            " FROM tickets t JOIN callbacks c ON c.id = t.callback_id WHERE t.state IN ('closed', 'reopened')"_s.arg(last));
        QCOMPARE(decided.size(), int(d.scalar(u"SELECT count(*) FROM tickets WHERE state IN ('closed', 'reopened')"_s)));
        int reopened = 0;
        for (const QStringList &r : decided) {
            const bool closed = r.at(1) == u"closed"_s;
            reopened += closed ? 0 : 1;
            QCOMPARE(r.at(2), u"done"_s);
            QCOMPARE(r.at(3), closed ? u"satisfied"_s : u"unsatisfied"_s);
            const int satisfaction = r.at(4).toInt();
            QVERIFY2(closed ? satisfaction >= 4 : satisfaction <= 2, qPrintable(r.join(u' ')));
            if (!closed)
                QVERIFY(!r.at(5).isEmpty()); // what is still wrong, for the crew
            for (int i = 6; i <= 9; ++i)
                QVERIFY2(r.at(i) == u"1"_s, qPrintable(r.join(u' ')));
            QCOMPARE(r.at(10), u"ticket_completed"_s);
            QVERIFY(r.at(11) == u"1"_s || r.at(11) == u"2"_s);
            QVERIFY(QStringList({u"phone"_s, u"sms"_s, u"wechat"_s, u"visit"_s}).contains(r.at(12)));
        }
        QVERIFY(reopened > 0);
        QVERIFY(decided.size() - reopened > 500);

        // Every close and reopen step had its answered callback; finished tickets name only an
        // earlier unhappy one; the rest wait with one unanswered call, retried after now.
        QCOMPARE(d.scalar(u"SELECT count(*) FROM callbacks WHERE state = 'done'"_s),
                 d.scalar(u"SELECT count(*) FROM ticket_events WHERE event IN ('close', 'reopen')"_s));
        QCOMPARE(d.scalar(u"SELECT count(*) FROM ticket_events e WHERE e.event IN ('close', 'reopen') AND NOT EXISTS"
                          " (SELECT 1 FROM callbacks c WHERE c.ticket_id = e.ticket_id AND c.done_at = e.at"
                          " AND c.verdict = CASE e.event WHEN 'close' THEN 'satisfied' ELSE 'unsatisfied' END)"_s),
                 0);
        QCOMPARE(d.scalar(u"SELECT count(*) FROM tickets t LEFT JOIN callbacks c ON c.id = t.callback_id"
                          " WHERE t.state NOT IN ('closed', 'reopened') AND t.callback_id IS NOT NULL"
                          " AND NOT (t.state = 'finished' AND c.verdict = 'unsatisfied')"_s),
                 0);
        const QList<QStringList> waiting =
            d.rows(u"SELECT t.state, c.attempts, c.next_attempt_at, c.done_at IS NULL, c.verdict, t.state_at < c.updated_at"
                   " FROM callbacks c JOIN tickets t ON t.id = c.ticket_id WHERE c.state = 'pending'"_s);
        QVERIFY(!waiting.isEmpty());
        for (const QStringList &w : waiting) {
            QCOMPARE(w.at(0), u"finished"_s);
            QCOMPARE(w.at(1), u"1"_s);
            QVERIFY(w.at(2).toLongLong() > kNow && w.at(2).toLongLong() < kNow + 3 * 3600 * 1000);
            QCOMPARE(w.at(3), u"1"_s);
            QCOMPARE(w.at(4), QString());
            QCOMPARE(w.at(5), u"1"_s);
        }
        QCOMPARE(d.scalar(u"SELECT count(*) FROM callbacks WHERE state NOT IN ('done', 'pending')"_s), 0);
        // Each call is on the customer's contact log, as the counter's close-out writes it.
        QCOMPARE(d.scalar(u"SELECT count(*) FROM callbacks c WHERE c.customer_id IS NOT NULL AND NOT EXISTS"
                          " (SELECT 1 FROM contact_log l WHERE l.ref_id = c.ticket_id AND l.customer_id = c.customer_id)"_s),
                 0);
    }

    void demoOpsMatchTheirRows()
    {
        const Demo &d = seven();
        QVERIFY2(d.store, qPrintable(d.error));
        // Each new row has its op, of the kind its repository uses.
        const QList<QPair<QString, QString>> kinds = {
            {u"fault_records"_s, u"ticket.fault_record"_s}, {u"ticket_parts"_s, u"ticket.part"_s},
            {u"ticket_checks"_s, u"ticket.check"_s},        {u"attachments"_s, u"attachment.create"_s},
            {u"callbacks"_s, u"callback.create"_s},         {u"contact_log"_s, u"contact.log"_s}};
        for (const auto &[table, kind] : kinds) {
            const qint64 n = d.scalar(u"SELECT count(*) FROM %1"_s.arg(table));
            QVERIFY2(n > 0, qPrintable(table));
            QCOMPARE(d.scalar(u"SELECT count(*) FROM outbox WHERE kind = '%1'"_s.arg(kind)), n);
            QCOMPARE(d.scalar(u"SELECT count(*) FROM %1 r WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity_id = r.id"
                              " AND o.kind = '%2')"_s.arg(table, kind)),
                     0);
        }
        // Payloads are what QJsonDocument writes, and a ticket's op names the callback its row names.
        auto ops = d.store->db().run(u"SELECT payload, kind, entity_id FROM outbox"_s);
        QVERIFY(ops);
        QHash<QString, QString> callbackOf;
        int n = 0;
        while (ops.value().next()) {
            const QByteArray payload = ops.value().value(0).toString().toUtf8();
            const QJsonDocument doc = QJsonDocument::fromJson(payload);
            QVERIFY2(doc.isObject(), payload.constData());
            QCOMPARE(doc.toJson(QJsonDocument::Compact), payload);
            if (ops.value().value(1).toString() == u"ticket.create"_s) {
                const QJsonObject fields = doc.object().value(u"fields"_s).toObject();
                callbackOf.insert(ops.value().value(2).toString(), fields.value(u"callback_id"_s).toString());
            }
            ++n;
        }
        QVERIFY(n > 10000);
        for (const QStringList &t : d.rows(u"SELECT id, COALESCE(callback_id, '') FROM tickets"_s))
            QCOMPARE(callbackOf.value(t.at(0), u"?"_s), t.at(1));
    }

    void bulkPayloadsAreWhatQtWrites()
    {
        // The bulk writer writes outbox payloads itself (for speed); they must be byte for byte
        // QJsonDocument's, whatever the text holds.
        QTemporaryDir dir;
        SettableClock clock;
        auto store = Store::open(dir.path(), clock);
        QVERIFY(store);
        BulkChangeWriter writer(*store.value());
        const QStringList texts = {QString(), u""_s, u"plain"_s, u"引号\"和\\反斜杠"_s, u"tab\tnew\nline\r\b\f"_s,
                                   u"bell\u0007 nul"_s + QChar(0) + u"del\u007f"_s, u"é ü ß"_s, u"😀 emoji 𠀀"_s,
                                   u"lone "_s + QChar(0xd800) + u" surrogate"_s, QString(QChar(0xdc00)), u"</script>/"_s,
                                   u"\u2028\u2029\ufffe\uffff"_s};
        const QVariantList others = {QVariant(), 0, -1, qint64(1) << 53, (qint64(1) << 62) + 1, true, false, 2.5, 7u,
                                     QVariant(QByteArray("x"))};
        QVariantList values;
        for (const QString &t : texts)
            values << t;
        values += others;
        for (const QVariant &v : std::as_const(values)) {
            Change c;
            c.opKind = u"contact.log"_s;
            c.entity = u"contact"_s;
            c.entityId = writer.newId(kNow);
            c.fields = {{u"customer_id"_s, u"c-1"_s}, {u"at"_s, kNow}, {u"channel"_s, u"phone"_s}, {u"content"_s, v}};
            auto p = writer.prepare(c, kNow);
            QVERIFY(p);
            const QString tx = QString::fromUtf8(p->op.at(0).bytes);
            const QJsonObject expected{{u"mode"_s, u"insert"_s}, {u"fields"_s, QJsonObject::fromVariantMap(c.fields)},
                                       {u"tx"_s, tx}};
            QCOMPARE(p->op.at(4).bytes, QJsonDocument(expected).toJson(QJsonDocument::Compact));
        }
    }

    void oneSeedOneWorkRecord()
    {
        const Demo a(11);
        const Demo b(11);
        const Demo c(12);
        QVERIFY2(a.store && b.store && c.store, qPrintable(a.error + b.error + c.error));
        const QList<QStringList> wa = workAndCallbacks(a);
        QVERIFY(wa.size() > 3000);
        QCOMPARE(wa, workAndCallbacks(b));
        QVERIFY(wa != workAndCallbacks(c));
    }

    void surnamesFollowTheirFrequencies()
    {
        DemoRandom random(1);
        DemoPeople people(random, today);
        QHash<QString, int> counts;
        const int n = 20000;
        for (int i = 0; i < n; ++i)
            counts[people.contactName().left(1)]++;
        // 王, 李 and 张 are each about 7% of people; 上官 is rare.
        for (const QString &s : {u"王"_s, u"李"_s, u"张"_s})
            QVERIFY2(counts.value(s) > n / 20 && counts.value(s) < n / 8, qPrintable(s));
        QVERIFY(counts.value(u"上"_s) < n / 500);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
