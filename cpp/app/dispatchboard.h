#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QtQml/qqmlregistration.h>

class AcceptAlertModel;
class CrewBoardModel;
class DataSource;
class DispatchQueueModel;
class Session;

// moc needs the full types of the QObject pointers in properties.
Q_MOC_INCLUDE("acceptalertmodel.h")
Q_MOC_INCLUDE("crewboardmodel.h")
Q_MOC_INCLUDE("datasource.h")
Q_MOC_INCLUDE("dispatchqueuemodel.h")
Q_MOC_INCLUDE("session.h")

/**
 * The supervisor's dispatch board at the counter (DispatchRepository): the queue of tickets
 * waiting for a crew, the outlet's crews, and the orders not accepted in time. Dispatching is for
 * supervisors and administrators; everyone else sees the board without being able to act on it.
 * Reloads on every local write and sync (DataSource::changed).
 */
class DispatchBoard : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(DataSource *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(DispatchQueueModel *queue READ queue CONSTANT)
    Q_PROPERTY(CrewBoardModel *crews READ crews CONSTANT)
    Q_PROPERTY(AcceptAlertModel *alerts READ alerts CONSTANT)
    /** Whether the signed-in staff member may dispatch: a supervisor or an administrator. */
    Q_PROPERTY(bool canDispatch READ canDispatch NOTIFY canDispatchChanged)
    /** Minutes a crew has to accept before the order is escalated (SlaPolicy::acceptLimitMinutes). */
    Q_PROPERTY(int acceptLimitMinutes READ acceptLimitMinutes CONSTANT)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messagesChanged)
    /** What the last dispatch went through with (the crew was away); empty when nothing. */
    Q_PROPERTY(QString warning READ warning NOTIFY messagesChanged)

public:
    explicit DispatchBoard(QObject *parent = nullptr);

    void classBegin() override;
    void componentComplete() override;

    [[nodiscard]] DataSource *source() const { return m_source; }
    void setSource(DataSource *source);
    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);
    [[nodiscard]] DispatchQueueModel *queue() const { return m_queue; }
    [[nodiscard]] CrewBoardModel *crews() const { return m_crews; }
    [[nodiscard]] AcceptAlertModel *alerts() const { return m_alerts; }
    [[nodiscard]] bool canDispatch() const;
    [[nodiscard]] int acceptLimitMinutes() const;
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] QString warning() const { return m_warning; }

    /**
     * Dispatches @p ticketId to @p crewId as the signed-in staff member, taking the send and
     * receive steps it still lacks. On refusal errorMessage says why and nothing changes; a crew
     * that is away is dispatched to and `warning` says so.
     */
    Q_INVOKABLE bool dispatch(const QString &ticketId, const QString &crewId);
    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearMessages();

    /**
     * C++ only, the accept watch run by the app's tick on counter devices: raises the alerts that
     * are due now (DispatchRepository::raiseDueAlerts) to the configured escalation contacts and
     * tells every screen. Returns how many were raised, or -1 if the watch failed (logged).
     */
    static int raiseDueAlerts(DataSource *source);

Q_SIGNALS:
    void sourceChanged();
    void sessionChanged();
    void canDispatchChanged();
    void messagesChanged();
    /** A dispatch went through. */
    void dispatched(const QString &ticketId, const QString &ticketNo, const QString &crewName);

private:
    void setMessages(const QString &error, const QString &warning);

    QPointer<DataSource> m_source;
    QPointer<Session> m_session;
    DispatchQueueModel *m_queue;
    CrewBoardModel *m_crews;
    AcceptAlertModel *m_alerts;
    bool m_complete = true;
    QString m_errorMessage;
    QString m_warning;
};
