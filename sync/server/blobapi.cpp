#include "blobapi.h"

#include "httpapi.h"
#include "protocol.h"
#include "serverlogging.h"
#include "serverstorage.h"
#include "syncapi.h"
#include "syncstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace fd {

using StatusCode = QHttpServerResponse::StatusCode;
namespace errc = protocol::errc;

namespace {

const QByteArray kJson = QByteArrayLiteral("application/json");

QHttpServerResponse statusResponse(const BlobStore::Status &s)
{
    const QJsonObject body{{u"sha256"_s, s.sha256}, {u"size"_s, s.size}, {u"received"_s, s.received}, {u"complete"_s, s.complete}};
    return QHttpServerResponse(kJson, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Result<BlobApi::BlobQuery> readQuery(const QHttpServerRequest &request, bool needSize, bool needOffset)
{
    const QUrlQuery query = request.query();
    BlobApi::BlobQuery q;
    q.sha256 = query.queryItemValue(u"sha256"_s);
    if (!BlobStore::isSha256(q.sha256))
        return makeError(errc::kBadRequest, u"sha256 must be 64 lower-case hexadecimal digits."_s, u"sha256"_s);
    const auto number = [&](const QString &name, qint64 min, qint64 max, bool needed, qint64 &out) -> Result<void> {
        if (!query.hasQueryItem(name)) {
            if (needed)
                return makeError(errc::kMissingField, u"%1 is required."_s.arg(name), name);
            return {};
        }
        bool ok = false;
        out = query.queryItemValue(name).toLongLong(&ok);
        if (!ok || out < min || out > max)
            return makeError(errc::kOutOfRange, u"%1 must be a whole number from %2 to %3."_s.arg(name).arg(min).arg(max), name);
        return {};
    };
    if (auto r = number(u"size"_s, 1, BlobStore::kMaxBlobBytes, needSize, q.size); !r)
        return r.error();
    if (auto r = number(u"offset"_s, 0, BlobStore::kMaxBlobBytes, needOffset, q.offset); !r)
        return r.error();
    return q;
}

QHttpServerResponse authFailure(const Error &error)
{
    if (error.code == QLatin1String(errc::kUnauthorized) || error.code == QLatin1String(errc::kRevoked))
        return HttpApi::errorResponse(StatusCode::Unauthorized, error);
    qCWarning(lcServer).noquote() << "blob request: cannot check the token:" << error.toString();
    return HttpApi::errorResponse(StatusCode::ServiceUnavailable,
                                  makeError(errc::kDbUnavailable, u"The server could not check the token; try again."_s));
}

} // namespace

std::optional<QHttpServerResponse> BlobApi::admit(const QHttpServerRequest &request, bool upload, SyncDevice &device,
                                                  BlobQuery &query)
{
    auto d = m_sync.authenticate(SyncApi::bearerToken(request.value(QByteArrayLiteral("Authorization"))));
    if (!d)
        return authFailure(d.error());
    auto q = readQuery(request, upload, upload);
    if (!q)
        return HttpApi::errorResponse(StatusCode::BadRequest, q.error());
    device = d.value();
    query = q.value();
    return std::nullopt;
}

void BlobApi::install(HttpApi &api)
{
    const QString base = QLatin1String(protocol::kApiPrefix) + u"/blobs"_s;
    api.addRoute(base, HttpApi::Method::Put, [this](const QHttpServerRequest &r) { return put(r); });
    api.addRoute(base, HttpApi::Method::Get, [this](const QHttpServerRequest &r) { return status(r); });
    api.addRoute(base + u"/content"_s, HttpApi::Method::Get, [this](const QHttpServerRequest &r) { return content(r); });
}

QHttpServerResponse BlobApi::put(const QHttpServerRequest &request)
{
    SyncDevice device;
    BlobQuery q;
    if (auto refused = admit(request, true, device, q))
        return std::move(*refused);
    auto s = m_blobs.append(q.sha256, q.size, q.offset, request.body());
    if (!s) {
        const QString &code = s.error().code;
        if (code == "offset_mismatch"_L1)
            return HttpApi::errorResponse(StatusCode::Conflict, s.error());
        if (code == "too_long"_L1)
            return HttpApi::errorResponse(StatusCode::BadRequest, s.error());
        if (code == "hash_mismatch"_L1)
            return HttpApi::errorResponse(StatusCode::UnprocessableEntity, s.error());
        qCWarning(lcServer).noquote() << "blob upload failed:" << s.error().toString();
        return HttpApi::errorResponse(StatusCode::ServiceUnavailable,
                                      makeError(errc::kInternal, u"The server could not store the file; try again."_s));
    }
    if (s->completedNow) {
        // This request finished it (not a file held already): the audit trail says who sent it.
        const QJsonObject detail{{u"sha256"_s, s->sha256}, {u"size"_s, s->size}};
        if (auto a = m_storage.appendAudit(device.id, u"blob.complete"_s,
                                           QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
            !a)
            qCWarning(lcServer).noquote() << "cannot record a finished upload:" << a.error().message;
    }
    return statusResponse(s.value());
}

QHttpServerResponse BlobApi::status(const QHttpServerRequest &request)
{
    SyncDevice device;
    BlobQuery q;
    if (auto refused = admit(request, false, device, q))
        return std::move(*refused);
    auto s = m_blobs.status(q.sha256, q.size);
    if (!s)
        return HttpApi::errorResponse(StatusCode::ServiceUnavailable, s.error());
    return statusResponse(s.value());
}

QHttpServerResponse BlobApi::content(const QHttpServerRequest &request)
{
    SyncDevice device;
    BlobQuery q;
    if (auto refused = admit(request, false, device, q))
        return std::move(*refused);
    const QString path = m_blobs.completePath(q.sha256);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return HttpApi::errorResponse(StatusCode::NotFound,
                                      makeError(errc::kNotFound, u"The server has no complete file %1."_s.arg(q.sha256)));
    return QHttpServerResponse(QByteArrayLiteral("application/octet-stream"), file.readAll());
}

} // namespace fd
