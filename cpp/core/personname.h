#pragma once

#include <QString>
#include <QStringView>

namespace fd {

/** People's names as shown where they must not be read in full (kiosks, case look-up). */
class PersonName
{
public:
    /**
     * The first character and one star: "陈静" → "陈*", "欧阳明华" → "欧*", "Li Wei" → "L*".
     * Always one star, so the mask does not tell how long the name is. Surrounding spaces are
     * ignored; an empty name stays empty.
     */
    [[nodiscard]] static QString masked(QStringView name);
};

} // namespace fd
