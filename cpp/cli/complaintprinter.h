#pragma once

#include "complaintrepository.h"

#include <QList>
#include <QTextStream>

namespace fd::cli {

/** How complaint commands print complaints: "key: value" for one, tab-separated rows for lists. */
class ComplaintPrinter
{
public:
    static void printOne(QTextStream &out, const ComplaintRecord &c, qint64 nowMs);
    static void printList(QTextStream &out, const QList<ComplaintRecord> &complaints, qint64 nowMs);
    static void printTimeline(QTextStream &out, const QList<ComplaintEventRow> &events);
    /** The events allowed now, comma-separated, or "-". */
    [[nodiscard]] static QString nextEvents(const ComplaintStatus &status);
};

} // namespace fd::cli
