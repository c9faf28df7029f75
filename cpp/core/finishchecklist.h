#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace fd {

/** What a crew has recorded on a ticket so far: the facts the finish checklist is judged on. */
struct WorkFacts
{
    bool faultRecorded = false;
    int partCount = 0;
    int photoCount = 0;
    bool signature = false;
    /** Keys of the items the crew confirmed by hand ("tested", or "parts" for "no parts used"). */
    QSet<QString> confirmed;
};

/**
 * The checklist a crew must complete before a ticket can be finished. It is configuration (an
 * outlet may load its own JSON, labels in both languages); the kinds of item are fixed:
 *  - fault_record: a fault record is entered;
 *  - parts: parts used are recorded, or the crew confirms that none were used;
 *  - photo: at least one photo is attached;
 *  - signature: the customer signed on the screen;
 *  - confirm: the crew confirms it by hand ("tested with the customer").
 *
 * JSON: {"items": [{"key": "tested", "kind": "confirm", "zh": "…", "en": "…"}, …]}
 */
class FinishChecklist
{
public:
    enum class Kind { FaultRecord, Parts, Photo, Signature, Confirm };
    struct Item
    {
        QString key;
        Kind kind = Kind::Confirm;
        QString zh;
        QString en;
        /** The label for @p language ("en…" → English, anything else → Chinese). */
        [[nodiscard]] QString label(const QString &language) const;
        /** Whether the crew confirms this item by hand (a confirm item, or "no parts used"). */
        [[nodiscard]] bool confirmable() const { return kind == Kind::Confirm || kind == Kind::Parts; }
    };

    static const FinishChecklist &builtIn();
    static Result<FinishChecklist> fromJson(const QByteArray &json);

    [[nodiscard]] const QList<Item> &items() const { return m_items; }
    [[nodiscard]] const Item *item(const QString &key) const;
    [[nodiscard]] static bool isDone(const Item &item, const WorkFacts &facts);
    /** Labels of the items not done yet, in checklist order, in @p language. */
    [[nodiscard]] QStringList missing(const WorkFacts &facts, const QString &language) const;
    /**
     * Empty when the ticket may be finished; otherwise the error "checklist_incomplete" naming
     * what is still missing (in the language of the current QLocale).
     */
    [[nodiscard]] Result<void> checkFinish(const WorkFacts &facts) const;

private:
    QList<Item> m_items;
};

} // namespace fd
