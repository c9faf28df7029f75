#include "money.h"

#include <QCoreApplication>

namespace fd {

namespace {
constexpr qint64 kParseLimitFen = 1'000'000'000'000'000LL; // 10^15 fen = 10^13 yuan

Error overflow()
{
    return makeError("amount_overflow", QCoreApplication::translate("Money", "The amount is too large."));
}
} // namespace

Result<Money> Money::plus(Money other) const
{
    qint64 r = 0;
    if (__builtin_add_overflow(m_fen, other.m_fen, &r))
        return overflow();
    return Money(r);
}

Result<Money> Money::minus(Money other) const
{
    qint64 r = 0;
    if (__builtin_sub_overflow(m_fen, other.m_fen, &r))
        return overflow();
    return Money(r);
}

Result<Money> Money::times(qint64 factor) const
{
    qint64 r = 0;
    if (__builtin_mul_overflow(m_fen, factor, &r))
        return overflow();
    return Money(r);
}

Result<Money> Money::basisPoints(qint64 bp) const
{
    qint64 product = 0;
    if (__builtin_mul_overflow(m_fen, bp, &product))
        return overflow();
    const qint64 q = product / 10000;
    const qint64 rem = product % 10000;
    qint64 r = q;
    if (rem >= 5000)
        r = q + 1;
    else if (rem <= -5000)
        r = q - 1;
    return Money(r);
}

Result<Money> Money::parseYuan(const QString &input)
{
    const auto invalid = [] {
        return makeError("invalid_amount",
                         QCoreApplication::translate("Money", "Enter an amount in yuan with at most two decimals, e.g. 50 or 12.50."));
    };
    QString text = input.trimmed();
    text.remove(QLatin1Char(','));
    text.remove(QChar(0xFF0C)); // full-width comma
    if (text.startsWith(QChar(0x00A5)) || text.startsWith(QChar(0xFFE5)))
        text = text.mid(1).trimmed();
    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text = text.mid(1);
    }
    if (text.isEmpty())
        return invalid();
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString frac = dot < 0 ? QString() : text.mid(dot + 1);
    if (whole.isEmpty() || frac.size() > 2 || (dot >= 0 && frac.isEmpty()))
        return invalid();
    qint64 fen = 0;
    for (const QChar c : whole) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return invalid();
        fen = fen * 10 + (c.unicode() - '0');
        if (fen > kParseLimitFen)
            return overflow();
    }
    fen *= 100;
    qint64 scale = 10;
    for (const QChar c : frac) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return invalid();
        fen += (c.unicode() - '0') * scale;
        scale /= 10;
    }
    if (fen > kParseLimitFen)
        return overflow();
    return Money(negative ? -fen : fen);
}

QString Money::toYuanString() const
{
    // Work on the unsigned magnitude so that the most negative value formats too.
    const bool neg = m_fen < 0;
    const quint64 mag = neg ? quint64(0) - quint64(m_fen) : quint64(m_fen);
    return QStringLiteral("%1%2.%3")
        .arg(neg ? QStringLiteral("-") : QString())
        .arg(mag / 100)
        .arg(mag % 100, 2, 10, QLatin1Char('0'));
}

QString Money::display() const
{
    return QChar(0x00A5) + toYuanString();
}

} // namespace fd
