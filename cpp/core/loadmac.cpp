#include "loadmac.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace fd {

namespace {

QString hmacHex(const QByteArray &key, const QByteArray &message)
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toHex());
}

} // namespace

QByteArray LoadMac::newMasterKey()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
    return key;
}

QByteArray LoadMac::cardKey(const QByteArray &masterKey, const QString &cardNo)
{
    return QMessageAuthenticationCode::hash("card-key|" + cardNo.toUtf8(), masterKey, QCryptographicHash::Sha256);
}

QString LoadMac::loadMac(const QByteArray &cardKey, const QString &cardNo, qint64 amountFen, qint64 counterBefore)
{
    return hmacHex(cardKey, "load|" + cardNo.toUtf8() + '|' + QByteArray::number(amountFen) + '|'
                                + QByteArray::number(counterBefore));
}

QString LoadMac::tac(const QByteArray &cardKey, const QString &cardNo, qint64 amountFen, qint64 counterAfter,
                     qint64 balanceAfterFen)
{
    return hmacHex(cardKey, "tac|" + cardNo.toUtf8() + '|' + QByteArray::number(amountFen) + '|'
                                + QByteArray::number(counterAfter) + '|' + QByteArray::number(balanceAfterFen));
}

bool LoadMac::equal(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    ushort diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= a.at(i).unicode() ^ b.at(i).unicode();
    return diff == 0;
}

} // namespace fd
