#include "ticketprinter.h"

#include <QDateTime>

namespace fd::cli {

QString TicketPrinter::time(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("-");
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

void TicketPrinter::printOne(QTextStream &out, const TicketSummary &t, qint64 nowMs)
{
    out << "id: " << t.id << '\n'
        << "ticket_no: " << t.ticketNo << '\n'
        << "title: " << t.title << '\n'
        << "state: " << TicketWorkflow::toString(t.state) << '\n'
        << "priority: " << t.priority << '\n';
    if (!t.customerName.isEmpty())
        out << "customer: " << t.customerName << '\n';
    if (!t.address.isEmpty())
        out << "address: " << t.address << '\n';
    if (!t.crewId.isEmpty())
        out << "crew_id: " << t.crewId << '\n';
    out << "reported_at: " << time(t.reportedAt) << '\n' << "state_at: " << time(t.stateAt) << '\n';
    if (t.dueAt >= 0)
        out << "due_at: " << time(t.dueAt) << (t.dueAt < nowMs ? " (overdue)" : "") << '\n';
    QStringList next;
    for (const TicketEvent e : TicketWorkflow::allowedEvents(t.state))
        next << TicketWorkflow::toString(e);
    out << "next_events: " << (next.isEmpty() ? QStringLiteral("-") : next.join(QLatin1Char(','))) << '\n';
}

void TicketPrinter::printList(QTextStream &out, const QList<TicketSummary> &tickets, qint64 nowMs)
{
    out << "ticket_no\tstate\tpriority\tdue_at\ttitle\tcustomer\taddress\tid\n";
    for (const TicketSummary &t : tickets) {
        out << t.ticketNo << '\t' << TicketWorkflow::toString(t.state) << '\t' << t.priority << '\t' << time(t.dueAt)
            << (t.dueAt >= 0 && t.dueAt < nowMs ? " !" : "") << '\t' << t.title << '\t' << t.customerName << '\t'
            << t.address << '\t' << t.id << '\n';
    }
}

} // namespace fd::cli
