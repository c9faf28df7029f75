#include "complaintprinter.h"

#include "ticketprinter.h"

namespace fd::cli {

namespace {
using W = ComplaintWorkflow;

QString dueText(qint64 dueAt, qint64 nowMs, const char *overdueMark)
{
    return TicketPrinter::time(dueAt) + (ComplaintDeadlinePolicy::overdue(dueAt, nowMs) ? QLatin1String(overdueMark) : QLatin1String(""));
}
} // namespace

QString ComplaintPrinter::nextEvents(const ComplaintStatus &status)
{
    QStringList next;
    for (const ComplaintEvent e : W::allowedEvents(status))
        next << W::toString(e);
    return next.isEmpty() ? QStringLiteral("-") : next.join(QLatin1Char(','));
}

void ComplaintPrinter::printOne(QTextStream &out, const ComplaintRecord &c, qint64 nowMs)
{
    out << "id: " << c.id << '\n'
        << "complaint_no: " << c.complaintNo << '\n'
        << "complainant: " << c.complainantName << '\n';
    if (!c.complainantPhone.isEmpty())
        out << "phone: " << c.complainantPhone << '\n';
    out << "channel: " << W::toString(c.channel) << '\n'
        << "category: " << W::toString(c.category) << '\n'
        << "level: " << W::toString(c.status.level) << '\n'
        << "emergency: " << (c.emergency ? "yes" : "no") << '\n'
        << "state: " << W::toString(c.status.state) << '\n';
    if (c.status.verdict != ComplaintVerdict::None)
        out << "verdict: " << W::toString(c.status.verdict) << '\n';
    if (!c.department.isEmpty())
        out << "department: " << c.department << '\n';
    if (!c.ownerStaffId.isEmpty())
        out << "owner_staff_id: " << c.ownerStaffId << '\n';
    if (!c.customerId.isEmpty())
        out << "customer_id: " << c.customerId << '\n';
    if (!c.ticketId.isEmpty())
        out << "ticket_id: " << c.ticketId << '\n';
    out << "received_at: " << TicketPrinter::time(c.receivedAt) << '\n';
    if (c.dueAt >= 0)
        out << "due_at: " << dueText(c.dueAt, nowMs, " (overdue)") << '\n';
    out << "content: " << QString(c.content).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
    if (!c.reply.isEmpty())
        out << "reply: " << QString(c.reply).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
    out << "next_events: " << nextEvents(c.status) << '\n';
}

void ComplaintPrinter::printList(QTextStream &out, const QList<ComplaintRecord> &complaints, qint64 nowMs)
{
    out << "complaint_no\tstate\tlevel\temergency\tdue_at\tcategory\tcomplainant\tdepartment\tid\n";
    for (const ComplaintRecord &c : complaints) {
        out << c.complaintNo << '\t' << W::toString(c.status.state) << '\t' << W::toString(c.status.level) << '\t'
            << (c.emergency ? "yes" : "no") << '\t' << dueText(c.dueAt, nowMs, " !") << '\t' << W::toString(c.category)
            << '\t' << c.complainantName << '\t' << c.department << '\t' << c.id << '\n';
    }
}

void ComplaintPrinter::printTimeline(QTextStream &out, const QList<ComplaintEventRow> &events)
{
    out << "timeline:\n";
    for (const ComplaintEventRow &e : events) {
        out << "  " << TicketPrinter::time(e.at) << '\t' << e.kind << '\t'
            << (e.fromState.isEmpty() ? QStringLiteral("-") : e.fromState) << " -> " << e.toState;
        if (!e.note.isEmpty())
            out << '\t' << QString(e.note).replace(QLatin1Char('\n'), QStringLiteral(" / "));
        out << '\n';
    }
}

} // namespace fd::cli
