#include "ticketapplycommand.h"

#include "clicontext.h"
#include "ticketprinter.h"
#include "ticketrepository.h"

#include <QCoreApplication>

namespace fd::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TicketApplyCommand", text);
}

QString allEvents()
{
    QStringList names;
    for (int e = 0; e < TicketWorkflow::kEventCount; ++e)
        names << TicketWorkflow::toString(TicketEvent(e));
    return names.join(QStringLiteral(", "));
}
} // namespace

QString TicketApplyCommand::summary() const
{
    return tr("Move a ticket by a workflow event (send, dispatch, accept, finish, close, …)");
}

QString TicketApplyCommand::details() const
{
    return tr("TICKET is the ticket id or number. EVENT is one of: %1.\n"
              "dispatch needs --crew; return needs --note (the reason). finish needs the finish checklist\n"
              "complete (`ticket work` shows it). close and reopen follow the customer's answer: record it\n"
              "with `ticket callback`.")
        .arg(allEvents());
}

QList<CliOption> TicketApplyCommand::options() const
{
    return {{QStringLiteral("staff"), QStringLiteral("STAFF_NO"), tr("Staff number of the person doing it"), true, {}},
            {QStringLiteral("crew"), QStringLiteral("CREW"), tr("Crew id or name (for dispatch)"), false, {}},
            {QStringLiteral("note"), QStringLiteral("TEXT"), tr("Note for the timeline (the reason, for return)"), false, {}}};
}

int TicketApplyCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    const QStringList pos = args.positionalArguments();
    const auto event = TicketWorkflow::eventFromString(pos.at(1).trimmed().toLower());
    if (!event)
        return ctx.usage(tr("Unknown event \"%1\"; use one of: %2.").arg(pos.at(1), allEvents()));
    auto store = ctx.setUpStore();
    if (!store)
        return ctx.fail(store.error());
    auto ticket = ctx.ticketId(pos.at(0));
    if (!ticket)
        return ctx.fail(ticket.error());
    auto who = ctx.staffByNo(args.value(QStringLiteral("staff")));
    if (!who)
        return ctx.fail(who.error());
    QString crew;
    if (args.isSet(QStringLiteral("crew"))) {
        auto c = ctx.crewId(args.value(QStringLiteral("crew")));
        if (!c)
            return ctx.fail(c.error());
        crew = c.value();
    }
    TicketRepository tickets(*store.value());
    auto moved = tickets.apply(ticket.value(), *event, who->id, args.value(QStringLiteral("note")), crew);
    if (!moved) {
        Error e = moved.error();
        // Name the option at fault; "checklist" and "callback" are no options and stay as they are.
        if (e.field == QLatin1String("crew") || e.field == QLatin1String("note"))
            e.field = QStringLiteral("--") + e.field;
        ctx.fail(e);
        if (e.code == QLatin1String("checklist_incomplete"))
            ctx.err() << tr("See what is done with `ticket work %1`.").arg(pos.at(0)) << '\n';
        else if (e.code == QLatin1String("callback_required"))
            ctx.err() << tr("Record the customer's answer with `ticket callback %1`.").arg(pos.at(0)) << '\n';
        if (e.code == QLatin1String("illegal_transition")) {
            if (auto now = tickets.get(ticket.value())) {
                QStringList allowed;
                for (const TicketEvent a : TicketWorkflow::allowedEvents(now->state))
                    allowed << TicketWorkflow::toString(a);
                ctx.err() << tr("The ticket stays %1; allowed now: %2.")
                                 .arg(TicketWorkflow::toString(now->state),
                                      allowed.isEmpty() ? tr("nothing (it is closed)") : allowed.join(QStringLiteral(", ")))
                          << '\n';
            }
        }
        return ExitFailed;
    }
    ctx.out() << tr("Ticket moved.") << '\n';
    TicketPrinter::printOne(ctx.out(), moved.value(), store.value()->nowMs());
    return ExitOk;
}

} // namespace fd::cli
