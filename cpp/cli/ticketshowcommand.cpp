#include "ticketshowcommand.h"

#include "clicontext.h"
#include "ticketprinter.h"
#include "ticketrepository.h"

#include <QCoreApplication>

namespace fd::cli {

QString TicketShowCommand::summary() const
{
    return QCoreApplication::translate("TicketShowCommand", "Show a ticket (by id or number) with its timeline");
}

int TicketShowCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    auto id = ctx.ticketId(args.positionalArguments().at(0));
    if (!id)
        return ctx.fail(id.error());
    TicketRepository tickets(*store.value());
    auto t = tickets.get(id.value());
    if (!t)
        return ctx.fail(t.error());
    TicketPrinter::printOne(ctx.out(), t.value(), store.value()->nowMs());
    auto timeline = tickets.timeline(id.value());
    if (!timeline)
        return ctx.fail(timeline.error());
    ctx.out() << "timeline:\n";
    for (const TicketEventRow &e : timeline.value()) {
        ctx.out() << "  " << TicketPrinter::time(e.at) << '\t' << e.kind << '\t' << e.event;
        if (!e.toState.isEmpty())
            ctx.out() << '\t' << (e.fromState.isEmpty() ? QStringLiteral("-") : e.fromState) << " -> " << e.toState;
        if (!e.note.isEmpty())
            ctx.out() << '\t' << e.note;
        ctx.out() << '\n';
    }
    return ExitOk;
}

} // namespace fd::cli
