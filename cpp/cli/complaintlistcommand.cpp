#include "complaintlistcommand.h"

#include "clicontext.h"
#include "complaintprinter.h"
#include "complaintrepository.h"

#include <QCoreApplication>

namespace fd::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ComplaintListCommand", text);
}
} // namespace

QString ComplaintListCommand::summary() const
{
    return tr("List open complaints, the one due soonest first (or --overdue, or a --customer's)");
}

QList<CliOption> ComplaintListCommand::options() const
{
    return {{QStringLiteral("customer"), QStringLiteral("CUSTOMER"), tr("Every complaint of this customer, the latest first"),
             false, {}},
            {QStringLiteral("overdue"), {}, tr("Only open complaints past their deadline"), false, {}},
            {QStringLiteral("limit"), QStringLiteral("N"), tr("Page size"), false, QStringLiteral("50")},
            {QStringLiteral("offset"), QStringLiteral("N"), tr("Rows to skip"), false, QStringLiteral("0")}};
}

int ComplaintListCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    const auto limit = intOption(ctx, args, QStringLiteral("limit"), 1, 100000);
    if (!limit)
        return ExitUsage;
    const auto offset = intOption(ctx, args, QStringLiteral("offset"), 0, 100000000);
    if (!offset)
        return ExitUsage;
    if (args.isSet(QStringLiteral("customer")) && args.isSet(QStringLiteral("overdue")))
        return ctx.usage(tr("complaint list takes --customer or --overdue, not both."));
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    ComplaintRepository complaints(*store.value());
    const qint64 now = store.value()->nowMs();
    Result<QList<ComplaintRecord>> page = QList<ComplaintRecord>();
    if (args.isSet(QStringLiteral("customer"))) {
        auto customer = ctx.customerId(args.value(QStringLiteral("customer")));
        if (!customer)
            return ctx.fail(customer.error());
        page = complaints.forCustomer(customer.value(), *limit, *offset);
    } else if (args.isSet(QStringLiteral("overdue"))) {
        page = complaints.overdue(now, *limit, *offset);
    } else {
        page = complaints.openByDue(*limit, *offset);
    }
    if (!page)
        return ctx.fail(page.error());
    ComplaintPrinter::printList(ctx.out(), page.value(), now);
    ctx.out() << tr("%1 complaint(s)").arg(page->size()) << '\n';
    return ExitOk;
}

} // namespace fd::cli
