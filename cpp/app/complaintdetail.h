#pragma once

#include "complaintworkflow.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class DataSource;
class Session;

namespace fd {
struct ComplaintRecord;
}

// moc needs the full types of the QObject pointers in properties.
Q_MOC_INCLUDE("datasource.h")
Q_MOC_INCLUDE("session.h")

/**
 * One complaint as the counter's detail screen shows it: its facts (the complainant's phone
 * masked, as everywhere at the counter), its timeline, and the workflow steps the signed-in staff
 * member may take now. Counter staff, supervisors and administrators take every step but
 * archiving, which is for supervisors and administrators, as the server's authority has it.
 */
class ComplaintDetail : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DataSource *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString complaintId READ complaintId WRITE setComplaintId NOTIFY complaintIdChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString complaintNo READ complaintNo NOTIFY changed)
    Q_PROPERTY(QString complainantName READ complainantName NOTIFY changed)
    /** Masked: 138****8000; empty when none was given. */
    Q_PROPERTY(QString complainantPhone READ complainantPhone NOTIFY changed)
    /** ComplaintWorkflow keys. */
    Q_PROPERTY(QString channel READ channel NOTIFY changed)
    Q_PROPERTY(QString category READ category NOTIFY changed)
    Q_PROPERTY(QString level READ level NOTIFY changed)
    Q_PROPERTY(QString state READ state NOTIFY changed)
    /** "", "satisfied" or "unsatisfied": the complainant's answer to the latest reply. */
    Q_PROPERTY(QString verdict READ verdict NOTIFY changed)
    Q_PROPERTY(bool emergency READ emergency NOTIFY changed)
    Q_PROPERTY(QString content READ content NOTIFY changed)
    Q_PROPERTY(QString department READ department NOTIFY changed)
    Q_PROPERTY(QString reply READ reply NOTIFY changed)
    /** The first-contact owner; empty for a kiosk complaint nobody has acted on yet. */
    Q_PROPERTY(QString ownerName READ ownerName NOTIFY changed)
    Q_PROPERTY(QString customerName READ customerName NOTIFY changed)
    Q_PROPERTY(QString ticketNo READ ticketNo NOTIFY changed)
    /** ms since the epoch, or -1 while no deadline runs. */
    Q_PROPERTY(double dueAt READ dueAt NOTIFY changed)
    Q_PROPERTY(double receivedAt READ receivedAt NOTIFY changed)
    /** Oldest first, each {kind, fromState, toState, at, staffName, note}; kind "register" or an event key. */
    Q_PROPERTY(QVariantList timeline READ timeline NOTIFY changed)
    /** The event keys the signed-in staff member may take now, in workflow order. */
    Q_PROPERTY(QStringList nextSteps READ nextSteps NOTIFY changed)
    /** Whether the signed-in staff member works complaints at all (counter, supervisor, admin). */
    Q_PROPERTY(bool canAct READ canAct NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    /** The input the error is about: "department", "reply", "note", or empty. */
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)

public:
    explicit ComplaintDetail(QObject *parent = nullptr);

    [[nodiscard]] DataSource *source() const { return m_source; }
    void setSource(DataSource *source);
    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);
    [[nodiscard]] QString complaintId() const { return m_complaintId; }
    void setComplaintId(const QString &complaintId);

    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] QString complaintNo() const { return m_complaintNo; }
    [[nodiscard]] QString complainantName() const { return m_complainantName; }
    [[nodiscard]] QString complainantPhone() const { return m_complainantPhone; }
    [[nodiscard]] QString channel() const { return m_channel; }
    [[nodiscard]] QString category() const { return m_category; }
    [[nodiscard]] QString level() const { return fd::ComplaintWorkflow::toString(m_status.level); }
    [[nodiscard]] QString state() const { return m_loaded ? fd::ComplaintWorkflow::toString(m_status.state) : QString(); }
    [[nodiscard]] QString verdict() const { return fd::ComplaintWorkflow::toString(m_status.verdict); }
    [[nodiscard]] bool emergency() const { return m_emergency; }
    [[nodiscard]] QString content() const { return m_content; }
    [[nodiscard]] QString department() const { return m_department; }
    [[nodiscard]] QString reply() const { return m_reply; }
    [[nodiscard]] QString ownerName() const { return m_ownerName; }
    [[nodiscard]] QString customerName() const { return m_customerName; }
    [[nodiscard]] QString ticketNo() const { return m_ticketNo; }
    [[nodiscard]] double dueAt() const { return double(m_dueAt); }
    [[nodiscard]] double receivedAt() const { return double(m_receivedAt); }
    [[nodiscard]] QVariantList timeline() const { return m_timeline; }
    [[nodiscard]] QStringList nextSteps() const;
    [[nodiscard]] bool canAct() const;
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] QString errorField() const { return m_errorField; }

    /**
     * Takes the step @p event ("dispatch", "start", "reply", "satisfied", "unsatisfied",
     * "escalate", "archive"). Dispatch needs @p department, reply @p reply, escalate a reason in
     * @p note. On failure errorMessage (and errorField) say why and nothing is written.
     */
    Q_INVOKABLE bool apply(const QString &event, const QString &note = {}, const QString &department = {},
                           const QString &reply = {});
    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void sourceChanged();
    void sessionChanged();
    void complaintIdChanged();
    void changed();
    void errorChanged();

private:
    void show(const fd::ComplaintRecord &c);
    void loadTimeline();
    [[nodiscard]] QString staffName(const QString &staffId) const;
    [[nodiscard]] bool mayTake(fd::ComplaintEvent event) const;
    void setError(const QString &message, const QString &field = {});

    QPointer<DataSource> m_source;
    QPointer<Session> m_session;
    QString m_complaintId;
    bool m_loaded = false;
    fd::ComplaintStatus m_status;
    QString m_complaintNo;
    QString m_complainantName;
    QString m_complainantPhone;
    QString m_channel;
    QString m_category;
    bool m_emergency = false;
    QString m_content;
    QString m_department;
    QString m_reply;
    QString m_ownerName;
    QString m_customerName;
    QString m_ticketNo;
    qint64 m_dueAt = -1;
    qint64 m_receivedAt = 0;
    QVariantList m_timeline;
    QString m_errorMessage;
    QString m_errorField;
};
