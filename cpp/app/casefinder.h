#pragma once

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class DataSource;
class SyncStatus;

// moc needs the full types of the QObject pointers in properties.
Q_MOC_INCLUDE("datasource.h")
Q_MOC_INCLUDE("syncstatus.h")

/**
 * A customer looks up their own repair request or complaint with its number and their phone
 * number (CaseMatch): first in this device's store, then on the server, which holds every
 * outlet's cases — a kiosk keeps none. The result is masked; a miss says only "not found".
 */
class CaseFinder : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DataSource *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(SyncStatus *sync READ sync WRITE setSync NOTIFY syncChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    /** {number, kind, state, title, category, openedAt, stateAt, dueAt, name, phone}; {} before a match. */
    Q_PROPERTY(QVariantMap result READ result NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)

public:
    explicit CaseFinder(QObject *parent = nullptr);
    ~CaseFinder() override;

    [[nodiscard]] DataSource *source() const { return m_source; }
    void setSource(DataSource *source);
    [[nodiscard]] SyncStatus *sync() const { return m_sync; }
    void setSync(SyncStatus *sync);
    [[nodiscard]] bool busy() const { return m_reply != nullptr; }
    [[nodiscard]] QVariantMap result() const { return m_result; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

    /**
     * Looks the case up. @p kind "ticket" or "complaint" and the 12 digits of its number
     * (0101 01 000123) make the number when @p number holds only digits; a full number
     * (T-0101-01-000123) is taken as it is.
     */
    Q_INVOKABLE void find(const QString &kind, const QString &number, const QString &phone);
    /** Forgets the result and any question still on its way (the kiosk's session ended). */
    Q_INVOKABLE void clear();
    /** The full number from @p kind and 12 digits, or @p number unchanged when it is not just digits. */
    [[nodiscard]] static QString fullNumber(const QString &kind, const QString &number);

Q_SIGNALS:
    void sourceChanged();
    void syncChanged();
    void stateChanged();

private:
    void finishRemote();
    void show(const QVariantMap &result, const QString &error);

    QPointer<DataSource> m_source;
    QPointer<SyncStatus> m_sync;
    QPointer<QNetworkReply> m_reply;
    QVariantMap m_result;
    QString m_errorMessage;
};
