#pragma once

#include "apicall.h"
#include "result.h"

#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace fd {

/**
 * Moves attachment files to and from the server's /v1/blobs (sync/server/README.md), blocking
 * until done; for the CLI and, later, the device's upload queue. An upload asks the server how
 * much it has and sends the rest in 1 MiB chunks, so one that was cut (network, this process
 * killed, the server restarted) goes on where the server stands; a file the server has already
 * costs one request.
 */
class BlobTransfer
{
public:
    struct Upload
    {
        QString sha256;
        qint64 size = 0;
        qint64 sentBytes = 0; // what this call sent: 0 when the server had it all
    };

    BlobTransfer(QNetworkAccessManager &nam, QUrl server, QString token)
        : m_nam(nam), m_server(std::move(server)), m_token(std::move(token))
    {
    }

    /** Uploads @p path; @p progress (optional) hears bytes the server holds of the total. */
    [[nodiscard]] Result<Upload> upload(const QString &path, const std::function<void(qint64, qint64)> &progress = {});
    /** Writes the complete file @p sha256 to @p path (checked against its hash before it is kept). */
    [[nodiscard]] Result<qint64> download(const QString &sha256, const QString &path);

    /** The SHA-256 of a file's content, in lower-case hex. */
    [[nodiscard]] static Result<QString> fileSha256(const QString &path);

private:
    [[nodiscard]] ApiCall::Answer send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {});

    QNetworkAccessManager &m_nam;
    QUrl m_server;
    QString m_token;
};

} // namespace fd
