#pragma once

#include "cardload.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace fd {

/**
 * The server's card-load authority (/v1/etc/loads) as a counter or kiosk reaches it: the
 * CardLoadService that CardLoadFlow drives. Each call blocks until the server answered. Every
 * call is safe to repeat on the server, so an answer lost on the way (no answer, 503) is asked
 * again, up to kAttempts times.
 *
 * Errors: the server's codes (card_not_loadable, load_pending, invalid_amount, …, with its
 * message), "offline" when no answer came — the load may or may not have been made; asking again
 * with the same request id, or presenting the card again, settles it without a second load —
 * and "bad_response" for an answer that is not one.
 */
class EtcClient final : public CardLoadService
{
public:
    /** @p staffId is the signed-in staff member (empty on a kiosk). */
    EtcClient(QNetworkAccessManager &nam, QUrl server, QString token, QString staffId);

    [[nodiscard]] Result<CardLoad> authorise(const QString &requestId, const QString &cardNo, qint64 amountFen,
                                             qint64 chipCounter, const QString &payment) override;
    [[nodiscard]] Result<CardLoad> confirm(const QString &loadId, const LoadReceipt &receipt) override;
    [[nodiscard]] Result<CardLoad> resolve(const QString &loadId, const CardChip &chip) override;
    [[nodiscard]] Result<std::optional<CardLoad>> openLoad(const QString &cardNo) override;

    /**
     * 解挂: takes a card found again off the status list, online only; the list version that
     * did it. Repeating @p requestId answers the first. Errors as the server's
     * (card_not_found, identity_mismatch, illegal_transition, …) and "offline".
     */
    [[nodiscard]] Result<qint64> cancelLoss(const QString &requestId, const QString &cardNo, const QString &holderIdNumber);

    static constexpr int kAttempts = 3;

private:
    [[nodiscard]] Result<QJsonObject> call(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body);
    [[nodiscard]] Result<CardLoad> post(const QString &path, QJsonObject body);

    QNetworkAccessManager &m_nam;
    QUrl m_server;
    QString m_token;
    QString m_staffId;
};

} // namespace fd
