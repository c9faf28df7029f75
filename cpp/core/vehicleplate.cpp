#include "vehicleplate.h"

#include "inputtext.h"

#include <QCoreApplication>

namespace fd {

namespace {

// Separators people put between the authority letter and the serial: the middle dot of the
// printed plate, its look-alikes from various input methods, and a hyphen.
constexpr QStringView kSeparators = u"\u00B7\u2022\u30FB\u2027\uFF65-";
// After the two-letter prefix, I and O are never used: they read as 1 and 0.
constexpr QStringView kSerialLetters = u"ABCDEFGHJKLMNPQRSTUVWXYZ";
// New-energy small plates: D or F, plus the letters added in 2022 when those ran out
// (A B C E for pure electric like D, G H J K for the others like F).
constexpr QStringView kNewEnergySmallFirst = u"DFABCEGHJK";

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isSerialChar(QChar c)
{
    return isDigit(c) || kSerialLetters.contains(c);
}

Error invalid(const QString &message)
{
    return makeError("invalid_plate", message);
}

} // namespace

Result<PlateInfo> VehiclePlate::parse(const QString &text)
{
    const QString plate = InputText::compact(text, kSeparators).toUpper();
    if (plate.isEmpty())
        return invalid(QCoreApplication::translate("VehiclePlate", "Enter the plate number."));
    if (!kProvinces.contains(plate.at(0)))
        return invalid(QCoreApplication::translate("VehiclePlate",
            "A plate number starts with a province abbreviation such as 京 or 粤; \"%1\" is not one.")
                           .arg(plate.at(0)));
    if (plate.size() < 2 || plate.at(1) < QLatin1Char('A') || plate.at(1) > QLatin1Char('Z'))
        return invalid(QCoreApplication::translate(
            "VehiclePlate", "The second character of a plate number is a letter for the issuing office."));

    const QStringView serial = QStringView(plate).mid(2);
    PlateInfo info;
    info.plate = plate;
    info.province = plate.left(1);
    if (serial.size() == 5) {
        for (const QChar c : serial) {
            if (!isSerialChar(c))
                return invalid(QCoreApplication::translate("VehiclePlate",
                    "The last five characters of a plate number are digits or letters other than I and O."));
        }
        info.kind = PlateKind::Ordinary;
        return info;
    }
    if (serial.size() == 6) {
        const bool tailDigits = InputText::isAsciiDigits(serial.mid(2));
        if (kNewEnergySmallFirst.contains(serial.at(0)) && isSerialChar(serial.at(1)) && tailDigits) {
            info.kind = PlateKind::NewEnergySmall;
            return info;
        }
        if (InputText::isAsciiDigits(serial.left(5))
            && (serial.at(5) == QLatin1Char('D') || serial.at(5) == QLatin1Char('F'))) {
            info.kind = PlateKind::NewEnergyLarge;
            return info;
        }
        return invalid(QCoreApplication::translate("VehiclePlate",
            "An 8-character new-energy plate number is either D or F, a letter or digit "
            "and four digits (沪AD12345), or five digits and D or F (粤B12345D)."));
    }
    return invalid(QCoreApplication::translate("VehiclePlate",
        "A plate number has 7 characters, or 8 for a new-energy vehicle; this one has %n.", nullptr,
        int(plate.size())));
}

bool VehiclePlate::colourMatches(const PlateInfo &plate, PlateColour colour)
{
    switch (plate.kind) {
    case PlateKind::NewEnergySmall:
        return colour == PlateColour::Green;
    case PlateKind::NewEnergyLarge:
        return colour == PlateColour::YellowGreen;
    case PlateKind::Ordinary:
        return colour == PlateColour::Blue || colour == PlateColour::Yellow || colour == PlateColour::White
            || colour == PlateColour::Black;
    }
    return false;
}

QString VehiclePlate::toString(PlateKind kind)
{
    switch (kind) {
    case PlateKind::Ordinary:
        return QStringLiteral("ordinary");
    case PlateKind::NewEnergySmall:
        return QStringLiteral("new_energy_small");
    case PlateKind::NewEnergyLarge:
        return QStringLiteral("new_energy_large");
    }
    return {};
}

std::optional<PlateKind> VehiclePlate::kindFromString(QStringView key)
{
    for (const PlateKind k : { PlateKind::Ordinary, PlateKind::NewEnergySmall, PlateKind::NewEnergyLarge }) {
        if (key == toString(k))
            return k;
    }
    return std::nullopt;
}

QString VehiclePlate::toString(PlateColour colour)
{
    switch (colour) {
    case PlateColour::Blue:
        return QStringLiteral("blue");
    case PlateColour::Yellow:
        return QStringLiteral("yellow");
    case PlateColour::Green:
        return QStringLiteral("green");
    case PlateColour::YellowGreen:
        return QStringLiteral("yellow_green");
    case PlateColour::White:
        return QStringLiteral("white");
    case PlateColour::Black:
        return QStringLiteral("black");
    }
    return {};
}

std::optional<PlateColour> VehiclePlate::colourFromString(QStringView key)
{
    for (const PlateColour c : { PlateColour::Blue, PlateColour::Yellow, PlateColour::Green,
             PlateColour::YellowGreen, PlateColour::White, PlateColour::Black }) {
        if (key == toString(c))
            return c;
    }
    return std::nullopt;
}

} // namespace fd
