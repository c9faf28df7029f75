#pragma once

#include <QList>
#include <QRandomGenerator>

namespace fd::cli {

/**
 * The demo generator's only source of randomness: one seeded QRandomGenerator, so a seed gives
 * the same data on every machine. Never the global generator, never hash order.
 */
class DemoRandom
{
public:
    /** Cumulative weights for pick(); build once, use many times. */
    class Weights
    {
    public:
        Weights() = default;
        explicit Weights(const QList<int> &weights);
        [[nodiscard]] int total() const { return m_cumulative.isEmpty() ? 0 : m_cumulative.back(); }
        [[nodiscard]] int indexFor(int ticket) const;
        [[nodiscard]] qsizetype size() const { return m_cumulative.size(); }

    private:
        QList<int> m_cumulative;
    };

    explicit DemoRandom(quint32 seed) : m_engine(seed) {}

    /** 0 ≤ result < n (n > 0). */
    [[nodiscard]] int below(int n) { return int(m_engine.bounded(quint32(n))); }
    /** lo ≤ result ≤ hi. */
    [[nodiscard]] int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    [[nodiscard]] qint64 between64(qint64 lo, qint64 hi);
    /** 0 ≤ result < 1. */
    [[nodiscard]] double unit() { return m_engine.generateDouble(); }
    [[nodiscard]] double uniform(double lo, double hi) { return lo + (hi - lo) * unit(); }
    [[nodiscard]] bool chance(double p) { return unit() < p; }
    /** An index drawn with the given weights. */
    [[nodiscard]] int pick(const Weights &weights) { return weights.indexFor(below(weights.total())); }
    template<typename T>
    [[nodiscard]] const T &pickFrom(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }
    /** A digit string of @p n characters. */
    [[nodiscard]] QString digits(int n);
    /** @p bytes random bytes as lowercase hex (2 × @p bytes characters), e.g. a stand-in digest. */
    [[nodiscard]] QString hex(int bytes);
    /** Fisher–Yates, deterministic. */
    template<typename T>
    void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, below(int(i + 1)));
    }

private:
    QRandomGenerator m_engine;
};

} // namespace fd::cli
