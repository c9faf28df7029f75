#include "personname.h"

namespace fd {

QString PersonName::masked(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    // A character outside the Basic Multilingual Plane (rare surnames) is two UTF-16 units.
    const qsizetype first
        = trimmed.size() > 1 && trimmed.at(0).isHighSurrogate() && trimmed.at(1).isLowSurrogate() ? 2 : 1;
    return trimmed.left(first).toString() + QLatin1Char('*');
}

} // namespace fd
