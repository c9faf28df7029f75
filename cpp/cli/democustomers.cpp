#include "democustomers.h"

#include "bulkchangewriter.h"
#include "customerrepository.h"
#include "democatalog.h"
#include "progressmeter.h"
#include "searchindex.h"
#include "settableclock.h"
#include "store.h"
#include "vehicleplate.h"

using namespace Qt::StringLiterals;

namespace fd::cli {

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24LL * 3600 * 1000;
} // namespace

DemoCustomers::DemoCustomers(Store &store, SettableClock &clock, DemoRandom &random, DemoPeople &people, DemoWorld &world,
                             QTextStream &err)
    : m_store(store), m_clock(clock), m_random(random), m_people(people), m_world(world), m_err(err)
{
}

Result<qint64> DemoCustomers::create(const DemoOptions &options)
{
    static const DemoRandom::Weights grades({5, 20, 60, 15});
    static const QStringList gradeNames = {u"A"_s, u"B"_s, u"C"_s, u"D"_s};
    static const DemoRandom::Weights channels({45, 25, 15, 8, 4, 3});
    static const QStringList channelNames = {u"phone"_s, u"wechat"_s, u"sms"_s, u"counter"_s, u"email"_s, u"visit"_s};

    const int n = options.customers;
    const DemoOutlet &own = m_world.outlets.at(m_world.ownOutlet);
    QStringList clerks;
    for (const int s : own.counterStaff)
        clerks << m_world.staff.at(s).id;
    if (clerks.isEmpty())
        clerks << m_world.staff.at(m_world.adminStaff).id;

    // Customers opened their accounts over the last six years, one after another.
    const qint64 start = m_world.nowMs - 6 * 365 * kDay;
    const qint64 end = m_world.nowMs - kDay;
    const double step = n > 0 ? double(end - start) / n : 0;

    CustomerRepository repo(m_store);
    ProgressMeter progress(m_err, u"customers"_s, n);
    m_world.customers.reserve(n);
    for (int done = 0; done < n;) {
        Transaction tx(m_store.db());
        if (!tx.isOpen())
            return tx.beginError();
        for (int k = 0; k < options.customersPerTransaction && done < n; ++k, ++done) {
            DemoCustomer c;
            c.openedAt = start + qint64(step * (done + m_random.unit()));
            c.region = m_people.homeRegion();
            c.corporate = m_random.chance(0.08);
            CustomerInput in;
            if (c.corporate) {
                const DemoCompany co = m_people.company(c.region);
                const DemoPerson agent = m_people.person(c.region, 25, 60);
                in.kind = u"corporate"_s;
                in.name = co.name;
                in.creditCode = co.creditCode;
                in.agentName = agent.name;
                in.agentIdNumber = agent.idNumber;
                in.phone = agent.phone;
                in.address = co.address;
                in.grade = m_random.chance(0.4) ? u"A"_s : u"B"_s;
                in.keyAccount = m_random.chance(0.4);
                in.segment = m_random.chance(0.7) ? u"物流企业"_s : u"运输企业"_s;
                in.preferredChannel = m_random.chance(0.6) ? u"visit"_s : u"phone"_s;
                in.needs = u"月结记账，希望统一开具通行费发票"_s;
            } else {
                const DemoPerson p = m_people.person(c.region);
                in.name = p.name;
                in.idNumber = p.idNumber;
                in.phone = p.phone;
                in.address = p.address;
                in.grade = gradeNames.at(m_random.pick(grades));
                in.keyAccount = in.grade == QLatin1String("A") && m_random.chance(0.5);
                in.segment = m_random.pickFrom(DemoCatalog::segments());
                in.preferredChannel = channelNames.at(m_random.pick(channels));
                in.needs = m_random.pickFrom(DemoCatalog::needs());
                if (m_random.chance(0.15))
                    in.email = m_random.digits(1).replace(u'0', u'1') + m_random.digits(m_random.between(6, 9)) + u"@qq.com"_s;
            }
            c.name = in.name;
            c.phone = in.phone;
            c.address = in.address;

            m_clock.pin(c.openedAt);
            auto rec = repo.create(in, clerks.at(done % clerks.size()), m_world.today);
            if (!rec)
                return makeError("demo_customer", u"Demo customer %1 was refused: %2"_s.arg(in.name, rec.error().toString()));
            c.id = rec->id;

            // The vehicles are registered in the second pass; decide them now, while the dice are in order.
            const int vehicles = c.corporate ? m_random.between(2, 8)
                                             : (m_random.chance(0.88) ? 1 : (m_random.chance(0.9) ? 2 : 3));
            c.firstVehicle = int(m_world.vehicles.size());
            c.vehicleCount = vehicles;
            for (int v = 0; v < vehicles; ++v) {
                const DemoVehicleSpec spec = m_people.vehicle(c.region, c.corporate && m_random.chance(0.75));
                DemoVehicle dv;
                dv.plate = spec.plate;
                dv.colour = VehiclePlate::toString(spec.colour);
                dv.vehicleClass = spec.vehicleClass;
                dv.vin = spec.vin;
                dv.licenceNo = spec.licenceNo;
                m_world.vehicles << dv;
            }
            m_world.customers << c;
        }
        if (auto r = tx.commit(); !r)
            return r.error();
        progress.update(done);
    }
    progress.finish(n);
    return qint64(n);
}

Result<void> DemoCustomers::issueFor(BulkChangeWriter &writer, DemoCustomer &customer)
{
    const DemoOutlet &own = m_world.outlets.at(m_world.ownOutlet);
    const QString clerk = own.counterStaff.isEmpty() ? m_world.staff.at(m_world.adminStaff).id
                                                     : m_world.staff.at(own.counterStaff.front()).id;
    qint64 at = customer.openedAt + m_random.between(2, 20) * kMinute;
    const auto insert = [&](const QString &opKind, const QString &entity, const QString &id, const QVariantMap &fields) -> Result<void> {
        m_clock.pin(at);
        at += m_random.between(20, 90) * 1000;
        Change c;
        c.opKind = opKind;
        c.entity = entity;
        c.entityId = id;
        c.fields = fields;
        c.staffId = clerk;
        if (auto r = writer.insert(c); !r)
            return r.error();
        return {};
    };

    const bool debit = customer.corporate ? m_random.chance(0.85) : m_random.chance(0.35);
    const QString kind = debit ? u"debit"_s : u"stored_value"_s;
    qint64 balance = 0;
    if (!debit)
        balance = (m_random.chance(0.1) ? m_random.between(800, 5000) : m_random.between(0, 800)) * 100LL + m_random.between(0, 99);
    const QString accountId = writer.newId(at);
    if (auto r = insert(u"etc_account.open"_s, u"etc_account"_s, accountId,
                        {{u"account_no"_s, u"3401%1"_s.arg(++m_accountSeq, 12, 10, QLatin1Char('0'))},
                         {u"customer_id"_s, customer.id},
                         {u"kind"_s, kind},
                         {u"status"_s, m_random.chance(0.007) ? u"frozen"_s : u"open"_s},
                         {u"balance_fen"_s, balance},
                         {u"outlet_id"_s, own.id},
                         {u"opened_at"_s, at}});
        !r)
        return r;

    static const DemoRandom::Weights cardStatus({955, 15, 15, 15});
    static const QStringList cardStatusNames = {u"normal"_s, u"lost"_s, u"suspended"_s, u"cancelled"_s};
    static const DemoRandom::Weights obuStatus({945, 15, 20, 10, 10});
    static const QStringList obuStatusNames = {u"active"_s, u"inactive"_s, u"tampered"_s, u"suspended"_s, u"lost"_s};
    for (int v = 0; v < customer.vehicleCount; ++v) {
        DemoVehicle &vehicle = m_world.vehicles[customer.firstVehicle + v];
        // The checks CustomerRepository::addVehicle makes.
        auto plate = VehiclePlate::parse(vehicle.plate);
        const auto colour = VehiclePlate::colourFromString(vehicle.colour);
        if (!plate || !colour || !VehiclePlate::colourMatches(plate.value(), *colour))
            return makeError("demo_plate", u"Demo plate %1 (%2) does not validate."_s.arg(vehicle.plate, vehicle.colour));
        vehicle.id = writer.newId(at);
        if (auto r = insert(u"vehicle.create"_s, u"vehicle"_s, vehicle.id,
                            {{u"customer_id"_s, customer.id}, {u"plate"_s, plate->plate}, {u"plate_colour"_s, vehicle.colour},
                             {u"vehicle_class"_s, vehicle.vehicleClass}, {u"licence_no"_s, vehicle.licenceNo}, {u"vin"_s, vehicle.vin}});
            !r)
            return r;

        const QDateTime issued = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
        const QString validFrom = issued.date().toString(Qt::ISODate);
        const QString validTo = issued.date().addYears(10).addDays(-1).toString(Qt::ISODate);
        const QString yy = u"%1"_s.arg(issued.date().year() % 100, 2, 10, QLatin1Char('0'));
        const QString ww = u"%1"_s.arg(issued.date().weekNumber(), 2, 10, QLatin1Char('0'));
        // 20 digits: issuer 3401, card type (22 stored value, 23 debit), year, week, serial.
        vehicle.cardNo = u"3401"_s + (debit ? u"23"_s : u"22"_s) + yy + ww + u"%1"_s.arg(++m_cardSeq, 10, 10, QLatin1Char('0'));
        vehicle.cardId = writer.newId(at);
        const QString status = cardStatusNames.at(m_random.pick(cardStatus));
        QVariantMap card = {{u"card_no"_s, vehicle.cardNo},
                            {u"account_id"_s, accountId},
                            {u"vehicle_id"_s, vehicle.id},
                            {u"card_type"_s, kind},
                            {u"status"_s, status},
                            {u"chip_balance_fen"_s, v == 0 ? balance : 0},
                            {u"txn_counter"_s, m_random.between(0, 1500)},
                            {u"valid_from"_s, validFrom},
                            {u"valid_to"_s, validTo},
                            {u"issued_at"_s, at}};
        if (status == QLatin1String("lost"))
            card.insert(u"loss_reported_at"_s, qMin(m_world.nowMs - kDay, at + m_random.between(30, 900) * kDay));
        if (auto r = insert(u"card.issue"_s, u"card"_s, vehicle.cardId, card); !r)
            return r;

        vehicle.obuId = writer.newId(at);
        const QString obuState = status == QLatin1String("cancelled") ? u"cancelled"_s : obuStatusNames.at(m_random.pick(obuStatus));
        QVariantMap obu = {{u"obu_no"_s, u"3401"_s + yy + u"%1"_s.arg(++m_obuSeq, 10, 10, QLatin1Char('0'))},
                           {u"account_id"_s, accountId},
                           {u"vehicle_id"_s, vehicle.id},
                           {u"status"_s, obuState},
                           {u"valid_from"_s, validFrom},
                           {u"valid_to"_s, validTo}};
        if (obuState != QLatin1String("inactive"))
            obu.insert(u"activated_at"_s, qMin(m_world.nowMs - kMinute, at + m_random.between(10, 4320) * kMinute));
        if (auto r = insert(u"obu.issue"_s, u"obu"_s, vehicle.obuId, obu); !r)
            return r;
    }
    return SearchIndex(m_store.db()).indexCustomer(customer.id);
}

Result<qint64> DemoCustomers::issueEtc(BulkChangeWriter &writer, const DemoOptions &options)
{
    const qint64 before = writer.rowsWritten();
    const int n = int(m_world.customers.size());
    ProgressMeter progress(m_err, u"vehicles, accounts, cards, OBUs"_s, n);
    const int perTx = qMax(1, options.customersPerTransaction / 2);
    for (int done = 0; done < n;) {
        Transaction tx(m_store.db());
        if (!tx.isOpen())
            return tx.beginError();
        for (int k = 0; k < perTx && done < n; ++k, ++done) {
            if (auto r = issueFor(writer, m_world.customers[done]); !r)
                return r.error();
        }
        if (auto r = writer.persistClock(); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        progress.update(done);
    }
    progress.finish(n);
    return writer.rowsWritten() - before;
}

} // namespace fd::cli
