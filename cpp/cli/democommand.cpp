#include "democommand.h"

#include "clicontext.h"
#include "democatalog.h"
#include "demogenerator.h"
#include "initcommand.h"
#include "progressmeter.h"
#include "ticketworkflow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fd::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DemoCommand", text);
}

qint64 count(Store &s, const QString &sql)
{
    auto r = s.db().run(sql);
    if (!r || !r.value().next())
        return -1;
    return r.value().value(0).toLongLong();
}
} // namespace

QString DemoCommand::summary() const
{
    return tr("Fill an empty store with realistic demo data (outlets, staff, crews, customers, ETC cards, tickets)");
}

QString DemoCommand::details() const
{
    return tr("Deterministic: the same --seed (and --now) gives the same data. Sets the device up first\n"
              "if the store is new (--outlet-code, --device-code, --mode). Demo staff numbers and their PINs\n"
              "are printed at the end. Progress goes to stderr. The benchmark store is made with\n"
              "  fielddesk-cli --data DIR demo --customers 200000 --tickets 1000000");
}

QList<CliOption> DemoCommand::options() const
{
    return {{u"customers"_s, u"N"_s, tr("Customers (about 8% corporate), with vehicles, accounts, cards, OBUs"), false, u"200"_s},
            {u"tickets"_s, u"M"_s, tr("Repair tickets with their timelines, in every workflow state"), false, u"1000"_s},
            {u"staff"_s, u"K"_s, tr("Staff members (default: customers/2000 within 24 to 150, and at least 2 per crew + 4)"), false, {}},
            {u"crews"_s, u"C"_s, tr("Repair crews (default: tickets/25000, 6 to 60)"), false, {}},
            {u"seed"_s, u"S"_s, tr("Random seed"), false, u"1"_s},
            {u"days"_s, u"D"_s, tr("Days of ticket history (default: tickets/3000, 14 to 730)"), false, {}},
            {u"now"_s, u"TIME"_s, tr("Reference time, ISO 8601 UTC, e.g. 2026-03-01T08:00:00Z (default: now)"), false, {}},
            {u"outlet-code"_s, u"CODE"_s, tr("This device's outlet, if the store is new"), false, u"0101"_s},
            {u"device-code"_s, u"NN"_s, tr("This device's code, if the store is new"), false, u"01"_s},
            {u"mode"_s, u"MODE"_s, tr("This device's mode, if the store is new"), false, u"counter"_s}};
}

int DemoCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    DemoOptions o;
    const auto customers = intOption(ctx, args, u"customers"_s, 0, 10'000'000);
    const auto tickets = customers ? intOption(ctx, args, u"tickets"_s, 0, 50'000'000) : std::nullopt;
    if (!customers || !tickets)
        return ExitUsage;
    o.customers = *customers;
    o.tickets = *tickets;
    const auto seed = int64Option(ctx, args, u"seed"_s, 0, 0xFFFFFFFFLL);
    if (!seed)
        return ExitUsage;
    o.seed = quint32(*seed);
    o.staff = qBound(24, o.customers / 2000, 150);
    o.crews = qBound(6, o.tickets / 25000, 60);
    if (args.isSet(u"crews"_s)) {
        const auto c = intOption(ctx, args, u"crews"_s, 1, 500);
        if (!c)
            return ExitUsage;
        o.crews = *c;
    }
    if (args.isSet(u"staff"_s)) {
        const auto s = intOption(ctx, args, u"staff"_s, 1, 5000);
        if (!s)
            return ExitUsage;
        o.staff = *s;
    } else {
        o.staff = qMax(o.staff, o.crews * 2 + 4);
    }
    if (o.staff < o.crews + 3)
        return ctx.usage(tr("--staff must be at least --crews + 3 (a supervisor, a clerk and a finance clerk, and one member per crew)."));
    if (args.isSet(u"days"_s)) {
        const auto d = intOption(ctx, args, u"days"_s, 3, 3650);
        if (!d)
            return ExitUsage;
        o.historyDays = *d;
    }
    if (args.isSet(u"now"_s)) {
        const QDateTime now = QDateTime::fromString(args.value(u"now"_s), Qt::ISODate);
        if (!now.isValid())
            return ctx.usage(tr("--now must be an ISO 8601 time such as 2026-03-01T08:00:00Z."));
        o.nowMs = now.toMSecsSinceEpoch();
    }
    o.outletCode = args.value(u"outlet-code"_s);
    o.deviceCode = args.value(u"device-code"_s);
    o.mode = args.value(u"mode"_s);

    auto store = ctx.store(CliContext::Open::CreateIfMissing);
    if (!store)
        return ctx.fail(store.error());
    Store &s = *store.value();
    if (!s.identity().isValid()) {
        DeviceSetup setup;
        setup.outletCode = o.outletCode;
        setup.deviceCode = o.deviceCode;
        setup.mode = o.mode;
        setup.outletName = u"演示网点 %1"_s.arg(o.outletCode);
        for (const DemoOutletDef &d : DemoCatalog::outlets()) {
            if (d.code == o.outletCode) {
                const DemoRegion &r = DemoCatalog::regions().at(d.region);
                setup.outletName = d.name;
                setup.province = r.province;
                setup.address = r.province + r.city + r.district + d.street;
            }
        }
        if (auto v = InitCommand::validate(setup); !v)
            return ctx.usage(v.error().field + u": "_s + v.error().message);
        if (auto r = InitCommand::setUp(s, setup); !r)
            return ctx.fail(r.error());
    }

    DemoGenerator generator(s, ctx.clock(), ctx.err());
    auto report = generator.run(o);
    if (!report)
        return ctx.fail(report.error());
    return printSummary(ctx, o, report.value(), generator);
}

int DemoCommand::printSummary(CliContext &ctx, const DemoOptions &o, const DemoReport &r, const DemoGenerator &generator)
{
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    Store &s = *store.value();
    QTextStream &out = ctx.out();
    const DemoWorld &w = generator.world();
    const auto rate = [](double n, double secs) { return secs > 0 ? qint64(n / secs) : 0; };

    out << tr("Demo data written to %1 (seed %2, reference time %3).")
               .arg(s.dataDir())
               .arg(o.seed)
               .arg(QDateTime::fromMSecsSinceEpoch(w.nowMs, Qt::UTC).toString(Qt::ISODate))
        << "\n\n";
    out << "  outlets: " << count(s, u"SELECT count(*) FROM outlets"_s) << "   devices: " << count(s, u"SELECT count(*) FROM devices"_s)
        << "   staff: " << count(s, u"SELECT count(*) FROM staff"_s) << "   crews: " << count(s, u"SELECT count(*) FROM crews"_s)
        << " (" << count(s, u"SELECT count(*) FROM crew_members"_s) << " members)\n";
    out << "  customers: " << count(s, u"SELECT count(*) FROM customers"_s) << " (corporate "
        << count(s, u"SELECT count(*) FROM customers WHERE kind = 'corporate'"_s) << ")   vehicles: "
        << count(s, u"SELECT count(*) FROM vehicles"_s) << "   etc accounts: " << count(s, u"SELECT count(*) FROM etc_accounts"_s)
        << "   cards: " << count(s, u"SELECT count(*) FROM cards"_s) << "   obus: " << count(s, u"SELECT count(*) FROM obus"_s) << '\n';
    out << "  tickets: " << count(s, u"SELECT count(*) FROM tickets"_s) << "   timeline events: " << r.timelineEvents
        << "   outage notices: " << r.outageNotices << " (active "
        << count(s, u"SELECT count(*) FROM outage_notices WHERE state = 'active'"_s) << ")\n";
    out << "  fault records: " << count(s, u"SELECT count(*) FROM fault_records"_s)
        << "   parts used: " << count(s, u"SELECT count(*) FROM ticket_parts"_s)
        << "   checks: " << count(s, u"SELECT count(*) FROM ticket_checks"_s)
        << "   photos: " << count(s, u"SELECT count(*) FROM attachments WHERE kind = 'photo'"_s)
        << "   signatures: " << count(s, u"SELECT count(*) FROM attachments WHERE kind = 'signature'"_s) << '\n';
    out << "  callbacks: " << count(s, u"SELECT count(*) FROM callbacks"_s) << " (satisfied "
        << count(s, u"SELECT count(*) FROM callbacks WHERE verdict = 'satisfied'"_s) << ", unsatisfied "
        << count(s, u"SELECT count(*) FROM callbacks WHERE verdict = 'unsatisfied'"_s) << ", waiting for a retry "
        << count(s, u"SELECT count(*) FROM callbacks WHERE state = 'pending'"_s) << ")   contact log entries: "
        << count(s, u"SELECT count(*) FROM contact_log"_s) << '\n';
    out << "  outbox ops pending: " << count(s, u"SELECT count(*) FROM outbox WHERE state = 'pending'"_s) << '\n';

    auto states = s.db().run(u"SELECT state, count(*) FROM tickets GROUP BY state"_s);
    if (!states)
        return ctx.fail(states.error());
    QHash<QString, qint64> byState;
    while (states.value().next())
        byState.insert(states.value().value(0).toString(), states.value().value(1).toLongLong());
    states.value().finish();
    out << "  tickets by state:";
    for (int i = 0; i < TicketWorkflow::kStateCount; ++i) {
        const QString key = TicketWorkflow::toString(TicketState(i));
        out << ' ' << key << '=' << byState.value(key);
    }
    out << '\n';
    out << "  overdue now: " << count(s, u"SELECT count(*) FROM tickets WHERE due_at IS NOT NULL AND due_at < %1"_s.arg(QDateTime::currentMSecsSinceEpoch()))
        << '\n';

    const qint64 etcAndTicketRows = r.etcRows + r.ticketRows;
    out << '\n'
        << tr("Generation: organisation %1 s, customers %2 s, ETC records %3 s, tickets %4 s, total %5.")
               .arg(r.organisationSeconds, 0, 'f', 1)
               .arg(r.customerSeconds, 0, 'f', 1)
               .arg(r.etcSeconds, 0, 'f', 1)
               .arg(r.ticketSeconds, 0, 'f', 1)
               .arg(ProgressMeter::duration(r.totalSeconds))
        << '\n';
    // One line for scripts and benchmark notes.
    out << "demo_rates customers_per_s=" << rate(o.customers, r.customerSeconds)
        << " etc_rows_per_s=" << rate(double(r.etcRows), r.etcSeconds)
        << " tickets_per_s=" << rate(o.tickets, r.ticketSeconds)
        << " ticket_rows_per_s=" << rate(double(r.ticketRows), r.ticketSeconds)
        << " bulk_rows_per_s=" << rate(double(etcAndTicketRows), r.etcSeconds + r.ticketSeconds)
        << " total_s=" << QString::number(r.totalSeconds, 'f', 1) << '\n';

    out << '\n' << tr("Demo staff — sign in with the staff number and its PIN (PINs follow from the seed):") << '\n';
    out << "  staff_no\tPIN\troles\tname\toutlet\n";
    for (const DemoStaff &st : w.staff)
        out << "  " << st.staffNo << '\t' << st.pin << '\t' << st.roles.join(u',') << '\t' << st.name << '\t'
            << w.outlets.at(st.outlet).name << '\n';
    return ExitOk;
}

} // namespace fd::cli
