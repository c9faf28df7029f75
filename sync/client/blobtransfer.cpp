#include "blobtransfer.h"

#include "protocol.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

constexpr qint64 kChunkBytes = protocol::kMaxRequestBodyBytes;
constexpr int kAttempts = 3; // per chunk, for answers lost on the way

} // namespace

Result<QString> BlobTransfer::fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError("file_unreadable", u"Cannot read %1: %2"_s.arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return makeError("file_unreadable", u"Cannot read %1: %2"_s.arg(path, file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

ApiCall::Answer BlobTransfer::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body)
{
    return ApiCall::send(m_nam, m_server, m_token, method, pathAndQuery, body, QByteArrayLiteral("application/octet-stream"));
}

Result<BlobTransfer::Upload> BlobTransfer::upload(const QString &path, const std::function<void(qint64, qint64)> &progress)
{
    auto sha = fileSha256(path);
    if (!sha)
        return sha.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError("file_unreadable", u"Cannot read %1: %2"_s.arg(path, file.errorString()));
    Upload up{sha.value(), file.size(), 0};
    if (up.size == 0)
        return makeError("empty_file", u"%1 is empty; there is nothing to attach."_s.arg(path));
    const QString query = u"?sha256=%1&size=%2"_s.arg(up.sha256).arg(up.size);
    const auto where = [&]() -> Result<QJsonObject> {
        const ApiCall::Answer a = send("GET", u"/blobs"_s + query);
        if (a.status != 200)
            return ApiCall::failure(a);
        return QJsonDocument::fromJson(a.body).object();
    };
    auto state = where();
    if (!state)
        return state.error();
    int attempts = 0;
    while (!state->value(u"complete"_s).toBool()) {
        const qint64 offset = state->value(u"received"_s).toInteger();
        if (progress)
            progress(offset, up.size);
        if (!file.seek(offset))
            return makeError("file_unreadable", u"Cannot read %1 at %2."_s.arg(path).arg(offset));
        const QByteArray chunk = file.read(qMin(kChunkBytes, up.size - offset));
        const ApiCall::Answer a = send("PUT", u"/blobs"_s + query + u"&offset="_s + QString::number(offset), chunk);
        if (a.status == 200) {
            up.sentBytes += chunk.size();
            state = QJsonDocument::fromJson(a.body).object();
            attempts = 0;
            continue;
        }
        // 409: the server stands elsewhere (an answer lost, another copy of this upload);
        // no answer or 5xx: try again from where the server says, a few times.
        if ((a.status == 409 || a.status == 0 || a.status >= 500) && ++attempts < kAttempts) {
            state = where();
            if (!state)
                return state.error();
            continue;
        }
        return ApiCall::failure(a);
    }
    if (progress)
        progress(up.size, up.size);
    return up;
}

Result<qint64> BlobTransfer::download(const QString &sha256, const QString &path)
{
    const ApiCall::Answer a = send("GET", u"/blobs/content?sha256="_s + sha256);
    if (a.status != 200)
        return ApiCall::failure(a);
    if (QString::fromLatin1(QCryptographicHash::hash(a.body, QCryptographicHash::Sha256).toHex()) != sha256)
        return makeError("hash_mismatch", u"The file from the server is not %1; nothing was written."_s.arg(sha256));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(a.body) != a.body.size() || !out.commit())
        return makeError("file_unwritable", u"Cannot write %1: %2"_s.arg(path, out.errorString()));
    return qint64(a.body.size());
}

} // namespace fd
