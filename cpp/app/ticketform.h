#pragma once

#include "formcontroller.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class DataSource;
class Session;

// moc needs the full types of the QObject pointers in properties.
Q_MOC_INCLUDE("datasource.h")
Q_MOC_INCLUDE("session.h")

/**
 * Counter intake of a repair ticket (work order) for the customer at the counter: what is wrong,
 * where, whom to call, and urgency × impact, from which the priority follows (1 most urgent … 5).
 *
 * Choosing the customer fills in the contact name, phone and address. The phone is shown masked
 * (138****8000) like everywhere at the counter; left as it is, it stands for the customer's own
 * number, which is what gets saved. As with CustomerForm, submit() checks every field first and
 * saves nothing while any is wrong.
 */
class TicketForm : public FormController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DataSource *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    /** The customer the ticket is for; empty for an anonymous report. */
    Q_PROPERTY(QString customerId READ customerId WRITE setCustomerId NOTIFY customerChanged)
    Q_PROPERTY(QString customerName READ customerName NOTIFY customerChanged)
    Q_PROPERTY(QString customerNo READ customerNo NOTIFY customerChanged)
    /** The customer's vehicles, each {vehicleId, plate, colour}, to link the ticket to one. */
    Q_PROPERTY(QVariantList vehicles READ vehicles NOTIFY customerChanged)

    /** "counter", "phone", "kiosk", "online" or "field". */
    Q_PROPERTY(QString channel READ channel WRITE setChannel NOTIFY inputChanged)
    /** A key of categories(): "obu_fault", "card_fault", … */
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY inputChanged)
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY inputChanged)
    Q_PROPERTY(QString description READ description WRITE setDescription NOTIFY inputChanged)
    Q_PROPERTY(QString address READ address WRITE setAddress NOTIFY inputChanged)
    Q_PROPERTY(QString contactName READ contactName WRITE setContactName NOTIFY inputChanged)
    Q_PROPERTY(QString contactPhone READ contactPhone WRITE setContactPhone NOTIFY inputChanged)
    /** Whether contactPhone is the customer's own number, shown masked, as filled in. */
    Q_PROPERTY(bool usesCustomerPhone READ usesCustomerPhone NOTIFY inputChanged)
    /** 1 high … 3 low. */
    Q_PROPERTY(int urgency READ urgency WRITE setUrgency NOTIFY inputChanged)
    /** 1 wide … 3 one customer. */
    Q_PROPERTY(int impact READ impact WRITE setImpact NOTIFY inputChanged)
    /** Optional: one of vehicles' ids. */
    Q_PROPERTY(QString vehicleId READ vehicleId WRITE setVehicleId NOTIFY inputChanged)
    /** From urgency × impact: 1 (most urgent) to 5. */
    Q_PROPERTY(int priority READ priority NOTIFY inputChanged)
    Q_PROPERTY(QStringList categories READ categories CONSTANT)

    Q_PROPERTY(QString savedTicketId READ savedTicketId NOTIFY saved)
    /** T-<outlet>-<device>-<seq> of the ticket the last successful submit() created. */
    Q_PROPERTY(QString savedTicketNo READ savedTicketNo NOTIFY saved)

public:
    explicit TicketForm(QObject *parent = nullptr);

    /** The categories the counter offers, as stored keys. */
    [[nodiscard]] static QStringList categories();

    [[nodiscard]] DataSource *source() const { return m_source; }
    void setSource(DataSource *source);
    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);
    [[nodiscard]] QString customerId() const { return m_customerId; }
    void setCustomerId(const QString &customerId);
    [[nodiscard]] QString customerName() const { return m_customerName; }
    [[nodiscard]] QString customerNo() const { return m_customerNo; }
    [[nodiscard]] QVariantList vehicles() const { return m_vehicles; }

    [[nodiscard]] QString channel() const { return m_channel; }
    void setChannel(const QString &v) { update(m_channel, v, "channel"); }
    [[nodiscard]] QString category() const { return m_category; }
    void setCategory(const QString &v) { update(m_category, v, "category"); }
    [[nodiscard]] QString title() const { return m_title; }
    void setTitle(const QString &v) { update(m_title, v, "title"); }
    [[nodiscard]] QString description() const { return m_description; }
    void setDescription(const QString &v) { update(m_description, v, "description"); }
    [[nodiscard]] QString address() const { return m_address; }
    void setAddress(const QString &v) { update(m_address, v, "address"); }
    [[nodiscard]] QString contactName() const { return m_contactName; }
    void setContactName(const QString &v) { update(m_contactName, v, "contactName"); }
    [[nodiscard]] QString contactPhone() const { return m_contactPhone; }
    void setContactPhone(const QString &v) { update(m_contactPhone, v, "contactPhone"); }
    [[nodiscard]] int urgency() const { return m_urgency; }
    void setUrgency(int urgency);
    [[nodiscard]] int impact() const { return m_impact; }
    void setImpact(int impact);
    [[nodiscard]] QString vehicleId() const { return m_vehicleId; }
    void setVehicleId(const QString &v) { update(m_vehicleId, v, "vehicleId"); }
    [[nodiscard]] int priority() const;
    [[nodiscard]] bool usesCustomerPhone() const;

    [[nodiscard]] QString savedTicketId() const { return m_savedTicketId; }
    [[nodiscard]] QString savedTicketNo() const { return m_savedTicketNo; }

    /** Checks every field; true if all are fine. */
    Q_INVOKABLE bool validate();
    /** Validates and creates the ticket; true and saved() on success, otherwise the errors say why. */
    Q_INVOKABLE bool submit();

Q_SIGNALS:
    void sourceChanged();
    void sessionChanged();
    void customerChanged();
    void saved(const QString &ticketId, const QString &ticketNo);

private:
    /** Reads the customer and fills the contact fields from it. */
    void loadCustomer();
    /** The phone to save: the customer's own when the masked prefill was left as it is. */
    [[nodiscard]] QString phoneToSave() const;

    QPointer<DataSource> m_source;
    QPointer<Session> m_session;
    QString m_customerId;
    QString m_customerName;
    QString m_customerNo;
    QString m_customerPhone;
    QVariantList m_vehicles;
    QString m_channel = QStringLiteral("counter");
    QString m_category;
    QString m_title;
    QString m_description;
    QString m_address;
    QString m_contactName;
    QString m_contactPhone;
    int m_urgency = 2;
    int m_impact = 2;
    QString m_vehicleId;
    QString m_savedTicketId;
    QString m_savedTicketNo;
};
