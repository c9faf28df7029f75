#include "apicall.h"

#include "errorbody.h"
#include "syncengine.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace fd {

ApiCall::Answer ApiCall::send(QNetworkAccessManager &nam, const QUrl &server, const QString &token, const QByteArray &method,
                              const QString &pathAndQuery, const QByteArray &body, const QByteArray &contentType)
{
    QNetworkRequest request = SyncEngine::apiRequest(server, token, pathAndQuery);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), {}};
    if (a.status == 0)
        a.networkError = reply->errorString();
    reply->deleteLater();
    return a;
}

Error ApiCall::failure(const Answer &answer)
{
    if (answer.status == 0)
        return makeError("offline", u"No answer from the server: %1"_s.arg(answer.networkError));
    if (auto e = protocol::ErrorBody::decode(answer.body))
        return e->error();
    return makeError("bad_response", u"The server answered %1."_s.arg(answer.status));
}

} // namespace fd
