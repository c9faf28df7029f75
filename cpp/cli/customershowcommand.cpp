#include "customershowcommand.h"

#include "clicontext.h"
#include "money.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

namespace fd::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CustomerShowCommand", text);
}
} // namespace

QString CustomerShowCommand::summary() const
{
    return tr("Show a customer (by id or customer number) with vehicles, cards, OBUs and tickets");
}

int CustomerShowCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    Database &db = store.value()->db();
    auto id = ctx.customerId(args.positionalArguments().at(0));
    if (!id)
        return ctx.fail(id.error());

    auto r = db.run(QStringLiteral("SELECT id, customer_no, kind, name, id_number, credit_code, phone, email, address, gender,"
                                   " birthday, agent_name, agent_id_number, preferred_channel, segment, grade, key_account,"
                                   " tracking_status, needs, datetime(created_at / 1000, 'unixepoch') AS created"
                                   " FROM customers WHERE id = ?"),
                    {id.value()});
    if (!r)
        return ctx.fail(r.error());
    QSqlQuery q = std::move(r).value();
    if (!q.next())
        return ctx.fail(tr("The customer vanished while reading it."));
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i) {
        const QString v = q.value(i).toString();
        if (!v.isEmpty())
            ctx.out() << rec.fieldName(i) << ": " << v << '\n';
    }
    q.finish();

    auto v = db.run(QStringLiteral("SELECT plate, plate_colour, vehicle_class, vin FROM vehicles WHERE customer_id = ? ORDER BY created_at"),
                    {id.value()});
    if (!v)
        return ctx.fail(v.error());
    while (v.value().next())
        ctx.out() << "vehicle: " << v.value().value(0).toString() << " (" << v.value().value(1).toString() << ") "
                  << v.value().value(2).toString() << ' ' << v.value().value(3).toString() << '\n';
    v.value().finish();

    auto a = db.run(QStringLiteral("SELECT a.account_no, a.kind, a.status, a.balance_fen,"
                                   " (SELECT group_concat(k.card_no || ' ' || k.status, ', ') FROM cards k WHERE k.account_id = a.id),"
                                   " (SELECT group_concat(o.obu_no || ' ' || o.status, ', ') FROM obus o WHERE o.account_id = a.id)"
                                   " FROM etc_accounts a WHERE a.customer_id = ?"),
                    {id.value()});
    if (!a)
        return ctx.fail(a.error());
    while (a.value().next()) {
        const QSqlQuery &aq = a.value();
        ctx.out() << "etc_account: " << aq.value(0).toString() << ' ' << aq.value(1).toString() << ' ' << aq.value(2).toString()
                  << " balance " << Money::fromFen(aq.value(3).toLongLong()).display() << '\n'
                  << "  cards: " << aq.value(4).toString() << '\n'
                  << "  obus: " << aq.value(5).toString() << '\n';
    }
    a.value().finish();

    auto t = db.run(QStringLiteral("SELECT ticket_no, state, title, datetime(reported_at / 1000, 'unixepoch') FROM tickets"
                                   " WHERE customer_id = ? ORDER BY reported_at DESC LIMIT 10"),
                    {id.value()});
    if (!t)
        return ctx.fail(t.error());
    while (t.value().next())
        ctx.out() << "ticket: " << t.value().value(0).toString() << ' ' << t.value().value(1).toString() << ' '
                  << t.value().value(2).toString() << " (" << t.value().value(3).toString() << " UTC)\n";
    return ExitOk;
}

} // namespace fd::cli
