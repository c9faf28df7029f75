#pragma once

#include "result.h"

#include <QString>
#include <QtGlobal>

namespace fd {

/**
 * An amount of money in integer fen (1 yuan = 100 fen). Arithmetic is checked: an overflow is an
 * Error, never a wrap-around. There is deliberately no conversion from or to floating point.
 */
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }

    [[nodiscard]] constexpr qint64 fen() const { return m_fen; }
    [[nodiscard]] constexpr bool isNegative() const { return m_fen < 0; }
    [[nodiscard]] constexpr bool isZero() const { return m_fen == 0; }
    [[nodiscard]] constexpr bool isPositive() const { return m_fen > 0; }

    [[nodiscard]] Result<Money> plus(Money other) const;
    [[nodiscard]] Result<Money> minus(Money other) const;
    [[nodiscard]] Result<Money> times(qint64 factor) const;
    /** Percentage of this amount in basis points (1/100 %), rounded half away from zero. */
    [[nodiscard]] Result<Money> basisPoints(qint64 bp) const;

    /**
     * Parses a yuan amount as people type it: "12", "12.3", "12.34", "-5.00", "¥1,234.50".
     * More than two decimals, letters, empty text or an amount beyond ±10^15 fen is an Error.
     */
    static Result<Money> parseYuan(const QString &text);
    /** "12.34" — no currency sign, always two decimals. */
    [[nodiscard]] QString toYuanString() const;
    /** "¥12.34" */
    [[nodiscard]] QString display() const;

    friend constexpr bool operator==(Money a, Money b) { return a.m_fen == b.m_fen; }
    friend constexpr auto operator<=>(Money a, Money b) { return a.m_fen <=> b.m_fen; }

private:
    constexpr explicit Money(qint64 fen) : m_fen(fen) {}
    qint64 m_fen = 0;
};

} // namespace fd
