#pragma once

#include "demopeople.h"
#include "demorandom.h"
#include "demoworld.h"
#include "result.h"

#include <QTextStream>

namespace fd {
class Store;
}

namespace fd::cli {

class BulkChangeWriter;
class SettableClock;

/**
 * Demo customers in two passes. create() opens every customer record through
 * CustomerRepository (the counter's own path: validation, customer number, search document).
 * issueEtc() then registers their vehicles and issues ETC accounts, cards and OBUs through the
 * bulk writer, and refreshes each customer's search document so plates, card and OBU numbers
 * are found.
 */
class DemoCustomers
{
public:
    DemoCustomers(Store &store, SettableClock &clock, DemoRandom &random, DemoPeople &people, DemoWorld &world,
                  QTextStream &err);

    /** Returns the number of rows written (customers; each with its outbox op). */
    Result<qint64> create(const DemoOptions &options);
    /** Returns the number of rows written (vehicles, accounts, cards, OBUs). */
    Result<qint64> issueEtc(BulkChangeWriter &writer, const DemoOptions &options);

private:
    Result<void> issueFor(BulkChangeWriter &writer, DemoCustomer &customer);

    Store &m_store;
    SettableClock &m_clock;
    DemoRandom &m_random;
    DemoPeople &m_people;
    DemoWorld &m_world;
    QTextStream &m_err;
    qint64 m_accountSeq = 0;
    qint64 m_cardSeq = 0;
    qint64 m_obuSeq = 0;
};

} // namespace fd::cli
