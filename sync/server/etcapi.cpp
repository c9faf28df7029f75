#include "etcapi.h"

#include "etcmessages.h"
#include "httpapi.h"
#include "loadmac.h"
#include "jsonreader.h"
#include "protocol.h"
#include "serverlogging.h"
#include "syncapi.h"
#include "syncstore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace fd {

using StatusCode = QHttpServerResponse::StatusCode;
using protocol::JsonReader;
namespace errc = protocol::errc;

namespace {

const QByteArray kJson = QByteArrayLiteral("application/json");
constexpr qint64 kMaxCounter = protocol::EtcMessages::kMaxCounter;
constexpr qint64 kMaxFen = protocol::EtcMessages::kMaxFen;

QHttpServerResponse json(const QJsonObject &body)
{
    return QHttpServerResponse(kJson, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QHttpServerResponse badRequest(const Error &error)
{
    return HttpApi::errorResponse(StatusCode::BadRequest, error);
}

} // namespace

EtcApi::EtcApi(SyncStore &sync, ServerStorage &storage, const Clock &clock, QString keyPath)
    : m_sync(sync), m_storage(storage), m_clock(clock), m_keyPath(std::move(keyPath))
{
}

EtcApi::~EtcApi() = default;

Result<QByteArray> EtcApi::masterKey(const QString &path)
{
    QFile in(path);
    if (in.exists()) {
        if (!in.open(QIODevice::ReadOnly))
            return makeError("key_unreadable", u"Cannot read the load key %1: %2"_s.arg(path, in.errorString()));
        const QByteArray key = QByteArray::fromHex(in.readAll().trimmed());
        if (key.size() != 32)
            return makeError("key_unreadable", u"%1 does not hold a load key (64 hex digits)."_s.arg(path));
        return key;
    }
    const QByteArray key = LoadMac::newMasterKey();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(key.toHex() + '\n') < 0)
        return makeError("key_unwritable", u"Cannot write the load key %1: %2"_s.arg(path, out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!out.commit())
        return makeError("key_unwritable", u"Cannot write the load key %1: %2"_s.arg(path, out.errorString()));
    return key;
}

Result<void> EtcApi::open()
{
    auto key = masterKey(m_keyPath);
    if (!key)
        return key.error();
    m_ledger = std::make_unique<EtcLedger>(m_storage, m_clock, key.value());
    return {};
}

void EtcApi::close()
{
    m_ledger.reset();
}

void EtcApi::install(HttpApi &api)
{
    const QString base = QLatin1String(protocol::kApiPrefix) + u"/etc/loads"_s;
    api.addRoute(base, HttpApi::Method::Post, [this](const QHttpServerRequest &r) { return authorise(r); });
    api.addRoute(base + u"/confirm"_s, HttpApi::Method::Post, [this](const QHttpServerRequest &r) { return confirm(r); });
    api.addRoute(base + u"/resolve"_s, HttpApi::Method::Post, [this](const QHttpServerRequest &r) { return resolve(r); });
    api.addRoute(base + u"/open"_s, HttpApi::Method::Get, [this](const QHttpServerRequest &r) { return openLoad(r); });
    api.addRoute(QLatin1String(protocol::kApiPrefix) + u"/etc/cards/cancel-loss"_s, HttpApi::Method::Post,
                 [this](const QHttpServerRequest &r) { return cancelLoss(r); });
}

QHttpServerResponse EtcApi::failure(const Error &error)
{
    const QString &c = error.code;
    if (c == QLatin1String(errc::kUnauthorized) || c == QLatin1String(errc::kRevoked))
        return HttpApi::errorResponse(StatusCode::Unauthorized, error);
    if (c == QLatin1String(errc::kForbidden) || c == QLatin1String(errc::kUnknownStaff))
        return HttpApi::errorResponse(StatusCode::Forbidden, error);
    if (c == "not_found"_L1 || c == "card_not_found"_L1)
        return HttpApi::errorResponse(StatusCode::NotFound, error);
    if (c == QLatin1String(errc::kIllegalTransition) || c == "identity_mismatch"_L1 || c == "holder_id_required"_L1)
        return HttpApi::errorResponse(StatusCode::UnprocessableEntity, error);
    if (c == "load_pending"_L1 || c == "request_mismatch"_L1 || c == "needs_review"_L1 || c == "card_changed"_L1)
        return HttpApi::errorResponse(StatusCode::Conflict, error);
    if (c == "card_not_loadable"_L1 || c == "bad_tac"_L1)
        return HttpApi::errorResponse(StatusCode::UnprocessableEntity, error);
    if (c.startsWith("invalid_"_L1))
        return badRequest(error);
    qCWarning(lcServer).noquote() << "etc request failed:" << error.toString();
    return HttpApi::errorResponse(StatusCode::ServiceUnavailable,
                                  makeError(errc::kDbUnavailable, u"The server could not complete the request; try again."_s));
}

std::optional<QHttpServerResponse> EtcApi::admit(const QHttpServerRequest &request, const QString &staffId, SyncDevice &device,
                                                 const QString &opKind)
{
    auto found = m_sync.authenticate(SyncApi::bearerToken(request.value(QByteArrayLiteral("Authorization"))));
    if (!found)
        return failure(found.error());
    device = found.value();
    if (!m_ledger)
        return failure(makeError("db_closed", u"The ETC ledger is not open."_s));
    if (auto r = m_sync.checkAccess(device, opKind, staffId); !r)
        return failure(r.error().code == QLatin1String(errc::kUnknownOpKind) ? r.error()
                                                                              : makeError(errc::kForbidden, r.error().message));
    return std::nullopt;
}

std::optional<QHttpServerResponse> EtcApi::admitPost(const QHttpServerRequest &request, std::optional<JsonReader> &body,
                                                     EtcActor &actor, const QString &opKind)
{
    auto parsed = JsonReader::fromJson(request.body());
    if (!parsed)
        return badRequest(parsed.error());
    auto staff = parsed->optionalString(u"staff_id", 0, 64);
    if (!staff)
        return badRequest(staff.error());
    SyncDevice device;
    if (auto refused = admit(request, staff->value_or(QString()), device, opKind))
        return refused;
    body = std::move(parsed).value();
    actor = {staff->value_or(QString()), device.id};
    return std::nullopt;
}

QHttpServerResponse EtcApi::authorise(const QHttpServerRequest &request)
{
    std::optional<JsonReader> body;
    EtcActor actor;
    if (auto refused = admitPost(request, body, actor))
        return std::move(*refused);
    auto requestId = body->requireString(u"request_id", 1, 64);
    auto card = body->requireString(u"card_no", 1, 32);
    auto amount = body->requireInt(u"amount_fen", -kMaxFen, kMaxFen);
    auto counter = body->requireInt(u"chip_counter", 0, kMaxCounter);
    auto payment = body->requireString(u"payment", 1, 16);
    if (auto e = protocol::firstError(requestId, card, amount, counter, payment))
        return badRequest(*e);
    auto load = m_ledger->authoriseLoad(actor,
                                        {requestId.value(), card.value(), amount.value(), counter.value(), payment.value()});
    if (!load)
        return failure(load.error());
    return json(protocol::EtcMessages::encodeLoad(load.value()));
}

QHttpServerResponse EtcApi::confirm(const QHttpServerRequest &request)
{
    std::optional<JsonReader> body;
    EtcActor actor;
    if (auto refused = admitPost(request, body, actor))
        return std::move(*refused);
    auto loadId = body->requireString(u"load_id", 1, 64);
    auto after = body->requireInt(u"counter_after", 0, kMaxCounter);
    auto balance = body->requireInt(u"balance_after_fen", -kMaxFen, kMaxFen);
    auto tac = body->requireString(u"tac", 1, 128);
    if (auto e = protocol::firstError(loadId, after, balance, tac))
        return badRequest(*e);
    auto load = m_ledger->confirmLoad(actor, loadId.value(),
                                      {after.value(), balance.value(), tac.value()});
    if (!load)
        return failure(load.error());
    return json(protocol::EtcMessages::encodeLoad(load.value()));
}

QHttpServerResponse EtcApi::resolve(const QHttpServerRequest &request)
{
    std::optional<JsonReader> body;
    EtcActor actor;
    if (auto refused = admitPost(request, body, actor))
        return std::move(*refused);
    auto loadId = body->requireString(u"load_id", 1, 64);
    if (!loadId)
        return badRequest(loadId.error());
    auto chipReader = body->requireObject(u"chip");
    if (!chipReader)
        return badRequest(chipReader.error());
    auto chip = protocol::EtcMessages::decodeChip(chipReader.value());
    if (!chip)
        return badRequest(chip.error());
    auto load = m_ledger->resolveLoad(actor, loadId.value(), chip.value());
    if (!load)
        return failure(load.error());
    return json(protocol::EtcMessages::encodeLoad(load.value()));
}

QHttpServerResponse EtcApi::openLoad(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    SyncDevice device;
    if (auto refused = admit(request, query.queryItemValue(u"staff_id"_s, QUrl::FullyDecoded), device, u"etc.load"_s))
        return std::move(*refused);
    const QString cardNo = query.queryItemValue(u"card_no"_s, QUrl::FullyDecoded);
    if (cardNo.isEmpty() || cardNo.size() > 32)
        return badRequest(makeError(errc::kBadRequest, u"Give the card number (card_no)."_s, u"card_no"_s));
    auto load = m_ledger->openLoad(cardNo);
    if (!load)
        return failure(load.error());
    return json({{u"load"_s, load->has_value() ? QJsonValue(protocol::EtcMessages::encodeLoad(load->value())) : QJsonValue(QJsonValue::Null)}});
}

QHttpServerResponse EtcApi::cancelLoss(const QHttpServerRequest &request)
{
    std::optional<JsonReader> body;
    EtcActor actor;
    if (auto refused = admitPost(request, body, actor, u"etc.cancel_loss"_s))
        return std::move(*refused);
    auto requestId = body->requireString(u"request_id", 1, 64);
    auto card = body->requireString(u"card_no", 20, 20);
    auto holder = body->optionalString(u"holder_id_number", 0, 32);
    if (auto e = protocol::firstError(requestId, card, holder))
        return badRequest(*e);
    auto answer = m_sync.cancelLossReport(actor.staffId, requestId.value(), card.value(), holder->value_or(QString()));
    if (!answer)
        return failure(answer.error());
    if (!answer->repeated && m_listObserver)
        m_listObserver(answer->seq);
    return json({{u"card_no"_s, card.value()}, {u"status"_s, u"normal"_s}, {u"list_version"_s, answer->version},
                 {u"request_id"_s, requestId.value()}});
}

} // namespace fd
