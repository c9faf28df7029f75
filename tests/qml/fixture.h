#pragma once

#include "clock.h"
#include "result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace fd {
class Store;
}

/**
 * Test data for the app, written only through the store's own APIs (repositories, Store::write):
 * one outlet, staff for every role, two crews, three individual customers and a company, tickets
 * in most states with deadlines before and after "now", and an active outage notice.
 *
 * Staff (number, PIN, roles):
 *   1001 王建军 2468 crew (crew 1)      1002 李强 1357 crew (crew 1)     1003 周磊 1122 crew (crew 2)
 *   2001 陈静 3690 counter               3001 赵敏 8642 supervisor, counter
 *   4001 刘洋 5555 finance
 *
 * Crew 1's open tickets at the end, by due time: overdue 12 min (departed), overdue 5 min
 * (delivered), due in 1 min (delivered), due in 2 min (accepted), due in 18 min (departed),
 * no deadline (arrived).
 */
struct FixtureFacts
{
    QString outletId;
    QString crew1Id;
    QString crew2Id;
    QHash<QString, QString> staffIds; ///< staff number → id
    QHash<QString, QString> customerIds; ///< name → id
    QStringList ticketIds; ///< in script order, T1 … T11
    int crew1OpenTickets = 0;
    qint64 endMs = 0;
};

/** The loss reports addLossReports() wrote, one in each state the counter shows. */
struct LossReportFacts
{
    QString unsentId; ///< pending, its op still in the outbox
    QString sentId; ///< pending, its op sent, the server's answer not back yet
    QString frozenId; ///< the server listed the card (status list version 43)
    QString refusedId; ///< the server refused it: the ID given is not the holder's
    QString frozenCardNo;
};

class Fixture
{
public:
    static constexpr int kPinIterations = 1000;

    /**
     * Fills an empty @p store, moving @p clock (the store's clock) through the fixture's history
     * and leaving it at @p endMs — pass the current time for an app run on the system clock.
     */
    static fd::Result<FixtureFacts> populate(fd::Store &store, fd::ManualClock &clock, qint64 endMs);

    /**
     * Adds to a populated store four loss reports by the counter clerk 2001 (see LossReportFacts),
     * the status list as the server would have sent it (versions 41 to 43: two cards on it, one
     * taken off again) and a feed read to its end 3 minutes before @p facts' end. The server's
     * parts are written as a pull would leave them. Not part of populate(): a refused op shows in
     * every sync bar. Leaves the clock at the end.
     */
    static fd::Result<LossReportFacts> addLossReports(fd::Store &store, fd::ManualClock &clock, const FixtureFacts &facts);
};
