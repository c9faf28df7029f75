#pragma once

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class DataSource;
class Session;

// moc needs the full types of the QObject pointers in properties.
Q_MOC_INCLUDE("datasource.h")
Q_MOC_INCLUDE("session.h")

/**
 * The signed-in crew member's crew status on the tablet — standby, busy, away (announced in
 * advance, with a note and an until time) or off — as the dispatcher sees it on the board.
 * Setting it writes a crew.status op (DispatchRepository::setCrewStatus).
 */
class CrewStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DataSource *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    /** The session's crew; empty when the staff member is in no crew. */
    Q_PROPERTY(QString crewId READ crewId NOTIFY changed)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    /** standby, busy, away or off */
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QString statusNote READ statusNote NOTIFY changed)
    /** ms since the epoch, -1 unless away */
    Q_PROPERTY(double awayUntil READ awayUntil NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    /** Which field the error is about ("note", "awayUntil"), for showing it there. */
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorMessageChanged)

public:
    explicit CrewStatus(QObject *parent = nullptr);

    [[nodiscard]] DataSource *source() const { return m_source; }
    void setSource(DataSource *source);
    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);
    [[nodiscard]] QString crewId() const;
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] QString status() const { return m_status; }
    [[nodiscard]] QString statusNote() const { return m_statusNote; }
    [[nodiscard]] double awayUntil() const { return double(m_awayUntil); }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] QString errorField() const { return m_errorField; }

    /**
     * Sets the crew's status to @p status with @p note; for "away", @p awayMinutes from now is
     * the until time. On failure errorMessage (and errorField) say why and nothing changes.
     */
    Q_INVOKABLE bool setStatus(const QString &status, const QString &note = {}, int awayMinutes = 0);
    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void sourceChanged();
    void sessionChanged();
    void changed();
    void errorMessageChanged();

private:
    void setError(const QString &message, const QString &field);

    QPointer<DataSource> m_source;
    QPointer<Session> m_session;
    bool m_loaded = false;
    QString m_status;
    QString m_statusNote;
    qint64 m_awayUntil = -1;
    QString m_errorMessage;
    QString m_errorField;
};
