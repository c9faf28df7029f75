#include "initcommand.h"

#include "clicontext.h"
#include "inputtext.h"
#include "store.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace fd::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("InitCommand", text);
}
} // namespace

QString InitCommand::summary() const
{
    return tr("Set this device up: create its outlet (if new) and its identity (outlet code, device code, mode)");
}

QString InitCommand::details() const
{
    return tr("Ticket and customer numbers made on this device carry the outlet and device codes\n"
              "(T-0101-01-000001), so they are unique without a server. Enrollment against the server\n"
              "will replace this command.");
}

QList<CliOption> InitCommand::options() const
{
    return {{QStringLiteral("outlet-code"), QStringLiteral("CODE"), tr("Four-digit outlet code, e.g. 0101"), true, {}},
            {QStringLiteral("outlet-name"), QStringLiteral("NAME"), tr("Outlet name, e.g. 合肥政务区网点 (needed if the outlet is new)"), false, {}},
            {QStringLiteral("province"), QStringLiteral("NAME"), tr("Province of a new outlet, e.g. 安徽省"), false, {}},
            {QStringLiteral("address"), QStringLiteral("TEXT"), tr("Address of a new outlet"), false, {}},
            {QStringLiteral("device-code"), QStringLiteral("NN"), tr("Two-digit device code within the outlet, e.g. 01"), true, {}},
            {QStringLiteral("mode"), QStringLiteral("MODE"), tr("tablet, counter or kiosk"), false, QStringLiteral("counter")}};
}

Result<void> InitCommand::validate(const DeviceSetup &setup)
{
    if (setup.outletCode.size() != 4 || !InputText::isAsciiDigits(setup.outletCode))
        return makeError("invalid_outlet_code", tr("An outlet code is four digits, e.g. 0101."), QStringLiteral("--outlet-code"));
    if (setup.deviceCode.size() != 2 || !InputText::isAsciiDigits(setup.deviceCode))
        return makeError("invalid_device_code", tr("A device code is two digits, e.g. 01."), QStringLiteral("--device-code"));
    static const QStringList modes = {QStringLiteral("tablet"), QStringLiteral("counter"), QStringLiteral("kiosk")};
    if (!modes.contains(setup.mode))
        return makeError("invalid_mode", tr("The mode is tablet, counter or kiosk."), QStringLiteral("--mode"));
    return {};
}

Result<bool> InitCommand::setUp(Store &store, const DeviceSetup &setup)
{
    if (auto v = validate(setup); !v)
        return v.error();
    const DeviceIdentity &current = store.identity();
    if (current.isValid()) {
        if (current.outletCode == setup.outletCode && current.deviceCode == setup.deviceCode)
            return false;
        return makeError("already_set_up", tr("This store is already set up as device %1 of outlet %2. "
                                              "Use a new data folder for another device.")
                                               .arg(current.deviceCode, current.outletCode));
    }

    Transaction tx(store.db());
    if (!tx.isOpen())
        return tx.beginError();
    auto found = store.db().run(QStringLiteral("SELECT id FROM outlets WHERE code = ?"), {setup.outletCode});
    if (!found)
        return found.error();
    QString outletId;
    if (found.value().next())
        outletId = found.value().value(0).toString();
    found.value().finish();
    const bool newOutlet = outletId.isEmpty();
    if (newOutlet) {
        if (setup.outletName.simplified().size() < 2)
            return makeError("invalid_outlet_name", tr("Outlet %1 is new here: give its name.").arg(setup.outletCode),
                             QStringLiteral("--outlet-name"));
        outletId = store.newId();
    }

    DeviceIdentity me;
    me.deviceId = store.newId();
    me.deviceCode = setup.deviceCode;
    me.outletId = outletId;
    me.outletCode = setup.outletCode;
    me.mode = setup.mode;
    // Identity first, so the ops below already carry this device in their HLC stamps.
    if (auto r = store.setIdentity(me); !r)
        return r.error();

    if (newOutlet) {
        Change outlet;
        outlet.opKind = QStringLiteral("outlet.create");
        outlet.entity = QStringLiteral("outlet");
        outlet.entityId = outletId;
        outlet.fields = {{QStringLiteral("code"), setup.outletCode},
                         {QStringLiteral("name"), setup.outletName.simplified()},
                         {QStringLiteral("province"), setup.province.simplified()},
                         {QStringLiteral("address"), setup.address.simplified()}};
        if (auto r = store.write(outlet); !r)
            return r.error();
    }
    Change device;
    device.opKind = QStringLiteral("device.create");
    device.entity = QStringLiteral("device");
    device.entityId = me.deviceId;
    device.fields = {{QStringLiteral("device_code"), me.deviceCode},
                     {QStringLiteral("outlet_id"), outletId},
                     {QStringLiteral("mode"), me.mode},
                     {QStringLiteral("name"), QStringLiteral("%1-%2").arg(me.outletCode, me.deviceCode)}};
    if (auto r = store.write(device); !r) {
        if (r.error().code == QLatin1String("db_constraint"))
            return makeError("device_code_taken", tr("Outlet %1 already has a device %2.").arg(me.outletCode, me.deviceCode),
                             QStringLiteral("--device-code"));
        return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return true;
}

int InitCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    DeviceSetup setup;
    setup.outletCode = args.value(QStringLiteral("outlet-code")).trimmed();
    setup.outletName = args.value(QStringLiteral("outlet-name"));
    setup.province = args.value(QStringLiteral("province"));
    setup.address = args.value(QStringLiteral("address"));
    setup.deviceCode = args.value(QStringLiteral("device-code")).trimmed();
    setup.mode = args.value(QStringLiteral("mode")).trimmed();
    if (auto v = validate(setup); !v)
        return ctx.usage(v.error().field + QStringLiteral(": ") + v.error().message);

    auto store = ctx.store(CliContext::Open::CreateIfMissing);
    if (!store)
        return ctx.fail(store.error());
    auto r = setUp(*store.value(), setup);
    if (!r)
        return ctx.fail(r.error());
    const DeviceIdentity &me = store.value()->identity();
    ctx.out() << (r.value() ? tr("Device set up.") : tr("Device was already set up; nothing changed.")) << '\n'
              << "device_id: " << me.deviceId << '\n'
              << "device_code: " << me.deviceCode << '\n'
              << "outlet_id: " << me.outletId << '\n'
              << "outlet_code: " << me.outletCode << '\n'
              << "mode: " << me.mode << '\n';
    return ExitOk;
}

} // namespace fd::cli
