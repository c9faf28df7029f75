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

class Fixture
{
public:
    static constexpr int kPinIterations = 1000;

    /**
     * Fills an empty @p store, moving @p clock (the store's clock) through the fixture's history
     * and leaving it at @p endMs — pass the current time for an app run on the system clock.
     */
    static fd::Result<FixtureFacts> populate(fd::Store &store, fd::ManualClock &clock, qint64 endMs);
};
