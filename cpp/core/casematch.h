#pragma once

#include "result.h"

#include <QString>

#include <optional>

namespace fd {

/**
 * What a customer may see of their own case at a kiosk: no ids, no content, no full name or
 * number. Times in UTC milliseconds.
 */
struct CaseView
{
    QString number; // T-… or C-…
    QString kind; // "ticket" or "complaint"
    QString state; // TicketWorkflow or ComplaintWorkflow key
    QString title; // tickets: the short title; empty for complaints
    QString category; // tickets: free text; complaints: the category key
    qint64 openedAt = 0; // reported / received
    qint64 stateAt = 0; // when it reached its current state
    qint64 dueAt = -1; // complaints: the answer is due by then; -1 for tickets and when no deadline runs
    QString maskedName; // 陈*
    QString maskedPhone; // 138****8000

    friend bool operator==(const CaseView &, const CaseView &) = default;
};

/** A ticket or complaint as the look-up reads it from a store, before anything is masked. */
struct CaseRecord
{
    QString kind;
    QString number;
    QString state;
    QString title;
    QString category;
    qint64 openedAt = 0;
    qint64 stateAt = 0;
    qint64 dueAt = -1;
    QString contactName; // tickets: the contact; complaints: the complainant
    QString contactPhone;
    QString customerName; // tickets of a customer on file
    QString customerPhone;
};

/**
 * The rules of a customer's case look-up, the same on a device's store and on the server: the
 * case number and the phone number given with it must both match (a ticket's contact phone or
 * its customer's phone; a complaint's complainant phone), and every miss — unknown number, wrong
 * phone, malformed input — gets the one same "not_found" answer, so the look-up cannot be used
 * to learn which numbers exist.
 */
class CaseMatch
{
public:
    struct Query
    {
        QString number; // upper case, no spaces
        QString phone; // 11 digits
        QString kind; // "ticket" (T-…) or "complaint" (C-…)
    };

    /** Cleans up kiosk input. "incomplete" when either is empty; "not_found" when it cannot match anything. */
    [[nodiscard]] static Result<Query> parse(const QString &number, const QString &phone);
    /** The masked view of @p record if @p phone belongs to it. */
    [[nodiscard]] static std::optional<CaseView> match(const CaseRecord &record, const QString &phone);
    [[nodiscard]] static Error notFound();
};

} // namespace fd
