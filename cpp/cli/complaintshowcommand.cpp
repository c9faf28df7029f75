#include "complaintshowcommand.h"

#include "clicontext.h"
#include "complaintprinter.h"
#include "complaintrepository.h"

#include <QCoreApplication>

namespace fd::cli {

QString ComplaintShowCommand::summary() const
{
    return QCoreApplication::translate("ComplaintShowCommand", "Show a complaint (by id or number) with its timeline");
}

int ComplaintShowCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    ComplaintRepository complaints(*store.value());
    auto id = complaints.resolveId(args.positionalArguments().at(0));
    if (!id)
        return ctx.fail(id.error());
    auto c = complaints.get(id.value());
    if (!c)
        return ctx.fail(c.error());
    auto timeline = complaints.timeline(id.value());
    if (!timeline)
        return ctx.fail(timeline.error());
    ComplaintPrinter::printOne(ctx.out(), c.value(), store.value()->nowMs());
    ComplaintPrinter::printTimeline(ctx.out(), timeline.value());
    return ExitOk;
}

} // namespace fd::cli
