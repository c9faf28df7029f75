#include "pinhasher.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace fd {

QByteArray PinHasher::pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int keyLength)
{
    QByteArray key;
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    for (quint32 block = 1; key.size() < keyLength; ++block) {
        QByteArray index(4, Qt::Uninitialized);
        index[0] = char(block >> 24);
        index[1] = char(block >> 16);
        index[2] = char(block >> 8);
        index[3] = char(block);
        mac.reset();
        mac.addData(salt);
        mac.addData(index);
        QByteArray u = mac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            for (qsizetype j = 0; j < t.size(); ++j)
                t[j] = char(t[j] ^ u[j]);
        }
        key.append(t);
    }
    return key.left(keyLength);
}

PinHasher::Hash PinHasher::hash(const QString &pin, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    const QByteArray dk = pbkdf2Sha256(pin.toUtf8(), salt, iterations, 32);
    return {QString::fromLatin1(salt.toHex()), QString::fromLatin1(dk.toHex()), iterations};
}

bool PinHasher::verify(const QString &pin, const Hash &stored)
{
    if (stored.iterations <= 0 || stored.hashHex.isEmpty())
        return false;
    const QByteArray expected = QByteArray::fromHex(stored.hashHex.toLatin1());
    const QByteArray actual = pbkdf2Sha256(pin.toUtf8(), QByteArray::fromHex(stored.saltHex.toLatin1()),
                                           stored.iterations, int(expected.size()));
    if (actual.size() != expected.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < actual.size(); ++i)
        diff |= static_cast<unsigned char>(actual[i] ^ expected[i]);
    return diff == 0;
}

bool PinHasher::isWellFormed(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 8)
        return false;
    for (const QChar c : pin) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace fd
