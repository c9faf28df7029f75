#include "crewaddcommand.h"

#include "clicontext.h"
#include "vehicleplate.h"

#include <QCoreApplication>

namespace fd::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CrewAddCommand", text);
}
} // namespace

QString CrewAddCommand::summary() const
{
    return tr("Add a repair crew to an outlet, with its members");
}

QList<CliOption> CrewAddCommand::options() const
{
    return {{QStringLiteral("name"), QStringLiteral("NAME"), tr("Crew name, e.g. 政务区维修一班"), true, {}},
            {QStringLiteral("outlet-code"), QStringLiteral("CODE"), tr("Outlet of the crew (default: this device's outlet)"), false, {}},
            {QStringLiteral("members"), QStringLiteral("LIST"), tr("Comma-separated staff numbers of the members"), false, {}},
            {QStringLiteral("plate"), QStringLiteral("PLATE"), tr("Plate of the crew's van"), false, {}},
            {QStringLiteral("staff"), QStringLiteral("STAFF_NO"), tr("Staff number of the person adding the crew"), false, {}}};
}

int CrewAddCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    auto store = ctx.setUpStore();
    if (!store)
        return ctx.fail(store.error());
    Store &s = *store.value();
    const QString name = args.value(QStringLiteral("name")).simplified();
    if (name.size() < 2)
        return ctx.fail(makeError("invalid_name", tr("Give the crew a name of at least two characters."), QStringLiteral("--name")));
    QString outletId = s.identity().outletId;
    if (args.isSet(QStringLiteral("outlet-code"))) {
        auto outlet = ctx.outletIdByCode(args.value(QStringLiteral("outlet-code")));
        if (!outlet)
            return ctx.fail(outlet.error());
        outletId = outlet.value();
    }
    QString plate;
    if (args.isSet(QStringLiteral("plate"))) {
        auto p = VehiclePlate::parse(args.value(QStringLiteral("plate")));
        if (!p) {
            Error e = p.error();
            e.field = QStringLiteral("--plate");
            return ctx.fail(e);
        }
        plate = p->plate;
    }
    QStringList memberIds;
    for (const QString &no : args.value(QStringLiteral("members")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto m = ctx.staffByNo(no.trimmed());
        if (!m)
            return ctx.fail(m.error());
        if (!m->hasRole(QStringLiteral("crew")))
            return ctx.fail(makeError("not_crew", tr("%1 (%2) does not have the crew role.").arg(m->staffNo, m->name),
                                      QStringLiteral("--members")));
        memberIds << m->id;
    }
    QString actor;
    if (args.isSet(QStringLiteral("staff"))) {
        auto who = ctx.staffByNo(args.value(QStringLiteral("staff")));
        if (!who)
            return ctx.fail(who.error());
        actor = who->id;
    }

    Transaction tx(s.db());
    Change crew;
    crew.opKind = QStringLiteral("crew.create");
    crew.entity = QStringLiteral("crew");
    crew.entityId = s.newId();
    crew.staffId = actor;
    crew.fields = {{QStringLiteral("outlet_id"), outletId}, {QStringLiteral("name"), name},
                   {QStringLiteral("status"), QStringLiteral("standby")}, {QStringLiteral("vehicle_plate"), plate}};
    if (auto r = s.write(crew); !r)
        return ctx.fail(r.error());
    for (const QString &staffId : std::as_const(memberIds)) {
        Change m;
        m.opKind = QStringLiteral("crew.add_member");
        m.entity = QStringLiteral("crew_member");
        m.entityId = s.newId();
        m.staffId = actor;
        m.fields = {{QStringLiteral("crew_id"), crew.entityId}, {QStringLiteral("staff_id"), staffId}};
        if (auto r = s.write(m); !r)
            return ctx.fail(r.error());
    }
    if (auto r = tx.commit(); !r)
        return ctx.fail(r.error());
    ctx.out() << tr("Crew added.") << '\n' << "id: " << crew.entityId << '\n' << "name: " << name << '\n'
              << "members: " << memberIds.size() << '\n';
    return ExitOk;
}

} // namespace fd::cli
