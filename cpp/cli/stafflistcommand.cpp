#include "stafflistcommand.h"

#include "clicontext.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace fd::cli {

QString StaffListCommand::summary() const
{
    return QCoreApplication::translate("StaffListCommand", "List staff members: number, name, roles, outlet, active");
}

int StaffListCommand::run(CliContext &ctx, const QCommandLineParser &)
{
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    // One query rather than StaffRepository::all(), which loads each member separately.
    auto r = store.value()->db().run(QStringLiteral(
        "SELECT s.staff_no, s.name, (SELECT group_concat(role, ',') FROM (SELECT role FROM staff_roles r"
        " WHERE r.staff_id = s.id AND r.granted = 1 ORDER BY role)), o.code, o.name, s.active, s.department"
        " FROM staff s LEFT JOIN outlets o ON o.id = s.outlet_id ORDER BY s.staff_no"));
    if (!r)
        return ctx.fail(r.error());
    QSqlQuery q = std::move(r).value();
    int n = 0;
    ctx.out() << "staff_no\tname\troles\toutlet\tactive\tdepartment\n";
    while (q.next()) {
        ctx.out() << q.value(0).toString() << '\t' << q.value(1).toString() << '\t' << q.value(2).toString() << '\t'
                  << q.value(3).toString() << ' ' << q.value(4).toString() << '\t'
                  << (q.value(5).toInt() == 1 ? "yes" : "no") << '\t' << q.value(6).toString() << '\n';
        ++n;
    }
    ctx.out() << QCoreApplication::translate("StaffListCommand", "%n staff member(s)", nullptr, n) << '\n';
    return ExitOk;
}

} // namespace fd::cli
