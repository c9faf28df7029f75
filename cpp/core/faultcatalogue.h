#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace fd {

/**
 * The causes a crew picks from when it records a fault: categories, each with subcategories.
 * It is configuration (an outlet may load its own JSON), so labels come with the data in both
 * languages instead of from the translation files.
 *
 * JSON: {"categories": [{"key": "obu", "zh": "OBU 故障", "en": "OBU fault",
 *                        "sub": [{"key": "no_read", "zh": "…", "en": "…"}, …]}, …]}
 * Keys are lowercase ASCII ([a-z0-9_], 1–32 characters) and unique within their level.
 */
class FaultCatalogue
{
public:
    struct Entry
    {
        QString key;
        QString zh;
        QString en;
        QList<Entry> sub; // empty for a subcategory
        /** The label for @p language ("en" or anything else → Chinese). */
        [[nodiscard]] QString label(const QString &language) const;
    };

    /** The catalogue shipped with the product: ETC equipment and service faults. */
    static const FaultCatalogue &builtIn();
    /** Reads and checks a catalogue; every problem is reported with the path of the entry. */
    static Result<FaultCatalogue> fromJson(const QByteArray &json);

    [[nodiscard]] const QList<Entry> &categories() const { return m_categories; }
    [[nodiscard]] const Entry *category(const QString &key) const;
    /**
     * A recorded cause must name a known category and, where the category has subcategories,
     * one of them. Errors carry the field ("cause_category" or "cause_subcategory").
     */
    [[nodiscard]] Result<void> check(const QString &category, const QString &subcategory) const;

private:
    QList<Entry> m_categories;
};

} // namespace fd
