#include "customeraddcommand.h"

#include "clicontext.h"
#include "customerrepository.h"
#include "vehicleplate.h"

#include <QCoreApplication>

namespace fd::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CustomerAddCommand", text);
}
} // namespace

QString CustomerAddCommand::summary() const
{
    return tr("Open a customer record (individual or corporate), optionally with a vehicle");
}

QString CustomerAddCommand::details() const
{
    return tr("Individuals need --name, --id-number and --phone. Corporate customers need --kind corporate,\n"
              "--name (organisation), --credit-code, --agent-name, --agent-id and --phone.\n"
              "Resident ID numbers (GB 11643), credit codes (GB 32100), phones and plates are checked.");
}

QList<CliOption> CustomerAddCommand::options() const
{
    return {{QStringLiteral("name"), QStringLiteral("NAME"), tr("Full name, or the organisation's name"), true, {}},
            {QStringLiteral("kind"), QStringLiteral("KIND"), tr("individual or corporate"), false, QStringLiteral("individual")},
            {QStringLiteral("id-number"), QStringLiteral("ID"), tr("Resident ID number (individuals)"), false, {}},
            {QStringLiteral("phone"), QStringLiteral("PHONE"), tr("Mobile phone number"), true, {}},
            {QStringLiteral("credit-code"), QStringLiteral("CODE"), tr("Unified social credit code (corporate)"), false, {}},
            {QStringLiteral("agent-name"), QStringLiteral("NAME"), tr("Agent acting for the organisation (corporate)"), false, {}},
            {QStringLiteral("agent-id"), QStringLiteral("ID"), tr("Agent's resident ID number (corporate)"), false, {}},
            {QStringLiteral("address"), QStringLiteral("TEXT"), tr("Address"), false, {}},
            {QStringLiteral("email"), QStringLiteral("EMAIL"), tr("E-mail address"), false, {}},
            {QStringLiteral("channel"), QStringLiteral("CHANNEL"), tr("Preferred contact: phone, sms, wechat, email, visit, counter"), false, QStringLiteral("phone")},
            {QStringLiteral("grade"), QStringLiteral("A-D"), tr("Customer grade"), false, QStringLiteral("C")},
            {QStringLiteral("segment"), QStringLiteral("TEXT"), tr("Segment, e.g. 私家车, 货运"), false, {}},
            {QStringLiteral("needs"), QStringLiteral("TEXT"), tr("What the customer needs"), false, {}},
            {QStringLiteral("key-account"), QString(), tr("Mark as a key account"), false, {}},
            {QStringLiteral("plate"), QStringLiteral("PLATE"), tr("Also register this vehicle, e.g. 皖A12345"), false, {}},
            {QStringLiteral("plate-colour"), QStringLiteral("COLOUR"), tr("blue, yellow, green, yellow_green, white, black"), false, {}},
            {QStringLiteral("staff"), QStringLiteral("STAFF_NO"), tr("Staff number of the person entering it"), false, {}}};
}

QString CustomerAddCommand::optionForField(const QString &field)
{
    static const QHash<QString, QString> map = {{QStringLiteral("kind"), QStringLiteral("--kind")},
                                                {QStringLiteral("name"), QStringLiteral("--name")},
                                                {QStringLiteral("idNumber"), QStringLiteral("--id-number")},
                                                {QStringLiteral("creditCode"), QStringLiteral("--credit-code")},
                                                {QStringLiteral("phone"), QStringLiteral("--phone")},
                                                {QStringLiteral("email"), QStringLiteral("--email")},
                                                {QStringLiteral("agentName"), QStringLiteral("--agent-name")},
                                                {QStringLiteral("agentIdNumber"), QStringLiteral("--agent-id")},
                                                {QStringLiteral("preferredChannel"), QStringLiteral("--channel")},
                                                {QStringLiteral("grade"), QStringLiteral("--grade")},
                                                {QStringLiteral("plate"), QStringLiteral("--plate")},
                                                {QStringLiteral("plateColour"), QStringLiteral("--plate-colour")}};
    return map.value(field, field);
}

int CustomerAddCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    auto store = ctx.setUpStore();
    if (!store)
        return ctx.fail(store.error());
    Store &s = *store.value();

    CustomerInput input;
    input.kind = args.value(QStringLiteral("kind"));
    input.name = args.value(QStringLiteral("name"));
    input.idNumber = args.value(QStringLiteral("id-number"));
    input.phone = args.value(QStringLiteral("phone"));
    input.creditCode = args.value(QStringLiteral("credit-code"));
    input.agentName = args.value(QStringLiteral("agent-name"));
    input.agentIdNumber = args.value(QStringLiteral("agent-id"));
    input.address = args.value(QStringLiteral("address")).simplified();
    input.email = args.value(QStringLiteral("email"));
    input.preferredChannel = args.value(QStringLiteral("channel"));
    input.grade = args.value(QStringLiteral("grade")).toUpper();
    input.segment = args.value(QStringLiteral("segment")).simplified();
    input.needs = args.value(QStringLiteral("needs")).trimmed();
    input.keyAccount = args.isSet(QStringLiteral("key-account"));

    const QDate today = s.clock().now().date();
    QList<Error> problems = input.validate(today);
    const bool withVehicle = args.isSet(QStringLiteral("plate")) || args.isSet(QStringLiteral("plate-colour"));
    QString plate;
    const QString colour = args.value(QStringLiteral("plate-colour")).trimmed();
    if (withVehicle) {
        auto p = VehiclePlate::parse(args.value(QStringLiteral("plate")));
        const auto c = VehiclePlate::colourFromString(colour);
        if (!p) {
            Error e = p.error();
            e.field = QStringLiteral("plate");
            problems << e;
        } else if (!c) {
            problems << makeError("invalid_colour", tr("Give the plate colour: blue, yellow, green, yellow_green, white or black."),
                                  QStringLiteral("plateColour"));
        } else if (!VehiclePlate::colourMatches(p.value(), *c)) {
            problems << makeError("colour_mismatch", tr("Plate %1 cannot be %2.").arg(p->plate, colour), QStringLiteral("plateColour"));
        } else {
            plate = p->plate;
        }
    }
    if (!problems.isEmpty()) {
        for (Error e : std::as_const(problems)) {
            e.field = optionForField(e.field);
            ctx.fail(e);
        }
        ctx.err() << tr("Nothing was saved.") << '\n';
        return ExitFailed;
    }

    QString actor;
    if (args.isSet(QStringLiteral("staff"))) {
        auto who = ctx.staffByNo(args.value(QStringLiteral("staff")));
        if (!who)
            return ctx.fail(who.error());
        actor = who->id;
    }
    // The record and its vehicle stand or fall together.
    Transaction tx(s.db());
    CustomerRepository customers(s);
    auto rec = customers.create(input, actor, today);
    if (!rec) {
        Error e = rec.error();
        e.field = optionForField(e.field);
        return ctx.fail(e);
    }
    QString vehicleId;
    if (!plate.isEmpty()) {
        auto v = customers.addVehicle(rec->id, plate, colour, QString(), actor);
        if (!v) {
            Error e = v.error();
            e.field = optionForField(e.field);
            return ctx.fail(e);
        }
        vehicleId = v.value();
    }
    if (auto r = tx.commit(); !r)
        return ctx.fail(r.error());
    ctx.out() << tr("Customer saved.") << '\n'
              << "id: " << rec->id << '\n'
              << "customer_no: " << rec->customerNo << '\n'
              << "name: " << rec->name << '\n';
    if (!vehicleId.isEmpty())
        ctx.out() << "vehicle_id: " << vehicleId << '\n';
    return ExitOk;
}

} // namespace fd::cli
