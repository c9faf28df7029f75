#include "cardload.h"

#include "money.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

/** The account has the money and the card does not (yet); @p cause is what the card said. */
Error unfinished(const CardLoad &load, const Error &cause = {})
{
    QString message = QCoreApplication::translate("CardLoadFlow",
                                                  "The card was not written. The money is on the account; present the "
                                                  "card again to finish load %1.")
                          .arg(load.id);
    if (!cause.message.isEmpty())
        message = cause.message + u' ' + message;
    return makeError("write_unfinished", message);
}

} // namespace

Result<CardLoadFlow::Outcome> CardLoadFlow::finish(CardLoad load)
{
    for (int attempt = 0; attempt < kWriteAttempts && !load.isCompleted(); ++attempt) {
        auto receipt = m_terminal.writeLoad(load.write());
        if (receipt) {
            auto confirmed = m_service.confirm(load.id, receipt.value());
            if (!confirmed)
                return confirmed.error(); // the card has it; the next settle() confirms from its log
            load = confirmed.value();
            break;
        }
        const QString code = receipt.error().code;
        // Any other refusal (the card was pulled or swapped, it rejected the MAC) leaves the load
        // open on the server: it is finished at the card's next presentation or reviewed.
        if (code != "write_interrupted"_L1 && code != "counter_mismatch"_L1)
            return unfinished(load, receipt.error());
        // Whether it was written is on the card: read it and let the server decide.
        auto chip = m_terminal.readCard();
        if (!chip)
            return unfinished(load);
        auto resolved = m_service.resolve(load.id, chip.value());
        if (!resolved)
            return resolved.error();
        load = resolved.value();
    }
    if (!load.isCompleted())
        return unfinished(load);
    auto chip = m_terminal.readCard();
    Outcome out;
    out.load = load;
    if (chip)
        out.chip = chip.value();
    return out;
}

Result<std::optional<CardLoadFlow::Outcome>> CardLoadFlow::settle()
{
    auto chip = m_terminal.readCard();
    if (!chip)
        return chip.error();
    auto open = m_service.openLoad(chip->cardNo);
    if (!open)
        return open.error();
    if (!open->has_value())
        return std::optional<Outcome>();
    auto resolved = m_service.resolve(open->value().id, chip.value());
    if (!resolved)
        return resolved.error();
    auto out = finish(resolved.value());
    if (!out)
        return out.error();
    Outcome settled = out.value();
    settled.settledEarlier = true;
    return std::optional<Outcome>(settled);
}

Result<CardLoadFlow::Outcome> CardLoadFlow::load(const QString &requestId, qint64 amountFen, const QString &payment)
{
    auto settled = settle();
    if (!settled)
        return settled.error();
    if (settled->has_value())
        return settled->value();
    auto chip = m_terminal.readCard();
    if (!chip)
        return chip.error();
    // Refused here, before any money moves: a load the chip cannot hold would stay open.
    if (amountFen > 0 && amountFen > chip->balanceLimitFen - chip->balanceFen)
        return makeError("balance_limit",
                         QCoreApplication::translate("CardLoadFlow", "Card %1 holds at most %2 and has %3 on it.")
                             .arg(chip->cardNo, Money::fromFen(chip->balanceLimitFen).display(),
                                  Money::fromFen(chip->balanceFen).display()));
    auto authorised = m_service.authorise(requestId, chip->cardNo, amountFen, chip->counter, payment);
    if (!authorised)
        return authorised.error();
    return finish(authorised.value());
}

} // namespace fd
