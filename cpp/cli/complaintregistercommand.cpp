#include "complaintregistercommand.h"

#include "clicontext.h"
#include "complaintprinter.h"
#include "complaintrepository.h"

#include <QCoreApplication>
#include <QHash>

namespace fd::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ComplaintRegisterCommand", text);
}
} // namespace

QString ComplaintRegisterCommand::summary() const
{
    return tr("Register a complaint (first-contact owner: the staff member taking it)");
}

QString ComplaintRegisterCommand::details() const
{
    return tr("The answer is due within the configured limit: 48 h for a complaint, 2 h with --emergency.");
}

QList<CliOption> ComplaintRegisterCommand::options() const
{
    return {{QStringLiteral("name"), QStringLiteral("NAME"), tr("The complainant's name"), true, {}},
            {QStringLiteral("category"), QStringLiteral("CATEGORY"),
             tr("product_quality, service, price, false_advertising or other"), true, {}},
            {QStringLiteral("content"), QStringLiteral("TEXT"), tr("What the complaint is about"), true, {}},
            {QStringLiteral("phone"), QStringLiteral("PHONE"), tr("The complainant's mobile phone"), false, {}},
            {QStringLiteral("channel"), QStringLiteral("CHANNEL"), tr("counter, kiosk, phone, online or field"), false,
             QStringLiteral("counter")},
            {QStringLiteral("customer"), QStringLiteral("CUSTOMER"), tr("Customer id or customer number"), false, {}},
            {QStringLiteral("ticket"), QStringLiteral("TICKET"), tr("The ticket it is about (id or number)"), false, {}},
            {QStringLiteral("emergency"), {}, tr("Take the emergency path (shortest deadline)"), false, {}},
            {QStringLiteral("staff"), QStringLiteral("STAFF_NO"), tr("Staff number of the person taking it down"), false, {}}};
}

int ComplaintRegisterCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    auto store = ctx.setUpStore();
    if (!store)
        return ctx.fail(store.error());

    NewComplaint input;
    input.complainantName = args.value(QStringLiteral("name"));
    input.complainantPhone = args.value(QStringLiteral("phone"));
    input.category = args.value(QStringLiteral("category")).trimmed().toLower();
    input.content = args.value(QStringLiteral("content"));
    input.channel = args.value(QStringLiteral("channel")).trimmed().toLower();
    input.emergency = args.isSet(QStringLiteral("emergency"));
    if (args.isSet(QStringLiteral("customer"))) {
        auto c = ctx.customerId(args.value(QStringLiteral("customer")));
        if (!c)
            return ctx.fail(c.error());
        input.customerId = c.value();
    }
    if (args.isSet(QStringLiteral("ticket"))) {
        auto t = ctx.ticketId(args.value(QStringLiteral("ticket")));
        if (!t)
            return ctx.fail(t.error());
        input.ticketId = t.value();
    }
    QString actor;
    if (args.isSet(QStringLiteral("staff"))) {
        auto who = ctx.staffByNo(args.value(QStringLiteral("staff")));
        if (!who)
            return ctx.fail(who.error());
        actor = who->id;
    }
    auto c = ComplaintRepository(*store.value()).registerComplaint(input, actor);
    if (!c) {
        static const QHash<QString, QString> options = {
            {QStringLiteral("complainantName"), QStringLiteral("--name")},
            {QStringLiteral("complainantPhone"), QStringLiteral("--phone")},
            {QStringLiteral("customerId"), QStringLiteral("--customer")},
            {QStringLiteral("ticketId"), QStringLiteral("--ticket")}};
        Error e = c.error();
        if (!e.field.isEmpty())
            e.field = options.value(e.field, QStringLiteral("--") + e.field);
        return ctx.fail(e);
    }
    ctx.out() << tr("Complaint registered.") << '\n';
    ComplaintPrinter::printOne(ctx.out(), c.value(), store.value()->nowMs());
    return ExitOk;
}

} // namespace fd::cli
