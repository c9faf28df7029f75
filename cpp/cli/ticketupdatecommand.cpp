#include "ticketupdatecommand.h"

#include "clicontext.h"
#include "ticketprinter.h"
#include "ticketrepository.h"

#include <QCoreApplication>

namespace fd::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TicketUpdateCommand", text);
}

std::optional<QString> textOption(const QCommandLineParser &args, const QString &name)
{
    return args.isSet(name) ? std::optional<QString>(args.value(name)) : std::nullopt;
}
} // namespace

QString TicketUpdateCommand::summary() const
{
    return tr("Change a ticket's title, description, address, contact or priority");
}

QList<CliOption> TicketUpdateCommand::options() const
{
    return {{QStringLiteral("title"), QStringLiteral("TEXT"), tr("Short description"), false, {}},
            {QStringLiteral("description"), QStringLiteral("TEXT"), tr("What the customer said"), false, {}},
            {QStringLiteral("address"), QStringLiteral("TEXT"), tr("Where the crew must go"), false, {}},
            {QStringLiteral("contact-name"), QStringLiteral("NAME"), tr("Contact person"), false, {}},
            {QStringLiteral("phone"), QStringLiteral("PHONE"), tr("Contact mobile phone (empty to clear)"), false, {}},
            {QStringLiteral("urgency"), QStringLiteral("1-3"), tr("1 high … 3 low"), false, {}},
            {QStringLiteral("impact"), QStringLiteral("1-3"), tr("1 high … 3 low"), false, {}},
            {QStringLiteral("staff"), QStringLiteral("STAFF_NO"), tr("Staff number of the person making the change"), false, {}}};
}

int TicketUpdateCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    TicketEdit edit;
    if (args.isSet(QStringLiteral("urgency"))) {
        const auto urgency = intOption(ctx, args, QStringLiteral("urgency"), 1, 3);
        if (!urgency)
            return ExitUsage;
        edit.urgency = *urgency;
    }
    if (args.isSet(QStringLiteral("impact"))) {
        const auto impact = intOption(ctx, args, QStringLiteral("impact"), 1, 3);
        if (!impact)
            return ExitUsage;
        edit.impact = *impact;
    }
    edit.title = textOption(args, QStringLiteral("title"));
    edit.description = textOption(args, QStringLiteral("description"));
    edit.address = textOption(args, QStringLiteral("address"));
    edit.contactName = textOption(args, QStringLiteral("contact-name"));
    edit.contactPhone = textOption(args, QStringLiteral("phone"));
    auto store = ctx.setUpStore();
    if (!store)
        return ctx.fail(store.error());
    auto ticket = ctx.ticketId(args.positionalArguments().value(0));
    if (!ticket)
        return ctx.fail(ticket.error());
    QString actor;
    if (args.isSet(QStringLiteral("staff"))) {
        auto who = ctx.staffByNo(args.value(QStringLiteral("staff")));
        if (!who)
            return ctx.fail(who.error());
        actor = who->id;
    }
    auto t = TicketRepository(*store.value()).update(ticket.value(), edit, actor);
    if (!t) {
        Error e = t.error();
        if (e.field == QLatin1String("contactPhone"))
            e.field = QStringLiteral("--phone");
        else if (!e.field.isEmpty())
            e.field = QStringLiteral("--") + e.field;
        return ctx.fail(e);
    }
    ctx.out() << tr("Ticket changed.") << '\n';
    TicketPrinter::printOne(ctx.out(), t.value(), store.value()->nowMs());
    return ExitOk;
}

} // namespace fd::cli
