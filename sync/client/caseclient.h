#pragma once

#include "casematch.h"
#include "result.h"

#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace fd {

/**
 * The device side of GET /v1/cases: a customer's case looked up on the server, which holds every
 * outlet's tickets and complaints (a kiosk holds none). The caller owns the reply, reads it with
 * read() once it has finished, and deletes it.
 */
class CaseClient
{
public:
    [[nodiscard]] static QNetworkReply *send(QNetworkAccessManager &nam, const QUrl &server, const QString &token,
                                             const QString &number, const QString &phone);
    /**
     * The answer: the masked case, or an error — "not_found" and "incomplete" as CaseMatch gives
     * them, "offline" when the server could not be reached, "unauthorized" for a refused device,
     * "server_error" otherwise.
     */
    [[nodiscard]] static Result<CaseView> read(QNetworkReply *reply);
};

} // namespace fd
