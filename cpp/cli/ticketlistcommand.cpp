#include "ticketlistcommand.h"

#include "clicontext.h"
#include "ticketprinter.h"
#include "ticketrepository.h"

#include <QCoreApplication>

namespace fd::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TicketListCommand", text);
}
} // namespace

QString TicketListCommand::summary() const
{
    return tr("List a crew's open tickets, the one due soonest first");
}

QList<CliOption> TicketListCommand::options() const
{
    return {{QStringLiteral("crew"), QStringLiteral("CREW"), tr("Crew id or name"), true, {}},
            {QStringLiteral("limit"), QStringLiteral("N"), tr("Page size"), false, QStringLiteral("50")},
            {QStringLiteral("offset"), QStringLiteral("N"), tr("Rows to skip"), false, QStringLiteral("0")}};
}

int TicketListCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    const auto limit = intOption(ctx, args, QStringLiteral("limit"), 1, 100000);
    if (!limit)
        return ExitUsage;
    const auto offset = intOption(ctx, args, QStringLiteral("offset"), 0, 100000000);
    if (!offset)
        return ExitUsage;
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    auto crew = ctx.crewId(args.value(QStringLiteral("crew")));
    if (!crew)
        return ctx.fail(crew.error());
    TicketRepository tickets(*store.value());
    auto page = tickets.forCrew(crew.value(), *limit, *offset);
    if (!page)
        return ctx.fail(page.error());
    auto total = tickets.countForCrew(crew.value());
    if (!total)
        return ctx.fail(total.error());
    TicketPrinter::printList(ctx.out(), page.value(), store.value()->nowMs());
    ctx.out() << tr("%1 of %2 open ticket(s)").arg(page->size()).arg(total.value()) << '\n';
    return ExitOk;
}

} // namespace fd::cli
