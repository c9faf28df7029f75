#include "uuidgenerator.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace fd {

QString UuidGenerator::next()
{
    qint64 ms = m_clock.nowMs();
    if (ms <= m_lastMs) {
        // Same millisecond (or the clock went back): keep order by counting within the last one.
        ms = m_lastMs;
        if (++m_counter > 0xFFF) {
            ++ms;
            m_counter = 0;
        }
    } else {
        // Start low in the 12-bit space so that many ids fit in one millisecond.
        m_counter = QRandomGenerator::system()->bounded(0x400u);
    }
    m_lastMs = ms;

    const quint64 randB = QRandomGenerator::system()->generate64();
    const quint64 hi = (quint64(ms) & 0xFFFFFFFFFFFFULL) << 16 | 0x7000ULL | (m_counter & 0xFFF);
    const quint64 lo = (randB & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;

    const QString h = QStringLiteral("%1").arg(hi, 16, 16, QLatin1Char('0'));
    const QString l = QStringLiteral("%1").arg(lo, 16, 16, QLatin1Char('0'));
    return h.left(8) + QLatin1Char('-') + h.mid(8, 4) + QLatin1Char('-') + h.mid(12, 4) + QLatin1Char('-')
        + l.left(4) + QLatin1Char('-') + l.mid(4);
}

bool UuidGenerator::isValid(const QString &id)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return re.match(id).hasMatch();
}

qint64 UuidGenerator::timestampOf(const QString &id)
{
    if (!isValid(id))
        return -1;
    bool ok = false;
    const qint64 ms = (id.left(8) + id.mid(9, 4)).toLongLong(&ok, 16);
    return ok ? ms : -1;
}

} // namespace fd
