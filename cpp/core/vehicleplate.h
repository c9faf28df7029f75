#pragma once

#include "result.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace fd {

enum class PlateKind {
    /** 7 characters: 京A12345. */
    Ordinary,
    /** 8 characters, D/F (or a 2022 extension letter) after the authority letter: 沪AD12345. */
    NewEnergySmall,
    /** 8 characters, D/F at the end: 粤B12345D. */
    NewEnergyLarge,
};

enum class PlateColour { Blue, Yellow, Green, YellowGreen, White, Black };

/** What a valid plate number says. */
struct PlateInfo
{
    /** Normalised: no spaces or dots, upper case, e.g. "京A12345". */
    QString plate;
    PlateKind kind = PlateKind::Ordinary;
    /** The one-character province abbreviation, e.g. "京". */
    QString province;
};

/**
 * Mainland China motor vehicle plate numbers (GA 36). Special plates with a trailing 学/警/挂/
 * 港/澳/领 character and embassy or military plates are not accepted.
 */
class VehiclePlate
{
public:
    /** The 31 province abbreviations a plate can start with. */
    static constexpr QStringView kProvinces
        = u"京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

    /**
     * Checks and normalises @p text: surrounding and inner spaces and the separator dot
     * ("京A·12345") are dropped, letters upper-cased. Errors have the code "invalid_plate".
     */
    static Result<PlateInfo> parse(const QString &text);

    /**
     * Whether a plate of this kind can have @p colour: new-energy small plates are green,
     * new-energy large plates yellow-green, ordinary plates blue, yellow, white or black.
     */
    [[nodiscard]] static bool colourMatches(const PlateInfo &plate, PlateColour colour);

    /** Stable keys used in the database and on the wire: "ordinary", "new_energy_small", … */
    [[nodiscard]] static QString toString(PlateKind kind);
    [[nodiscard]] static std::optional<PlateKind> kindFromString(QStringView key);
    /** "blue", "yellow", "green", "yellow_green", "white", "black". */
    [[nodiscard]] static QString toString(PlateColour colour);
    [[nodiscard]] static std::optional<PlateColour> colourFromString(QStringView key);
};

} // namespace fd
