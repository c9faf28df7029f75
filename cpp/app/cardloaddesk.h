#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantMap>
#include <functional>
#include <optional>
#include <QtQml/qqmlregistration.h>

class DataSource;
class SyncStatus;

// moc needs the full types of the QObject pointers in properties.
Q_MOC_INCLUDE("datasource.h")
Q_MOC_INCLUDE("syncstatus.h")

#include "cardload.h"
#include "result.h"

/**
 * A card load (圈存) at the counter or the kiosk: the card on the reader, the amount and how it
 * was paid, then CardLoadFlow with the server's authority (EtcClient). The reader here is the
 * simulated one: the cards lying on it are chip files in the device's `card-reader` folder.
 *
 * One request id stands for one payment taken: asking again after a failure (no answer, the card
 * pulled) repeats that request, so the server never loads it twice; a new card or a new amount
 * starts a new one. A card whose earlier load never reached it gets that load first, and no new
 * load is made (status "settled"). A card on the device's copy of the status list (lost, say) is
 * refused as soon as it is read, and no load or settlement is asked for it.
 */
class CardLoadDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DataSource *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(SyncStatus *sync READ sync WRITE setSync NOTIFY syncChanged)
    /** The signed-in staff member; empty at a kiosk. */
    Q_PROPERTY(QString staffId READ staffId WRITE setStaffId NOTIFY staffIdChanged)
    /** Names of the cards on the (simulated) reader, for choosing one. */
    Q_PROPERTY(QStringList cards READ cards NOTIFY cardsChanged)
    Q_PROPERTY(QString presented READ presented NOTIFY stateChanged)
    /** {cardNo, type, validFrom, validTo, balance, balanceFen, counter}; {} when no card is read. */
    Q_PROPERTY(QVariantMap card READ card NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    /** "" (nothing done yet), "loaded", "settled", "unfinished" or "failed". */
    Q_PROPERTY(QString status READ status NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    /** The amount field's problem, if any. */
    Q_PROPERTY(QString amountError READ amountError NOTIFY stateChanged)
    /** The finished load: {loadId, amount, cardBalance, accountBalance}. */
    Q_PROPERTY(QVariantMap result READ result NOTIFY stateChanged)
    /** Whether loads can be asked for at all (enrolled with a server). */
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)

public:
    explicit CardLoadDesk(QObject *parent = nullptr);
    ~CardLoadDesk() override;

    [[nodiscard]] DataSource *source() const { return m_source; }
    void setSource(DataSource *source);
    [[nodiscard]] SyncStatus *sync() const { return m_sync; }
    void setSync(SyncStatus *sync);
    [[nodiscard]] QString staffId() const { return m_staffId; }
    void setStaffId(const QString &staffId);
    [[nodiscard]] QStringList cards() const { return m_cards; }
    [[nodiscard]] QString presented() const { return m_presented; }
    [[nodiscard]] QVariantMap card() const { return m_card; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString status() const { return m_status; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QString amountError() const { return m_amountError; }
    [[nodiscard]] QVariantMap result() const { return m_result; }
    [[nodiscard]] bool available() const;

    /** The folder whose chip files are the cards on the reader. */
    [[nodiscard]] QString readerFolder() const;

    /** Looks at the reader again (cards put on or taken off). */
    Q_INVOKABLE void refreshCards();
    /** Puts card @p name (one of cards()) on the reader and reads it; "" takes it off. */
    Q_INVOKABLE void present(const QString &name);
    /** Loads @p amountText yuan paid by @p payment (cash, bank_card, qr) onto the presented card. */
    Q_INVOKABLE void load(const QString &amountText, const QString &payment);
    /** Finishes the presented card's load that never reached it, if it has one. */
    Q_INVOKABLE void settle();
    /** Forgets the card and the outcome (the customer has gone). */
    Q_INVOKABLE void reset();

    /** What the counter or kiosk says for a load's error: the known codes in the UI's words. */
    [[nodiscard]] static QString describe(const fd::Error &error);

Q_SIGNALS:
    void sourceChanged();
    void syncChanged();
    void availableChanged();
    void staffIdChanged();
    void cardsChanged();
    void stateChanged();

private:
    /** Reads the presented card into card(); the reader's error, if it could not. */
    std::optional<fd::Error> readPresented();
    void finish(const QString &status, const QString &message, const QVariantMap &result = {});
    /**
     * Runs @p step of a load with the reader and the server, busy meanwhile; its answer, or
     * nullopt once the failure is shown (status "failed", or "unfinished" for a card not written).
     */
    template<typename T>
    std::optional<T> runFlow(const std::function<fd::Result<T>(fd::CardLoadFlow &)> &step);

    QPointer<DataSource> m_source;
    QPointer<SyncStatus> m_sync;
    QString m_staffId;
    QStringList m_cards;
    QString m_presented;
    QVariantMap m_card;
    bool m_busy = false;
    QString m_status;
    QString m_message;
    QString m_amountError;
    QVariantMap m_result;
    /** The payment being loaded: its request id is kept until it is on the card. */
    QString m_requestId;
    QString m_requestKey; ///< card and amount the request id is for
};
