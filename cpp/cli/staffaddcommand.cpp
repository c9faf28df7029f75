#include "staffaddcommand.h"

#include "clicontext.h"

#include <QCoreApplication>

namespace fd::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("StaffAddCommand", text);
}
} // namespace

QString StaffAddCommand::summary() const
{
    return tr("Add a staff member with roles and a sign-in PIN");
}

QList<CliOption> StaffAddCommand::options() const
{
    return {{QStringLiteral("no"), QStringLiteral("STAFF_NO"), tr("Staff number used to sign in"), true, {}},
            {QStringLiteral("name"), QStringLiteral("NAME"), tr("Full name"), true, {}},
            {QStringLiteral("roles"), QStringLiteral("LIST"), tr("Comma-separated: crew, counter, finance, supervisor, admin"), true, {}},
            {QStringLiteral("pin"), QStringLiteral("PIN"), tr("4 to 8 digits"), true, {}},
            {QStringLiteral("outlet-code"), QStringLiteral("CODE"), tr("Outlet the person works at (default: this device's outlet)"), false, {}},
            {QStringLiteral("department"), QStringLiteral("TEXT"), tr("Department, e.g. 客服部"), false, {}},
            {QStringLiteral("phone"), QStringLiteral("PHONE"), tr("Work phone"), false, {}},
            {QStringLiteral("staff"), QStringLiteral("STAFF_NO"), tr("Staff number of the person adding them (for the audit trail)"), false, {}}};
}

int StaffAddCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    NewStaff input;
    input.staffNo = args.value(QStringLiteral("no"));
    input.name = args.value(QStringLiteral("name"));
    input.pin = args.value(QStringLiteral("pin"));
    input.department = args.value(QStringLiteral("department"));
    input.phone = args.value(QStringLiteral("phone"));
    for (const QString &role : args.value(QStringLiteral("roles")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        input.roles << role.trimmed();

    if (args.isSet(QStringLiteral("outlet-code"))) {
        auto outlet = ctx.outletIdByCode(args.value(QStringLiteral("outlet-code")));
        if (!outlet)
            return ctx.fail(outlet.error());
        input.outletId = outlet.value();
    } else {
        input.outletId = store.value()->identity().outletId;
        if (input.outletId.isEmpty())
            return ctx.fail(tr("This device is not set up yet: run `init` first or give --outlet-code."));
    }
    QString actor;
    if (args.isSet(QStringLiteral("staff"))) {
        auto who = ctx.staffByNo(args.value(QStringLiteral("staff")));
        if (!who)
            return ctx.fail(who.error());
        actor = who->id;
    }
    auto member = StaffRepository(*store.value()).create(input, actor);
    if (!member) {
        Error e = member.error();
        static const QHash<QString, QString> optionFor = {{QStringLiteral("staffNo"), QStringLiteral("--no")},
                                                          {QStringLiteral("name"), QStringLiteral("--name")},
                                                          {QStringLiteral("pin"), QStringLiteral("--pin")},
                                                          {QStringLiteral("roles"), QStringLiteral("--roles")}};
        e.field = optionFor.value(e.field, e.field);
        return ctx.fail(e);
    }
    ctx.out() << tr("Staff member added.") << '\n'
              << "id: " << member->id << '\n'
              << "staff_no: " << member->staffNo << '\n'
              << "name: " << member->name << '\n'
              << "roles: " << member->roles.join(QLatin1Char(',')) << '\n';
    return ExitOk;
}

} // namespace fd::cli
