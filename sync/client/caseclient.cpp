#include "caseclient.h"

#include "syncengine.h"
#include "syncmessages.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace fd {

QNetworkReply *CaseClient::send(QNetworkAccessManager &nam, const QUrl &server, const QString &token,
    const QString &number, const QString &phone)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("number"), number);
    query.addQueryItem(QStringLiteral("phone"), phone);
    return nam.get(SyncEngine::apiRequest(
        server, token, QStringLiteral("/cases?") + query.toString(QUrl::FullyEncoded)));
}

Result<CaseView> CaseClient::read(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0)
        return makeError("offline",
            QCoreApplication::translate(
                "CaseClient", "The server cannot be reached right now; try again in a moment."));
    if (status == 404)
        return CaseMatch::notFound();
    if (status == 400)
        return makeError("incomplete",
            QCoreApplication::translate(
                "CaseLookup", "Enter the case number and the phone number given with it."));
    if (status == 401)
        return makeError("unauthorized",
            QCoreApplication::translate(
                "CaseClient", "This kiosk is not accepted by the server; please tell the staff."));
    if (status != 200)
        return makeError("server_error",
            QCoreApplication::translate("CaseClient", "The server could not answer; try again in a moment."));
    auto decoded = protocol::CaseResponse::decode(body);
    if (!decoded)
        return makeError("server_error",
            QCoreApplication::translate("CaseClient", "The server could not answer; try again in a moment."));
    return decoded->view;
}

} // namespace fd
