#include "syncapi.h"

#include "httpapi.h"
#include "protocol.h"
#include "serverlogging.h"
#include "syncmessages.h"
#include "syncstore.h"

using namespace Qt::StringLiterals;

namespace fd {

using StatusCode = QHttpServerResponse::StatusCode;
namespace errc = protocol::errc;

namespace {

const QByteArray kJson = QByteArrayLiteral("application/json");

QString requestToken(const QHttpServerRequest &request)
{
    return SyncApi::bearerToken(request.value(QByteArrayLiteral("Authorization")));
}

QHttpServerResponse badRequest(const Error &error)
{
    return HttpApi::errorResponse(StatusCode::BadRequest, error);
}

} // namespace

QString SyncApi::bearerToken(const QByteArray &authorization)
{
    // The scheme is case-insensitive (RFC 9110 11.1); the token is not.
    const QByteArray header = authorization.trimmed();
    if (header.size() < 7 || qstrnicmp(header.constData(), "bearer ", 7) != 0)
        return {};
    return QString::fromLatin1(header.mid(7).trimmed());
}

void SyncApi::install(HttpApi &api)
{
    const QString v1 = QLatin1String(protocol::kApiPrefix);
    api.addRoute(v1 + "/enroll"_L1, HttpApi::Method::Post, [this](const QHttpServerRequest &r) { return enroll(r); });
    api.addRoute(v1 + "/push"_L1, HttpApi::Method::Post, [this](const QHttpServerRequest &r) { return push(r); });
    api.addRoute(v1 + "/pull"_L1, HttpApi::Method::Get, [this](const QHttpServerRequest &r) { return pull(r); });
    api.addRoute(v1 + "/cases"_L1, HttpApi::Method::Get, [this](const QHttpServerRequest &r) { return findCase(r); });
}

QHttpServerResponse SyncApi::storeFailure(const Error &error)
{
    if (error.code == QLatin1String(errc::kUnauthorized) || error.code == QLatin1String(errc::kRevoked))
        return HttpApi::errorResponse(StatusCode::Unauthorized, error);
    if (error.code == QLatin1String(errc::kInvalidCode))
        return HttpApi::errorResponse(StatusCode::Forbidden, error);
    qCWarning(lcServer).noquote() << "sync request failed:" << error.toString();
    return HttpApi::errorResponse(StatusCode::ServiceUnavailable,
                                  makeError(errc::kDbUnavailable, u"The server could not complete the request; try again."_s));
}

QHttpServerResponse SyncApi::enroll(const QHttpServerRequest &request)
{
    auto input = protocol::EnrollRequest::decode(request.body());
    if (!input) {
        if (input.error().code == QLatin1String(errc::kPayloadTooLarge)) // its own limit, below the body limit
            return HttpApi::errorResponse(StatusCode::PayloadTooLarge, input.error());
        return badRequest(input.error());
    }
    auto out = m_store.enroll(input.value());
    if (!out)
        return storeFailure(out.error());
    return QHttpServerResponse(kJson, out->encode());
}

QHttpServerResponse SyncApi::push(const QHttpServerRequest &request)
{
    auto device = m_store.authenticate(requestToken(request));
    if (!device)
        return storeFailure(device.error());
    auto input = protocol::PushRequest::decode(request.body());
    if (!input)
        return badRequest(input.error());
    auto out = m_store.push(device.value(), input->ops);
    if (!out)
        return storeFailure(out.error());
    if (m_pushObserver)
        m_pushObserver(device.value(), input->ops, out.value());
    return QHttpServerResponse(kJson, out->encode());
}

QHttpServerResponse SyncApi::pull(const QHttpServerRequest &request)
{
    auto device = m_store.authenticate(requestToken(request));
    if (!device)
        return storeFailure(device.error());
    const QUrlQuery query = request.query();
    bool ok = true;
    const qint64 after = query.hasQueryItem(u"after"_s) ? query.queryItemValue(u"after"_s).toLongLong(&ok) : 0;
    if (!ok || after < 0)
        return badRequest(makeError(errc::kOutOfRange, u"after must be a whole number of 0 or more."_s, u"after"_s));
    const int limit = query.hasQueryItem(u"limit"_s) ? query.queryItemValue(u"limit"_s).toInt(&ok) : protocol::kDefaultPullPage;
    if (!ok || limit < 1 || limit > protocol::kMaxPullPage)
        return badRequest(makeError(errc::kOutOfRange, u"limit must be between 1 and %1."_s.arg(protocol::kMaxPullPage),
                                    u"limit"_s));
    auto page = m_store.pull(device.value(), after, limit);
    if (!page)
        return storeFailure(page.error());
    if (m_pullObserver)
        m_pullObserver(device.value());
    return QHttpServerResponse(kJson, page->encode());
}

QHttpServerResponse SyncApi::findCase(const QHttpServerRequest &request)
{
    // Any enrolled device may ask, a kiosk above all: the customer proves the case is theirs with
    // the phone number given with it, and sees it masked.
    auto device = m_store.authenticate(requestToken(request));
    if (!device)
        return storeFailure(device.error());
    const QUrlQuery query = request.query();
    auto parsed = CaseMatch::parse(query.queryItemValue(u"number"_s, QUrl::FullyDecoded),
                                   query.queryItemValue(u"phone"_s, QUrl::FullyDecoded));
    if (!parsed && parsed.error().code == "incomplete"_L1)
        return badRequest(makeError(errc::kBadRequest, u"Give the case number and the phone number (number, phone)."_s));
    Result<CaseRecord> record = parsed ? m_store.findCase(parsed->number) : Result<CaseRecord>(parsed.error());
    if (!record && record.error().code != "not_found"_L1)
        return storeFailure(record.error());
    const auto view = record ? CaseMatch::match(record.value(), parsed->phone) : std::nullopt;
    if (!view) // one answer for every miss
        return HttpApi::errorResponse(StatusCode::NotFound,
                                      makeError(errc::kNotFoundEntity, u"No case matches this number and phone number."_s));
    return QHttpServerResponse(kJson, protocol::CaseResponse{*view}.encode());
}

} // namespace fd
