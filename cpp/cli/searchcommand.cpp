#include "searchcommand.h"

#include "clicontext.h"
#include "searchindex.h"

#include <QCoreApplication>

namespace fd::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SearchCommand", text);
}
} // namespace

QString SearchCommand::summary() const
{
    return tr("Search customers and tickets (name fragment, phone tail, plate, ID, card or ticket number)");
}

QString SearchCommand::details() const
{
    return tr("Examples: 三丰 (part of a name), 8000 (last digits of a phone or card), 皖A12345, T-0101-01-000042.");
}

QList<CliOption> SearchCommand::options() const
{
    return {{QStringLiteral("limit"), QStringLiteral("N"), tr("At most this many hits of each kind"), false, QStringLiteral("20")}};
}

int SearchCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    const auto limit = intOption(ctx, args, QStringLiteral("limit"), 1, 1000);
    if (!limit)
        return ExitUsage;
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    const QString query = args.positionalArguments().at(0);
    SearchIndex index(store.value()->db());
    auto customers = index.searchCustomers(query, *limit);
    if (!customers)
        return ctx.fail(customers.error());
    auto tickets = index.searchTickets(query, *limit);
    if (!tickets)
        return ctx.fail(tickets.error());
    ctx.out() << "customers: " << customers->size() << '\n';
    for (const SearchHit &h : customers.value())
        ctx.out() << "  " << h.title << '\t' << h.subtitle << '\t' << h.id << '\n';
    ctx.out() << "tickets: " << tickets->size() << '\n';
    for (const SearchHit &h : tickets.value())
        ctx.out() << "  " << h.title << '\t' << h.subtitle << '\t' << h.id << '\n';
    return ExitOk;
}

} // namespace fd::cli
