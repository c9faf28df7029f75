#include "casematch.h"

#include "inputtext.h"
#include "mobilephone.h"
#include "personname.h"

#include <QCoreApplication>

namespace fd {

Error CaseMatch::notFound()
{
    return makeError("not_found",
        QCoreApplication::translate(
            "CaseLookup", "No case matches this number and phone number. Check both and try again."));
}

Result<CaseMatch::Query> CaseMatch::parse(const QString &number, const QString &phone)
{
    // Kiosk keyboards and input methods give full-width characters and stray spaces.
    const QString no = InputText::compact(number).toUpper();
    if (no.isEmpty() || InputText::compact(phone).isEmpty())
        return makeError("incomplete",
            QCoreApplication::translate(
                "CaseLookup", "Enter the case number and the phone number given with it."));
    auto digits = MobilePhone::parse(phone);
    if (!digits || no.size() > 40)
        return notFound();
    if (no.startsWith(QLatin1String("T-")))
        return Query { no, digits.value(), QStringLiteral("ticket") };
    if (no.startsWith(QLatin1String("C-")))
        return Query { no, digits.value(), QStringLiteral("complaint") };
    return notFound();
}

std::optional<CaseView> CaseMatch::match(const CaseRecord &record, const QString &phone)
{
    if (phone.isEmpty())
        return std::nullopt;
    const bool contact = record.contactPhone == phone;
    const bool customer = record.kind == QLatin1String("ticket") && record.customerPhone == phone;
    if (!contact && !customer)
        return std::nullopt;
    CaseView v;
    v.number = record.number;
    v.kind = record.kind;
    v.state = record.state;
    v.title = record.title;
    v.category = record.category;
    v.openedAt = record.openedAt;
    v.stateAt = record.stateAt;
    v.dueAt = record.dueAt;
    // The name that goes with the phone that matched: the contact's, else the customer's.
    const QString name = contact && !record.contactName.isEmpty() ? record.contactName
        : !record.customerName.isEmpty()                          ? record.customerName
                                                                  : record.contactName;
    v.maskedName = PersonName::masked(name);
    v.maskedPhone = MobilePhone::masked(phone);
    return v;
}

} // namespace fd
