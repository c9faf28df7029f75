#pragma once

#include "ticketworkflow.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class DataSource;
class Session;
class TimelineModel;

// moc needs the full types of the QObject pointers in properties.
Q_MOC_INCLUDE("datasource.h")
Q_MOC_INCLUDE("session.h")
Q_MOC_INCLUDE("timelinemodel.h")

/**
 * One ticket as the detail screen shows it: its facts, its timeline, and the next steps a crew
 * can take (accept, depart, arrive, finish, return) — only for a crew member of the ticket's own
 * crew; everyone else sees the steps without being able to take them.
 */
class TicketDetail : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DataSource *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString ticketId READ ticketId WRITE setTicketId NOTIFY ticketIdChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString ticketNo READ ticketNo NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString description READ description NOTIFY changed)
    Q_PROPERTY(QString category READ category NOTIFY changed)
    Q_PROPERTY(QString channel READ channel NOTIFY changed)
    Q_PROPERTY(QString address READ address NOTIFY changed)
    Q_PROPERTY(QString customerName READ customerName NOTIFY changed)
    Q_PROPERTY(QString contactName READ contactName NOTIFY changed)
    /** Masked: 138****8000. */
    Q_PROPERTY(QString contactPhone READ contactPhone NOTIFY changed)
    Q_PROPERTY(QString crewName READ crewName NOTIFY changed)
    /** TicketWorkflow key: "delivered", "accepted", … */
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(int priority READ priority NOTIFY changed)
    Q_PROPERTY(double dueAt READ dueAt NOTIFY changed)
    Q_PROPERTY(double reportedAt READ reportedAt NOTIFY changed)
    /** The crew's next steps from this state, as event keys ("accept", "return", …). */
    Q_PROPERTY(QStringList nextSteps READ nextSteps NOTIFY changed)
    /** Whether the signed-in staff member may take those steps. */
    Q_PROPERTY(bool canAct READ canAct NOTIFY changed)
    Q_PROPERTY(TimelineModel *timeline READ timeline CONSTANT)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    explicit TicketDetail(QObject *parent = nullptr);

    /** The events a crew takes on its own tickets; the others belong to the centre and the callback. */
    [[nodiscard]] static QList<fd::TicketEvent> crewEvents();

    [[nodiscard]] DataSource *source() const { return m_source; }
    void setSource(DataSource *source);
    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);
    [[nodiscard]] QString ticketId() const { return m_ticketId; }
    void setTicketId(const QString &ticketId);

    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] QString ticketNo() const { return m_ticketNo; }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString description() const { return m_description; }
    [[nodiscard]] QString category() const { return m_category; }
    [[nodiscard]] QString channel() const { return m_channel; }
    [[nodiscard]] QString address() const { return m_address; }
    [[nodiscard]] QString customerName() const { return m_customerName; }
    [[nodiscard]] QString contactName() const { return m_contactName; }
    [[nodiscard]] QString contactPhone() const { return m_contactPhone; }
    [[nodiscard]] QString crewName() const { return m_crewName; }
    [[nodiscard]] QString state() const { return m_state; }
    [[nodiscard]] int priority() const { return m_priority; }
    [[nodiscard]] double dueAt() const { return double(m_dueAt); }
    [[nodiscard]] double reportedAt() const { return double(m_reportedAt); }
    [[nodiscard]] QStringList nextSteps() const { return m_nextSteps; }
    [[nodiscard]] bool canAct() const;
    [[nodiscard]] TimelineModel *timeline() const { return m_timeline; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

    /**
     * Takes the step @p event ("accept", "depart", "arrive", "finish", "return") with an optional
     * @p note (required for "return"). On failure errorMessage says why and nothing changes.
     */
    Q_INVOKABLE bool apply(const QString &event, const QString &note = {});
    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void sourceChanged();
    void sessionChanged();
    void ticketIdChanged();
    void changed();
    void errorMessageChanged();

private:
    void setError(const QString &message);

    QPointer<DataSource> m_source;
    QPointer<Session> m_session;
    QString m_ticketId;
    TimelineModel *m_timeline;
    bool m_loaded = false;
    QString m_ticketNo;
    QString m_title;
    QString m_description;
    QString m_category;
    QString m_channel;
    QString m_address;
    QString m_customerName;
    QString m_contactName;
    QString m_contactPhone;
    QString m_crewId;
    QString m_crewName;
    QString m_state;
    int m_priority = 0;
    qint64 m_dueAt = -1;
    qint64 m_reportedAt = 0;
    QStringList m_nextSteps;
    QString m_errorMessage;
};
