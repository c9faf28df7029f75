#pragma once

#include "cardterminal.h"
#include "clock.h"

#include <QByteArray>

namespace fd {

/**
 * A card terminal whose cards are chip files (JSON) on disk: card number, type, validity,
 * balance, transaction counter, the card key and the chip's transaction log. A write is atomic
 * (QSaveFile), like a chip's own commit. The card key stays inside the file: the terminal only
 * uses it the way a chip would, to check a load MAC and to make the TAC.
 *
 * "Presenting" a card is pointing the terminal at a file; cards are made by personalise(),
 * which needs the issuer's master key and is therefore done on the server side (fielddesk-cli
 * server card-stock) or in tests.
 */
class SimulatedCardTerminal final : public CardTerminal
{
public:
    /** A stored-value card's chip holds at most this (a 4-byte signed balance field). */
    static constexpr qint64 kChipBalanceLimitFen = 2'147'483'647;
    static constexpr int kLogSize = 10;

    enum class Interruption { None, BeforeWrite, AfterWrite };

    explicit SimulatedCardTerminal(const Clock &clock) : m_clock(clock) {}

    struct Personalisation
    {
        QString cardNo;
        QString cardType = QStringLiteral("stored_value");
        QString validFrom;
        QString validTo;
    };
    /** Writes a new, empty card to @p path. Error "card_exists" if there is a file there. */
    [[nodiscard]] static Result<void> personalise(const QString &path, const QByteArray &masterKey,
                                                  const Personalisation &card);

    void present(const QString &path) { m_path = path; }
    void remove() { m_path.clear(); }
    [[nodiscard]] QString presentedPath() const { return m_path; }
    /**
     * The next write is interrupted: before the chip commits (nothing written) or after (written,
     * but the terminal never hears back). Either way writeLoad() answers "write_interrupted".
     */
    void interruptNextWrite(Interruption where) { m_interruption = where; }
    /** A slow card: each write waits this long before the chip commits (tests and demos). */
    void setWriteDelayMs(int ms) { m_writeDelayMs = ms; }

    [[nodiscard]] Result<CardChip> readCard() override;
    [[nodiscard]] Result<LoadReceipt> writeLoad(const LoadWrite &write) override;
    /** A lane deducting a toll (tests and the demo): lowers the chip balance, counts one more. */
    [[nodiscard]] Result<ChipTransaction> purchase(qint64 amountFen, const QString &ref);

private:
    struct ChipFile;
    [[nodiscard]] Result<ChipFile> load() const;
    [[nodiscard]] Result<void> save(const ChipFile &chip) const;

    const Clock &m_clock;
    QString m_path;
    Interruption m_interruption = Interruption::None;
    int m_writeDelayMs = 0;
};

} // namespace fd
