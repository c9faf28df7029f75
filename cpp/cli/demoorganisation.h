#pragma once

#include "demopeople.h"
#include "demorandom.h"
#include "demoworld.h"
#include "result.h"

namespace fd {
class Store;
}

namespace fd::cli {

class SettableClock;

/**
 * The organisation behind the demo data, written through Store::write and StaffRepository:
 * outlets in several provinces with their counter, kiosk and crew tablet devices, staff with
 * roles and PINs, repair crews with members and statuses, and outage notices (one active).
 */
class DemoOrganisation
{
public:
    DemoOrganisation(Store &store, SettableClock &clock, DemoRandom &random, DemoPeople &people, DemoWorld &world);

    /** Outlets, devices, staff and crews. */
    Result<void> run(const DemoOptions &options);
    /** Outage notices with their updates; run after the customers so the store's clock stays in order. */
    Result<void> outages();
    [[nodiscard]] int outageNotices() const { return m_outages; }

private:
    Result<void> outlets();
    Result<QString> device(DemoOutlet &outlet, const QString &mode, int preferredCode, const QString &name);
    Result<void> staff(int count, int crews);
    Result<void> crews(int count);
    Result<void> write(const QString &opKind, const QString &entity, const QString &id, const QVariantMap &fields,
                       const QString &staffId = {});

    Store &m_store;
    SettableClock &m_clock;
    DemoRandom &m_random;
    DemoPeople &m_people;
    DemoWorld &m_world;
    int m_outages = 0;
};

} // namespace fd::cli
