#include "caselookupcommand.h"

#include "caselookup.h"
#include "clicontext.h"
#include "ticketprinter.h"

#include <QCoreApplication>

namespace fd::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CaseLookupCommand", text);
}
} // namespace

QString CaseLookupCommand::summary() const
{
    return tr("Look up a ticket or complaint by its number and phone, masked as a kiosk shows it");
}

QList<CliOption> CaseLookupCommand::options() const
{
    return {{QStringLiteral("phone"), QStringLiteral("PHONE"), tr("The phone number given with the case"), true, {}}};
}

int CaseLookupCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    auto v = CaseLookup(*store.value()).lookupCase(args.positionalArguments().at(0), args.value(QStringLiteral("phone")));
    if (!v)
        return ctx.fail(v.error());
    ctx.out() << "number: " << v->number << '\n' << "kind: " << v->kind << '\n' << "state: " << v->state << '\n';
    if (!v->title.isEmpty())
        ctx.out() << "title: " << v->title << '\n';
    if (!v->category.isEmpty())
        ctx.out() << "category: " << v->category << '\n';
    ctx.out() << "opened_at: " << TicketPrinter::time(v->openedAt) << '\n'
              << "state_at: " << TicketPrinter::time(v->stateAt) << '\n';
    if (v->dueAt >= 0)
        ctx.out() << "due_at: " << TicketPrinter::time(v->dueAt) << '\n';
    ctx.out() << "name: " << v->maskedName << '\n' << "phone: " << v->maskedPhone << '\n';
    return ExitOk;
}

} // namespace fd::cli
