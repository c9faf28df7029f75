#include "blobstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace fd {

bool BlobStore::isSha256(const QString &text)
{
    if (text.size() != 64)
        return false;
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

QString BlobStore::finalPath(const QString &sha256) const
{
    return m_dir + u'/' + sha256.left(2) + u'/' + sha256;
}

QString BlobStore::partPath(const QString &sha256, qint64 size) const
{
    return m_dir + u"/part/"_s + sha256 + u'.' + QString::number(size);
}

QString BlobStore::completePath(const QString &sha256) const
{
    if (!isSha256(sha256))
        return {};
    const QString path = finalPath(sha256);
    return QFileInfo::exists(path) ? path : QString();
}

Result<BlobStore::Status> BlobStore::status(const QString &sha256, qint64 size) const
{
    Status s;
    s.sha256 = sha256;
    s.size = size;
    if (const QFileInfo done(finalPath(sha256)); done.exists()) {
        s.size = done.size();
        s.received = s.size;
        s.complete = true;
        return s;
    }
    if (size > 0) {
        s.received = qMax<qint64>(0, QFileInfo(partPath(sha256, size)).size());
        return s;
    }
    // Size not given: an upload in progress under any size (there is one per size at most).
    const QStringList parts = QDir(m_dir + u"/part"_s).entryList({sha256 + u".*"_s}, QDir::Files);
    if (!parts.isEmpty()) {
        s.size = parts.first().mid(sha256.size() + 1).toLongLong();
        s.received = QFileInfo(m_dir + u"/part/"_s + parts.first()).size();
    }
    return s;
}

Result<BlobStore::Status> BlobStore::append(const QString &sha256, qint64 size, qint64 offset, const QByteArray &chunk)
{
    auto current = status(sha256, size);
    if (!current)
        return current.error();
    if (current->complete)
        return current; // stored already, from this device or another: nothing to add
    if (offset != current->received)
        return makeError("offset_mismatch", u"The server has %1 bytes of this file; send from there."_s.arg(current->received),
                         u"offset"_s);
    if (offset + chunk.size() > size)
        return makeError("too_long", u"%1 bytes at %2 go past the file's %3 bytes."_s.arg(chunk.size()).arg(offset).arg(size),
                         u"size"_s);
    if (!QDir().mkpath(m_dir + u"/part"_s))
        return makeError("blob_io", u"Cannot create %1/part."_s.arg(m_dir));
    const QString part = partPath(sha256, size);
    QFile file(part);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return makeError("blob_io", u"Cannot write %1: %2"_s.arg(part, file.errorString()));
    if (file.write(chunk) != chunk.size() || !file.flush() || ::fsync(file.handle()) != 0)
        return makeError("blob_io", u"Cannot write %1: %2"_s.arg(part, file.errorString()));
    file.close();
    Status s = current.value();
    s.received = offset + chunk.size();
    if (s.received < size)
        return s;

    // Every byte is in: it becomes the file its name promises, or nothing.
    if (!file.open(QIODevice::ReadOnly))
        return makeError("blob_io", u"Cannot read %1: %2"_s.arg(part, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return makeError("blob_io", u"Cannot read %1: %2"_s.arg(part, file.errorString()));
    file.close();
    if (QString::fromLatin1(hash.result().toHex()) != sha256) {
        QFile::remove(part);
        return makeError("hash_mismatch", u"The bytes received do not have the SHA-256 %1; send the file again."_s.arg(sha256),
                         u"sha256"_s);
    }
    const QString target = finalPath(sha256);
    if (!QDir().mkpath(QFileInfo(target).path()) || ::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) != 0)
        return makeError("blob_io", u"Cannot move %1 into place."_s.arg(part));
    s.complete = true;
    s.completedNow = true;
    return s;
}

} // namespace fd
