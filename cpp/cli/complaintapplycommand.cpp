#include "complaintapplycommand.h"

#include "clicontext.h"
#include "complaintprinter.h"
#include "complaintrepository.h"

#include <QCoreApplication>

namespace fd::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ComplaintApplyCommand", text);
}

QString allEvents()
{
    QStringList names;
    for (int e = 0; e < ComplaintWorkflow::kEventCount; ++e)
        names << ComplaintWorkflow::toString(ComplaintEvent(e));
    return names.join(QStringLiteral(", "));
}
} // namespace

QString ComplaintApplyCommand::summary() const
{
    return tr("Move a complaint by a workflow event (dispatch, start, reply, satisfied, …)");
}

QString ComplaintApplyCommand::details() const
{
    return tr("COMPLAINT is the complaint id or number. EVENT is one of: %1.\n"
              "dispatch needs --department; reply needs --reply (the answer given); escalate needs --note (the reason).")
        .arg(allEvents());
}

QList<CliOption> ComplaintApplyCommand::options() const
{
    return {{QStringLiteral("staff"), QStringLiteral("STAFF_NO"), tr("Staff number of the person doing it"), true, {}},
            {QStringLiteral("department"), QStringLiteral("NAME"), tr("Department to dispatch to (for dispatch)"), false, {}},
            {QStringLiteral("reply"), QStringLiteral("TEXT"), tr("The answer given to the complainant (for reply)"), false, {}},
            {QStringLiteral("note"), QStringLiteral("TEXT"), tr("Note for the timeline (the reason, for escalate)"), false, {}}};
}

int ComplaintApplyCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    const QStringList pos = args.positionalArguments();
    const auto event = ComplaintWorkflow::eventFromString(pos.at(1).trimmed().toLower());
    if (!event)
        return ctx.usage(tr("Unknown event \"%1\"; use one of: %2.").arg(pos.at(1), allEvents()));
    auto store = ctx.setUpStore();
    if (!store)
        return ctx.fail(store.error());
    ComplaintRepository complaints(*store.value());
    auto id = complaints.resolveId(pos.at(0));
    if (!id)
        return ctx.fail(id.error());
    auto who = ctx.staffByNo(args.value(QStringLiteral("staff")));
    if (!who)
        return ctx.fail(who.error());
    ComplaintStepInput step;
    step.note = args.value(QStringLiteral("note"));
    step.department = args.value(QStringLiteral("department"));
    step.reply = args.value(QStringLiteral("reply"));
    auto moved = complaints.apply(id.value(), *event, who->id, step);
    if (!moved) {
        Error e = moved.error();
        if (!e.field.isEmpty())
            e.field = QStringLiteral("--") + e.field;
        ctx.fail(e);
        if (e.code == QLatin1String("illegal_transition")) {
            if (auto now = complaints.get(id.value())) {
                const QString allowed = ComplaintPrinter::nextEvents(now->status);
                ctx.err() << tr("The complaint stays %1; allowed now: %2.")
                                 .arg(ComplaintWorkflow::toString(now->status.state),
                                      allowed == QLatin1String("-") ? tr("nothing (it is archived)") : allowed)
                          << '\n';
            }
        }
        return ExitFailed;
    }
    ctx.out() << tr("Complaint moved.") << '\n';
    ComplaintPrinter::printOne(ctx.out(), moved.value(), store.value()->nowMs());
    return ExitOk;
}

} // namespace fd::cli
