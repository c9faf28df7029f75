#include "demorandom.h"

#include <algorithm>

namespace fd::cli {

DemoRandom::Weights::Weights(const QList<int> &weights)
{
    int sum = 0;
    m_cumulative.reserve(weights.size());
    for (const int w : weights) {
        sum += qMax(0, w);
        m_cumulative.append(sum);
    }
}

int DemoRandom::Weights::indexFor(int ticket) const
{
    // First cumulative weight greater than the ticket.
    const auto it = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), ticket);
    return int(it - m_cumulative.cbegin());
}

qint64 DemoRandom::between64(qint64 lo, qint64 hi)
{
    if (hi <= lo)
        return lo;
    return lo + qint64(m_engine.bounded(quint64(hi - lo + 1)));
}

QString DemoRandom::digits(int n)
{
    QString s(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        s[i] = QLatin1Char(char('0' + below(10)));
    return s;
}

QString DemoRandom::hex(int bytes)
{
    static constexpr char digits[] = "0123456789abcdef";
    QString s(2 * bytes, Qt::Uninitialized);
    QChar *out = s.data();
    for (int i = 0; i < bytes; i += 4) {
        quint32 word = m_engine.generate();
        for (int k = 0; k < 4 && i + k < bytes; ++k, word >>= 8) {
            *out++ = QLatin1Char(digits[(word >> 4) & 0xf]);
            *out++ = QLatin1Char(digits[word & 0xf]);
        }
    }
    return s;
}

} // namespace fd::cli
