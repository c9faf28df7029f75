#pragma once

#include <QString>
#include <QStringView>

namespace fd {

/**
 * Clean-up shared by the validators for what people type into a form. Chinese input methods
 * switch to full-width characters ("１３８", "Ｘ") at a keystroke, and numbers are often written
 * in groups; neither should make a valid number fail.
 */
class InputText
{
public:
    /** Folds full-width ASCII (U+FF01–U+FF5E) and the ideographic space to their ASCII forms. */
    [[nodiscard]] static QString halfWidth(QStringView text);
    /**
     * halfWidth(), then every whitespace character and every character in @p separators is
     * removed: "110105 19491231 002x" → "11010519491231002x".
     */
    [[nodiscard]] static QString compact(QStringView text, QStringView separators = {});
    /** True if @p text is not empty and holds only the ASCII digits 0–9. */
    [[nodiscard]] static bool isAsciiDigits(QStringView text);
};

} // namespace fd
