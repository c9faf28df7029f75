#pragma once

#include "casematch.h"
#include "result.h"

#include <QString>

namespace fd {

class Store;

/**
 * Finds a ticket or complaint in this device's store by its number and the phone number given
 * with it, by the rules of CaseMatch. Counters have their outlet's cases; a kiosk holds none and
 * asks the server (GET /v1/cases), which applies the same rules.
 */
class CaseLookup
{
public:
    explicit CaseLookup(Store &store) : m_store(store) {}

    /** "incomplete" when either is empty; "not_found" for every miss. */
    Result<CaseView> lookupCase(const QString &number, const QString &phone);

private:
    Result<CaseRecord> readTicket(const QString &number);
    Result<CaseRecord> readComplaint(const QString &number);

    Store &m_store;
};

} // namespace fd
