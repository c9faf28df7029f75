#pragma once

#include "formcontroller.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class DataSource;
class Session;

// moc needs the full types of the QObject pointers in properties.
Q_MOC_INCLUDE("datasource.h")
Q_MOC_INCLUDE("session.h")

/**
 * A complaint taken down at the counter (DOMAIN.md §3): who complains and how to reach them, how
 * it came in, what it is about, and whether it takes the emergency path. The staff member who
 * registers it is its first-contact owner until the complainant has an answer.
 *
 * Opened from a customer or a ticket, it carries that reference and fills in the complainant
 * from the customer; the phone then shows masked (138****8000) and, left as it is, stands for
 * the number on record. Like every form, submit() checks every field first, each bad field gets
 * its own message, and nothing is written while any is wrong.
 */
class ComplaintForm : public FormController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DataSource *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    /** Optional: the customer the complaint comes from. */
    Q_PROPERTY(QString customerId READ customerId WRITE setCustomerId NOTIFY referenceChanged)
    /** Optional: the ticket the complaint is about; brings its customer along. */
    Q_PROPERTY(QString ticketId READ ticketId WRITE setTicketId NOTIFY referenceChanged)
    Q_PROPERTY(QString customerName READ customerName NOTIFY referenceChanged)
    Q_PROPERTY(QString ticketNo READ ticketNo NOTIFY referenceChanged)

    Q_PROPERTY(QString complainantName READ complainantName WRITE setComplainantName NOTIFY inputChanged)
    Q_PROPERTY(QString complainantPhone READ complainantPhone WRITE setComplainantPhone NOTIFY inputChanged)
    /** Whether complainantPhone is the customer's own number, shown masked, as filled in. */
    Q_PROPERTY(bool usesCustomerPhone READ usesCustomerPhone NOTIFY inputChanged)
    /** A key of channels(). */
    Q_PROPERTY(QString channel READ channel WRITE setChannel NOTIFY inputChanged)
    /** A key of categories(). */
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY inputChanged)
    Q_PROPERTY(QString content READ content WRITE setContent NOTIFY inputChanged)
    Q_PROPERTY(bool emergency READ emergency WRITE setEmergency NOTIFY inputChanged)

    Q_PROPERTY(QStringList channels READ channels CONSTANT)
    Q_PROPERTY(QStringList categories READ categories CONSTANT)
    Q_PROPERTY(int maxNameLength READ maxNameLength CONSTANT)
    Q_PROPERTY(int maxContentLength READ maxContentLength CONSTANT)

    Q_PROPERTY(QString savedComplaintId READ savedComplaintId NOTIFY saved)
    /** C-<outlet>-<device>-<seq> of the complaint the last successful submit() registered. */
    Q_PROPERTY(QString savedComplaintNo READ savedComplaintNo NOTIFY saved)

public:
    explicit ComplaintForm(QObject *parent = nullptr);

    /** How a complaint reaches the counter: "counter", "phone", "online", "field" (the kiosk files its own). */
    [[nodiscard]] static QStringList channels();
    /** The five categories, as ComplaintWorkflow keys. */
    [[nodiscard]] static QStringList categories();
    [[nodiscard]] static int maxNameLength();
    [[nodiscard]] static int maxContentLength();

    [[nodiscard]] DataSource *source() const { return m_source; }
    void setSource(DataSource *source);
    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);
    [[nodiscard]] QString customerId() const { return m_customerId; }
    void setCustomerId(const QString &customerId);
    [[nodiscard]] QString ticketId() const { return m_ticketId; }
    void setTicketId(const QString &ticketId);
    [[nodiscard]] QString customerName() const { return m_customerName; }
    [[nodiscard]] QString ticketNo() const { return m_ticketNo; }

    [[nodiscard]] QString complainantName() const { return m_complainantName; }
    void setComplainantName(const QString &v) { update(m_complainantName, v, "complainantName"); }
    [[nodiscard]] QString complainantPhone() const { return m_complainantPhone; }
    void setComplainantPhone(const QString &v) { update(m_complainantPhone, v, "complainantPhone"); }
    [[nodiscard]] bool usesCustomerPhone() const;
    [[nodiscard]] QString channel() const { return m_channel; }
    void setChannel(const QString &v) { update(m_channel, v, "channel"); }
    [[nodiscard]] QString category() const { return m_category; }
    void setCategory(const QString &v) { update(m_category, v, "category"); }
    [[nodiscard]] QString content() const { return m_content; }
    void setContent(const QString &v) { update(m_content, v, "content"); }
    [[nodiscard]] bool emergency() const { return m_emergency; }
    void setEmergency(bool emergency);

    [[nodiscard]] QString savedComplaintId() const { return m_savedId; }
    [[nodiscard]] QString savedComplaintNo() const { return m_savedNo; }

    /** Checks every field; true if all are fine. Writes nothing. */
    Q_INVOKABLE bool validate();
    /** Validates and registers; true and saved() on success, otherwise the messages say why. */
    Q_INVOKABLE bool submit();

Q_SIGNALS:
    void sourceChanged();
    void sessionChanged();
    void referenceChanged();
    void saved(const QString &complaintId, const QString &complaintNo);

private:
    /** Reads the ticket and the customer and fills the complainant from the customer. */
    void loadReferences();
    /** The phone to save: the customer's own when the masked prefill was left as it is. */
    [[nodiscard]] QString phoneToSave() const;

    QPointer<DataSource> m_source;
    QPointer<Session> m_session;
    QString m_customerId;
    QString m_ticketId;
    QString m_customerName;
    QString m_customerPhone;
    QString m_ticketNo;
    QString m_complainantName;
    QString m_complainantPhone;
    QString m_channel = QStringLiteral("counter");
    QString m_category;
    QString m_content;
    bool m_emergency = false;
    QString m_savedId;
    QString m_savedNo;
};
