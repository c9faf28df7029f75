#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace fd {

/**
 * One request to the server's API that blocks until the answer is in (a local event loop runs
 * meanwhile, so the UI keeps drawing). For calls whose caller needs the answer before it can go
 * on: blob transfers, card loads.
 */
class ApiCall
{
public:
    struct Answer
    {
        int status = 0; ///< HTTP status; 0 when no answer came (offline, timed out, cut)
        QByteArray body;
        QString networkError; ///< the network's words when there was no answer
    };

    /** @p pathAndQuery is under /v1 ("/etc/loads"); an empty @p contentType sends no body type. */
    [[nodiscard]] static Answer send(QNetworkAccessManager &nam, const QUrl &server, const QString &token,
                                     const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                                     const QByteArray &contentType = {});
    /** The answer as an error: "offline" without one, the server's error body, else "bad_response". */
    [[nodiscard]] static Error failure(const Answer &answer);
};

} // namespace fd
