#pragma once

#include "demorandom.h"
#include "vehicleplate.h"

#include <QDate>
#include <QSet>
#include <QString>

namespace fd::cli {

struct DemoPerson
{
    QString name;
    bool male = true;
    QDate birthDate;
    QString idNumber; // valid GB 11643 number
    QString phone;    // valid mobile number
    int region = 0;   // where they live (DemoCatalog::regions())
    QString address;
};

struct DemoCompany
{
    QString name;
    QString creditCode; // valid GB 32100 code
    int region = 0;
    QString address;
};

struct DemoVehicleSpec
{
    QString plate;
    PlateColour colour = PlateColour::Blue;
    QString vehicleClass;
    QString vin;
    QString licenceNo;
};

/**
 * Makes people, companies and vehicles that pass every validator in core: resident IDs with
 * real region codes, birth dates and check characters (ResidentId::checkChar), credit codes
 * (CreditCode::checkChar, with a GB 11714 organisation code inside), mobile numbers from real
 * prefixes, plates whose colour matches their kind, VINs with their ISO 3779 check digit.
 * ID numbers, phones, plates, company names and codes never repeat within one generator.
 */
class DemoPeople
{
public:
    DemoPeople(DemoRandom &random, QDate today);

    /** A region index, weighted by where customers live. */
    [[nodiscard]] int homeRegion();
    /** An adult living in @p region, aged @p minAge to @p maxAge. */
    [[nodiscard]] DemoPerson person(int region, int minAge = 18, int maxAge = 75);
    [[nodiscard]] DemoCompany company(int region);
    [[nodiscard]] QString address(int region);
    /** A mobile number; unique ones are never handed out twice. */
    [[nodiscard]] QString phone(bool unique = true);
    /** Just a name, for a contact person who is not a customer. */
    [[nodiscard]] QString contactName();
    /** An ordinary (blue/yellow) or new-energy plate registered in @p region. */
    [[nodiscard]] DemoVehicleSpec vehicle(int region, bool truck);

    /** GB 11714 check character for an 8-character organisation code body. */
    [[nodiscard]] static QChar organisationCheckChar(QStringView body8);
    /** ISO 3779 check digit (position 9) of a VIN whose other 16 characters are given. */
    [[nodiscard]] static QChar vinCheckChar(QStringView vin17);

private:
    [[nodiscard]] QString idNumber(int region, QDate birth, bool male);
    [[nodiscard]] QString plateSerial(int letters);
    [[nodiscard]] QString vin(const QString &maker, int year);

    DemoRandom &m_random;
    QDate m_today;
    DemoRandom::Weights m_regionWeights;
    DemoRandom::Weights m_surnameWeights;
    DemoRandom::Weights m_phoneWeights;
    DemoRandom::Weights m_givenWeights; // most common names first, shared by all lists (30 names each)
    QSet<QString> m_ids;
    QSet<QString> m_phones;
    QSet<QString> m_plates;
    QSet<QString> m_companies;
    QSet<QString> m_codes;
};

} // namespace fd::cli
