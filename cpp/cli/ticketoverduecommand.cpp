#include "ticketoverduecommand.h"

#include "clicontext.h"
#include "ticketprinter.h"
#include "ticketrepository.h"

#include <QCoreApplication>

namespace fd::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TicketOverdueCommand", text);
}
} // namespace

QString TicketOverdueCommand::summary() const
{
    return tr("List open tickets past their step's time limit, most overdue first");
}

QList<CliOption> TicketOverdueCommand::options() const
{
    return {{QStringLiteral("limit"), QStringLiteral("N"), tr("Page size"), false, QStringLiteral("50")},
            {QStringLiteral("offset"), QStringLiteral("N"), tr("Rows to skip"), false, QStringLiteral("0")}};
}

int TicketOverdueCommand::run(CliContext &ctx, const QCommandLineParser &args)
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
    const qint64 now = store.value()->nowMs();
    auto page = TicketRepository(*store.value()).overdue(now, *limit, *offset);
    if (!page)
        return ctx.fail(page.error());
    TicketPrinter::printList(ctx.out(), page.value(), now);
    ctx.out() << QCoreApplication::translate("TicketOverdueCommand", "%n overdue ticket(s) shown", nullptr, int(page->size()))
              << '\n';
    return ExitOk;
}

} // namespace fd::cli
