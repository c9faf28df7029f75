#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace fd::cli {

/** What `demo` was asked to make. */
struct DemoOptions
{
    int customers = 200;
    int tickets = 1000;
    int staff = 0; // 0: chosen from the size
    int crews = 0; // 0: chosen from the size
    quint32 seed = 1;
    int historyDays = 0; // 0: chosen from the number of tickets
    qint64 nowMs = -1;   // reference time; -1: the current time
    QString outletCode = QStringLiteral("0101");
    QString deviceCode = QStringLiteral("01");
    QString mode = QStringLiteral("counter");
    /** Customers (or tickets) per transaction; large transactions are what makes bulk loading fast. */
    int customersPerTransaction = 2000;
    int ticketsPerTransaction = 500;
};

struct DemoOutlet
{
    QString id;
    QString code;
    QString name;
    QString shortName;
    int region = 0;
    QString address;
    QString counterDeviceId;
    QString counterDeviceCode;
    QString kioskDeviceId;
    QString kioskDeviceCode;
    QList<int> crews;
    QList<int> counterStaff;
    QList<int> supervisors;
    QList<int> usedDeviceCodes;
};

struct DemoStaff
{
    QString id;
    QString staffNo;
    QString name;
    QStringList roles;
    QString pin;
    int outlet = 0;
};

struct DemoCrew
{
    QString id;
    QString name;
    int outlet = 0;
    QList<int> members; // indexes into DemoWorld::staff
    QString tabletDeviceId;
    QString tabletDeviceCode;
    QString status;
};

struct DemoVehicle
{
    QString id;
    QString plate;
    QString colour;
    QString vehicleClass;
    QString vin;
    QString licenceNo;
    QString cardId;
    QString cardNo;
    QString obuId;
};

struct DemoCustomer
{
    QString id;
    QString name;
    QString phone;
    QString address;
    int region = 0;
    qint64 openedAt = 0;
    bool corporate = false;
    int firstVehicle = 0; // index into DemoWorld::vehicles
    int vehicleCount = 0;
};

/** Everything generated so far that later phases refer to. */
struct DemoWorld
{
    qint64 nowMs = 0;
    QDate today;
    int ownOutlet = 0;
    QString ownDeviceId;
    QString ownDeviceCode;
    QList<DemoOutlet> outlets;
    QList<DemoStaff> staff;
    QList<DemoCrew> crews;
    QList<DemoCustomer> customers;
    QList<DemoVehicle> vehicles;
    int adminStaff = 0;
};

/** Figures of one run, for the summary and the benchmark notes. */
struct DemoReport
{
    double organisationSeconds = 0;
    double customerSeconds = 0;
    double etcSeconds = 0;
    double ticketSeconds = 0;
    double totalSeconds = 0;
    qint64 customerRows = 0; // rows written in the customer phase
    qint64 etcRows = 0;
    qint64 ticketRows = 0; // tickets + timeline events
    qint64 timelineEvents = 0;
    int outageNotices = 0;
};

} // namespace fd::cli
