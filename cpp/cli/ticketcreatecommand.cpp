#include "ticketcreatecommand.h"

#include "clicontext.h"
#include "ticketprinter.h"
#include "ticketrepository.h"

#include <QCoreApplication>

namespace fd::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TicketCreateCommand", text);
}
} // namespace

QString TicketCreateCommand::summary() const
{
    return tr("Report a repair ticket (work order)");
}

QList<CliOption> TicketCreateCommand::options() const
{
    return {{QStringLiteral("title"), QStringLiteral("TEXT"), tr("Short description, e.g. \"OBU 无法识别\""), true, {}},
            {QStringLiteral("customer"), QStringLiteral("CUSTOMER"), tr("Customer id or customer number"), false, {}},
            {QStringLiteral("description"), QStringLiteral("TEXT"), tr("What the customer said"), false, {}},
            {QStringLiteral("address"), QStringLiteral("TEXT"), tr("Where the crew must go"), false, {}},
            {QStringLiteral("contact-name"), QStringLiteral("NAME"), tr("Contact person"), false, {}},
            {QStringLiteral("phone"), QStringLiteral("PHONE"), tr("Contact mobile phone"), false, {}},
            {QStringLiteral("urgency"), QStringLiteral("1-3"), tr("1 high … 3 low"), false, QStringLiteral("2")},
            {QStringLiteral("impact"), QStringLiteral("1-3"), tr("1 high … 3 low"), false, QStringLiteral("2")},
            {QStringLiteral("channel"), QStringLiteral("CHANNEL"), tr("counter, kiosk, phone, online or field"), false, QStringLiteral("counter")},
            {QStringLiteral("category"), QStringLiteral("TEXT"), tr("Category, e.g. obu, card, lane"), false, {}},
            {QStringLiteral("staff"), QStringLiteral("STAFF_NO"), tr("Staff number of the person taking the report"), false, {}}};
}

int TicketCreateCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    const auto urgency = intOption(ctx, args, QStringLiteral("urgency"), 1, 3);
    if (!urgency)
        return ExitUsage;
    const auto impact = intOption(ctx, args, QStringLiteral("impact"), 1, 3);
    if (!impact)
        return ExitUsage;
    auto store = ctx.setUpStore();
    if (!store)
        return ctx.fail(store.error());

    NewTicket input;
    input.title = args.value(QStringLiteral("title"));
    input.description = args.value(QStringLiteral("description"));
    input.address = args.value(QStringLiteral("address"));
    input.contactName = args.value(QStringLiteral("contact-name"));
    input.contactPhone = args.value(QStringLiteral("phone"));
    input.urgency = *urgency;
    input.impact = *impact;
    input.channel = args.value(QStringLiteral("channel"));
    input.category = args.value(QStringLiteral("category"));
    if (args.isSet(QStringLiteral("customer"))) {
        auto c = ctx.customerId(args.value(QStringLiteral("customer")));
        if (!c)
            return ctx.fail(c.error());
        input.customerId = c.value();
    }
    QString actor;
    if (args.isSet(QStringLiteral("staff"))) {
        auto who = ctx.staffByNo(args.value(QStringLiteral("staff")));
        if (!who)
            return ctx.fail(who.error());
        actor = who->id;
    }
    auto t = TicketRepository(*store.value()).create(input, actor);
    if (!t) {
        Error e = t.error();
        if (e.field == QLatin1String("contactPhone"))
            e.field = QStringLiteral("--phone");
        else if (!e.field.isEmpty())
            e.field = QStringLiteral("--") + e.field;
        return ctx.fail(e);
    }
    ctx.out() << tr("Ticket created.") << '\n';
    TicketPrinter::printOne(ctx.out(), t.value(), store.value()->nowMs());
    return ExitOk;
}

} // namespace fd::cli
