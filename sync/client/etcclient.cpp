#include "etcclient.h"

#include "apicall.h"
#include "etcmessages.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QEventLoop>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

/** Waits between attempts after no answer: 0.2 s, then 0.4 s. */
constexpr int kRetryDelayMs = 200;

} // namespace

EtcClient::EtcClient(QNetworkAccessManager &nam, QUrl server, QString token, QString staffId)
    : m_nam(nam), m_server(std::move(server)), m_token(std::move(token)), m_staffId(std::move(staffId))
{
}

Result<QJsonObject> EtcClient::call(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body)
{
    const QByteArray bytes = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    ApiCall::Answer answer;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        if (attempt > 0) {
            QEventLoop pause; // the screen keeps drawing meanwhile
            QTimer::singleShot(kRetryDelayMs << (attempt - 1), &pause, &QEventLoop::quit);
            pause.exec();
        }
        answer = ApiCall::send(m_nam, m_server, m_token, method, pathAndQuery, bytes,
                               bytes.isEmpty() ? QByteArray() : QByteArrayLiteral("application/json"));
        if (answer.status != 0 && answer.status != 503)
            break;
    }
    if (answer.status == 0)
        return makeError("offline", QCoreApplication::translate("EtcClient",
                                                                "The server did not answer, so the card cannot be loaded "
                                                                "now. A load that was made all the same is finished when "
                                                                "the card is presented again, never made twice."));
    if (answer.status != 200)
        return ApiCall::failure(answer);
    const QJsonDocument doc = QJsonDocument::fromJson(answer.body);
    if (!doc.isObject())
        return makeError("bad_response", u"The server's answer is not a JSON object."_s);
    return doc.object();
}

Result<CardLoad> EtcClient::post(const QString &path, QJsonObject body)
{
    if (!m_staffId.isEmpty())
        body.insert(u"staff_id"_s, m_staffId);
    auto answer = call("POST", path, body);
    if (!answer)
        return answer.error();
    auto load = protocol::EtcMessages::decodeLoad(protocol::JsonReader(answer.value()));
    if (!load)
        return makeError("bad_response", u"The server's load is not readable: %1"_s.arg(load.error().message));
    return load;
}

Result<CardLoad> EtcClient::authorise(const QString &requestId, const QString &cardNo, qint64 amountFen, qint64 chipCounter,
                                      const QString &payment)
{
    return post(u"/etc/loads"_s, {{u"request_id"_s, requestId},
                                  {u"card_no"_s, cardNo},
                                  {u"amount_fen"_s, amountFen},
                                  {u"chip_counter"_s, chipCounter},
                                  {u"payment"_s, payment}});
}

Result<CardLoad> EtcClient::confirm(const QString &loadId, const LoadReceipt &receipt)
{
    return post(u"/etc/loads/confirm"_s, {{u"load_id"_s, loadId},
                                          {u"counter_after"_s, receipt.counterAfter},
                                          {u"balance_after_fen"_s, receipt.balanceAfterFen},
                                          {u"tac"_s, receipt.tac}});
}

Result<CardLoad> EtcClient::resolve(const QString &loadId, const CardChip &chip)
{
    return post(u"/etc/loads/resolve"_s, {{u"load_id"_s, loadId}, {u"chip"_s, protocol::EtcMessages::encodeChip(chip)}});
}

Result<qint64> EtcClient::cancelLoss(const QString &requestId, const QString &cardNo, const QString &holderIdNumber)
{
    QJsonObject body{{u"request_id"_s, requestId}, {u"card_no"_s, cardNo}, {u"holder_id_number"_s, holderIdNumber}};
    if (!m_staffId.isEmpty())
        body.insert(u"staff_id"_s, m_staffId);
    auto answer = call("POST", u"/etc/cards/cancel-loss"_s, body);
    if (!answer) {
        if (answer.error().code == "offline"_L1)
            return makeError("offline", QCoreApplication::translate("EtcClient",
                                                                    "The server did not answer. A loss report is cancelled "
                                                                    "online only; try again, it is never done twice."));
        return answer.error();
    }
    const QJsonValue version = answer->value(u"list_version"_s);
    if (!version.isDouble() || version.toInteger() <= 0)
        return makeError("bad_response", u"The server's answer has no list version."_s);
    return version.toInteger();
}

Result<std::optional<CardLoad>> EtcClient::openLoad(const QString &cardNo)
{
    QUrlQuery query;
    query.addQueryItem(u"card_no"_s, cardNo);
    if (!m_staffId.isEmpty())
        query.addQueryItem(u"staff_id"_s, m_staffId);
    auto answer = call("GET", u"/etc/loads/open?"_s + query.toString(QUrl::FullyEncoded), {});
    if (!answer)
        return answer.error();
    const QJsonValue load = answer->value(u"load"_s);
    if (load.isNull())
        return std::optional<CardLoad>();
    if (!load.isObject())
        return makeError("bad_response", u"The server's open load is not an object."_s);
    auto decoded = protocol::EtcMessages::decodeLoad(protocol::JsonReader(load.toObject()));
    if (!decoded)
        return makeError("bad_response", u"The server's load is not readable: %1"_s.arg(decoded.error().message));
    return std::optional<CardLoad>(decoded.value());
}

} // namespace fd
