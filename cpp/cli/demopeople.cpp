#include "demopeople.h"

#include "creditcode.h"
#include "democatalog.h"
#include "residentid.h"

#include <array>

using namespace Qt::StringLiterals;

namespace fd::cli {

namespace {
// Serial letters of a plate: no I or O (they read as 1 and 0).
constexpr QStringView kPlateLetters = u"ABCDEFGHJKLMNPQRSTUVWXYZ";
// VIN letters: no I, O or Q.
constexpr QStringView kVinChars = u"0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
// Letters of an organisation code body, kept within the credit code alphabet.
constexpr QStringView kOrgChars = u"0123456789ABCDEFGHJKLMNPQRTUWXY";

QList<int> regionWeights()
{
    QList<int> w;
    for (const DemoRegion &r : DemoCatalog::regions())
        w << r.weight;
    return w;
}

QList<int> givenWeights()
{
    // Zipf-like: the first name of each list is about ten times as common as the last.
    QList<int> w;
    for (int i = 0; i < 30; ++i)
        w << 300 / (i + 3);
    return w;
}
} // namespace

DemoPeople::DemoPeople(DemoRandom &random, QDate today)
    : m_random(random), m_today(today), m_regionWeights(regionWeights()),
      m_surnameWeights(DemoCatalog::surnameWeights()), m_phoneWeights(DemoCatalog::phonePrefixWeights()),
      m_givenWeights(givenWeights())
{
}

int DemoPeople::homeRegion()
{
    return m_random.pick(m_regionWeights);
}

QString DemoPeople::idNumber(int region, QDate birth, bool male)
{
    const QString code = DemoCatalog::regions().at(region).idCode;
    for (;;) {
        // Sequence: two digits for the police station, one whose parity is the sex.
        const int last = m_random.below(5) * 2 + (male ? 1 : 0);
        const QString first17 = code + birth.toString(u"yyyyMMdd"_s) + m_random.digits(2) + QString::number(last);
        const QString number = first17 + ResidentId::checkChar(first17);
        if (!m_ids.contains(number)) {
            m_ids.insert(number);
            return number;
        }
    }
}

QString DemoPeople::phone(bool unique)
{
    for (;;) {
        const QString number = DemoCatalog::phonePrefixes().at(m_random.pick(m_phoneWeights)) + m_random.digits(8);
        if (!unique)
            return number;
        if (!m_phones.contains(number)) {
            m_phones.insert(number);
            return number;
        }
    }
}

QString DemoPeople::address(int region)
{
    const DemoRegion &r = DemoCatalog::regions().at(region);
    const QString road = m_random.pickFrom(r.roads);
    const QString estate = m_random.pickFrom(DemoCatalog::estates());
    return u"%1%2%3%4 %5 号%6 %7 栋 %8 单元 %9 室"_s.arg(r.province, r.city, r.district, road)
        .arg(m_random.between(1, 2999))
        .arg(estate)
        .arg(m_random.between(1, 36))
        .arg(m_random.between(1, 4))
        .arg(m_random.between(1, 33) * 100 + m_random.between(1, 4));
}

QString DemoPeople::contactName()
{
    const bool male = m_random.chance(0.6);
    return DemoCatalog::surnames().at(m_random.pick(m_surnameWeights))
        + DemoCatalog::givenNames(m_random.below(3), male).at(m_random.pick(m_givenWeights));
}

DemoPerson DemoPeople::person(int region, int minAge, int maxAge)
{
    DemoPerson p;
    p.region = region;
    p.male = m_random.chance(0.56); // car owners are more often men
    // Ages cluster around 30–50, as ETC customers do.
    const int age = qBound(minAge, (m_random.between(minAge, maxAge) + m_random.between(minAge, maxAge)) / 2, maxAge);
    p.birthDate = m_today.addYears(-age).addDays(-m_random.below(365));
    const int year = p.birthDate.year();
    const int era = year < 1970 ? 0 : (year < 1990 ? 1 : 2);
    p.name = DemoCatalog::surnames().at(m_random.pick(m_surnameWeights))
        + DemoCatalog::givenNames(era, p.male).at(m_random.pick(m_givenWeights));
    // Most people hold an ID from where they live; some moved there.
    const int idRegion = m_random.chance(0.78) ? region : homeRegion();
    p.idNumber = idNumber(idRegion, p.birthDate, p.male);
    p.phone = phone();
    p.address = address(region);
    return p;
}

QChar DemoPeople::organisationCheckChar(QStringView body8)
{
    static constexpr std::array<int, 8> weights = {3, 7, 9, 10, 5, 8, 4, 2};
    if (body8.size() != 8)
        return {};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = body8.at(i);
        const int v = c.isDigit() ? c.digitValue() : (c.unicode() - u'A' + 10);
        sum += v * weights[size_t(i)];
    }
    const int check = 11 - sum % 11;
    if (check == 10)
        return u'X';
    if (check == 11)
        return u'0';
    return QLatin1Char(char('0' + check));
}

DemoCompany DemoPeople::company(int region)
{
    const DemoRegion &r = DemoCatalog::regions().at(region);
    const QString city = (r.city.isEmpty() ? r.province : r.city).chopped(1); // "合肥", "上海"
    DemoCompany c;
    c.region = region;
    for (int attempt = 0;; ++attempt) {
        static const QStringList suffixes = {u"有限公司"_s, u"有限公司"_s, u"有限责任公司"_s, u"股份有限公司"_s};
        QString name = city + m_random.pickFrom(DemoCatalog::companyWords()) + m_random.pickFrom(DemoCatalog::companyTrades())
            + m_random.pickFrom(suffixes);
        if (attempt > 20)
            name = city + m_random.pickFrom(DemoCatalog::companyWords()) + m_random.pickFrom(DemoCatalog::companyWords())
                + m_random.pickFrom(DemoCatalog::companyTrades()) + m_random.pickFrom(suffixes);
        if (attempt > 60)
            name = name.chopped(4) + QString::number(attempt) + u"有限公司"_s;
        if (!m_companies.contains(name)) {
            m_companies.insert(name);
            c.name = name;
            break;
        }
    }
    for (;;) {
        QString body;
        for (int i = 0; i < 8; ++i)
            body += i < 2 || m_random.chance(0.85) ? QLatin1Char(char('0' + m_random.below(10)))
                                                   : kOrgChars.at(10 + m_random.below(int(kOrgChars.size()) - 10));
        // "91": market regulation, enterprise.
        const QString first17 = u"91"_s + r.idCode + body + organisationCheckChar(body);
        const QString code = first17 + CreditCode::checkChar(first17);
        if (!m_codes.contains(code)) {
            m_codes.insert(code);
            c.creditCode = code;
            break;
        }
    }
    c.address = address(region);
    return c;
}

QString DemoPeople::plateSerial(int letters)
{
    // Five characters, mostly digits, with up to @p letters letters in random places.
    QString serial = m_random.digits(5);
    for (int i = 0; i < letters; ++i)
        serial[m_random.below(5)] = kPlateLetters.at(m_random.below(int(kPlateLetters.size())));
    return serial;
}

QChar DemoPeople::vinCheckChar(QStringView vin17)
{
    static constexpr std::array<int, 17> weights = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    // ISO 3779 transliteration: A–H 1–8, J–R 1–9 (no O, Q), S–Z 2–9 (no…).
    static const QString letters = u"ABCDEFGHJKLMNPRSTUVWXYZ"_s;
    static constexpr std::array<int, 23> values = {1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9};
    if (vin17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = vin17.at(i);
        int v = 0;
        if (c.isDigit())
            v = c.digitValue();
        else if (const qsizetype k = letters.indexOf(c); k >= 0)
            v = values[size_t(k)];
        sum += v * weights[size_t(i)];
    }
    const int check = sum % 11;
    return check == 10 ? QChar(u'X') : QChar(QLatin1Char(char('0' + check)));
}

QString DemoPeople::vin(const QString &maker, int year)
{
    static const QString yearCodes = u"ABCDEFGHJKLMNPRSTVWXY123456789"_s; // 2010 = A … 2030 = Y
    QString v = maker;
    for (int i = 0; i < 5; ++i)
        v += kVinChars.at(m_random.below(int(kVinChars.size())));
    v += u'0'; // check digit placeholder
    v += yearCodes.at(qBound(0, year - 2010, int(yearCodes.size()) - 1));
    v += kVinChars.at(m_random.below(int(kVinChars.size())));
    v += m_random.digits(6);
    v[8] = vinCheckChar(v);
    return v;
}

DemoVehicleSpec DemoPeople::vehicle(int region, bool truck)
{
    const QString prefix = DemoCatalog::regions().at(region).plate;
    DemoVehicleSpec v;
    const int year = m_today.year() - m_random.between(0, 12);
    for (;;) {
        QString plate;
        const double roll = m_random.unit();
        if (truck) {
            if (roll < 0.15) {
                // Large new-energy vehicle: five digits then D (electric) or F (hybrid).
                plate = prefix + m_random.digits(5) + (m_random.chance(0.8) ? u'D' : u'F');
                v.colour = PlateColour::YellowGreen;
                v.vehicleClass = u"二类货车"_s;
            } else {
                plate = prefix + plateSerial(m_random.below(2));
                v.colour = m_random.chance(0.8) ? PlateColour::Yellow : PlateColour::Blue;
                v.vehicleClass = v.colour == PlateColour::Yellow ? m_random.pickFrom(QStringList{u"二类货车"_s, u"三类货车"_s, u"四类货车"_s, u"六类货车"_s})
                                                                 : u"一类货车"_s;
            }
        } else if (roll < 0.22) {
            // Small new-energy car: D/F (or a 2022 extension letter), a letter or digit, four digits.
            static const QString first = u"DDDDFFABCEGH"_s;
            const QChar second = m_random.chance(0.5) ? QLatin1Char(char('0' + m_random.below(10)))
                                                      : kPlateLetters.at(m_random.below(int(kPlateLetters.size())));
            plate = prefix + first.at(m_random.below(int(first.size()))) + second + m_random.digits(4);
            v.colour = PlateColour::Green;
            v.vehicleClass = u"一类客车"_s;
        } else {
            plate = prefix + plateSerial(m_random.below(3));
            v.colour = PlateColour::Blue;
            v.vehicleClass = m_random.chance(0.95) ? u"一类客车"_s : u"二类客车"_s;
        }
        if (!m_plates.contains(plate)) {
            m_plates.insert(plate);
            v.plate = plate;
            break;
        }
    }
    const QString maker = truck ? m_random.pickFrom(DemoCatalog::truckMakers())
        : v.colour == PlateColour::Green ? m_random.pickFrom(DemoCatalog::evMakers())
                                         : m_random.pickFrom(DemoCatalog::carMakers());
    v.vin = vin(maker, year);
    v.licenceNo = DemoCatalog::regions().at(region).idCode.left(4) + m_random.digits(8);
    return v;
}

} // namespace fd::cli
