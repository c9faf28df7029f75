#include "creditcode.h"
#include "democatalog.h"
#include "demopeople.h"
#include "demorandom.h"
#include "demoticketplanner.h"
#include "mobilephone.h"
#include "residentid.h"
#include "vehicleplate.h"

#include <QSet>
#include <QTest>

using namespace fd;
using namespace fd::cli;
using namespace Qt::StringLiterals;

/** The demo generator's building blocks: valid numbers, legal timelines, one seed one result. */
class TestDemoData : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kNow = 1'767'225'600'000; // 2026-01-01T00:00Z
    const QDate today{2026, 1, 1};

private Q_SLOTS:
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
