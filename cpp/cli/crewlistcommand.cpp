#include "crewlistcommand.h"

#include "clicontext.h"
#include "ticketrepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace fd::cli {

QString CrewListCommand::summary() const
{
    return QCoreApplication::translate("CrewListCommand", "List crews: id, name, outlet, status, members, open tickets");
}

QList<CliOption> CrewListCommand::options() const
{
    return {{QStringLiteral("outlet-code"), QStringLiteral("CODE"),
             QCoreApplication::translate("CrewListCommand", "Only the crews of this outlet"), false, {}}};
}

int CrewListCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    const QString outletCode = args.value(QStringLiteral("outlet-code"));
    auto r = store.value()->db().run(
        QStringLiteral("SELECT c.id, c.name, o.code, c.status, c.status_note,"
                       " (SELECT group_concat(s.name, ',') FROM crew_members m JOIN staff s ON s.id = m.staff_id"
                       "  WHERE m.crew_id = c.id AND m.active = 1)"
                       " FROM crews c JOIN outlets o ON o.id = c.outlet_id WHERE ? = '' OR o.code = ? ORDER BY o.code, c.name"),
        {outletCode, outletCode});
    if (!r)
        return ctx.fail(r.error());
    QSqlQuery q = std::move(r).value();
    struct Row
    {
        QStringList cells;
        QString id;
    };
    QList<Row> rows;
    while (q.next()) {
        rows.append({{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString() + (q.value(4).toString().isEmpty() ? QString() : QStringLiteral(" (") + q.value(4).toString() + QLatin1Char(')')),
                      q.value(5).toString()},
                     q.value(0).toString()});
    }
    q.finish();
    TicketRepository tickets(*store.value());
    ctx.out() << "id\tname\toutlet\tstatus\tmembers\topen_tickets\n";
    for (const Row &row : std::as_const(rows)) {
        auto open = tickets.countForCrew(row.id);
        if (!open)
            return ctx.fail(open.error());
        ctx.out() << row.cells.join(QLatin1Char('\t')) << '\t' << open.value() << '\n';
    }
    ctx.out() << QCoreApplication::translate("CrewListCommand", "%n crew(s)", nullptr, int(rows.size())) << '\n';
    return ExitOk;
}

} // namespace fd::cli
