#pragma once

#include "formcontroller.h"

#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class DataSource;
class Session;

namespace fd {
struct CustomerInput;
}

// moc needs the full types of the QObject pointers in properties.
Q_MOC_INCLUDE("datasource.h")
Q_MOC_INCLUDE("session.h")

/**
 * The counter's "new customer" form: an individual (name, resident ID, mobile) or a company
 * (name, unified social credit code, agent and the agent's ID), how to reach them, and
 * optionally their first vehicle (plate and plate colour).
 *
 * Bad input is never saved: submit() checks every field first and puts each problem in
 * fieldErrors under its field's key, all at once. The customer and the vehicle are written in
 * one transaction, so a vehicle the store refuses (a plate already registered) leaves no
 * customer behind either.
 */
class CustomerForm : public FormController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DataSource *source READ source WRITE setSource NOTIFY sourceChanged)
    /** Whose work this is: the signed-in staff member is recorded with the change. */
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)

    /** "individual" or "corporate". */
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY inputChanged)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY inputChanged)
    /** Individuals: the resident ID number. */
    Q_PROPERTY(QString idNumber READ idNumber WRITE setIdNumber NOTIFY inputChanged)
    /** Companies: the unified social credit code. */
    Q_PROPERTY(QString creditCode READ creditCode WRITE setCreditCode NOTIFY inputChanged)
    Q_PROPERTY(QString agentName READ agentName WRITE setAgentName NOTIFY inputChanged)
    Q_PROPERTY(QString agentIdNumber READ agentIdNumber WRITE setAgentIdNumber NOTIFY inputChanged)
    Q_PROPERTY(QString phone READ phone WRITE setPhone NOTIFY inputChanged)
    Q_PROPERTY(QString email READ email WRITE setEmail NOTIFY inputChanged)
    Q_PROPERTY(QString address READ address WRITE setAddress NOTIFY inputChanged)
    Q_PROPERTY(QString needs READ needs WRITE setNeeds NOTIFY inputChanged)
    /** "phone", "sms", "wechat", "email", "visit" or "counter". */
    Q_PROPERTY(QString preferredChannel READ preferredChannel WRITE setPreferredChannel NOTIFY inputChanged)
    /** "A" to "D". */
    Q_PROPERTY(QString grade READ grade WRITE setGrade NOTIFY inputChanged)
    Q_PROPERTY(bool keyAccount READ keyAccount WRITE setKeyAccount NOTIFY inputChanged)
    /** Optional: the first vehicle. Empty plate: no vehicle. */
    Q_PROPERTY(QString plate READ plate WRITE setPlate NOTIFY inputChanged)
    /** "blue", "yellow", "green", "yellow_green", "white" or "black"; required with a plate. */
    Q_PROPERTY(QString plateColour READ plateColour WRITE setPlateColour NOTIFY inputChanged)
    Q_PROPERTY(QString licenceNo READ licenceNo WRITE setLicenceNo NOTIFY inputChanged)

    /** The id of the customer the last successful submit() created. */
    Q_PROPERTY(QString savedCustomerId READ savedCustomerId NOTIFY saved)

public:
    explicit CustomerForm(QObject *parent = nullptr);

    [[nodiscard]] DataSource *source() const { return m_source; }
    void setSource(DataSource *source);
    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);

    [[nodiscard]] QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    [[nodiscard]] QString name() const { return m_name; }
    void setName(const QString &v) { update(m_name, v, "name"); }
    [[nodiscard]] QString idNumber() const { return m_idNumber; }
    void setIdNumber(const QString &v) { update(m_idNumber, v, "idNumber"); }
    [[nodiscard]] QString creditCode() const { return m_creditCode; }
    void setCreditCode(const QString &v) { update(m_creditCode, v, "creditCode"); }
    [[nodiscard]] QString agentName() const { return m_agentName; }
    void setAgentName(const QString &v) { update(m_agentName, v, "agentName"); }
    [[nodiscard]] QString agentIdNumber() const { return m_agentIdNumber; }
    void setAgentIdNumber(const QString &v) { update(m_agentIdNumber, v, "agentIdNumber"); }
    [[nodiscard]] QString phone() const { return m_phone; }
    void setPhone(const QString &v) { update(m_phone, v, "phone"); }
    [[nodiscard]] QString email() const { return m_email; }
    void setEmail(const QString &v) { update(m_email, v, "email"); }
    [[nodiscard]] QString address() const { return m_address; }
    void setAddress(const QString &v) { update(m_address, v, "address"); }
    [[nodiscard]] QString needs() const { return m_needs; }
    void setNeeds(const QString &v) { update(m_needs, v, "needs"); }
    [[nodiscard]] QString preferredChannel() const { return m_preferredChannel; }
    void setPreferredChannel(const QString &v) { update(m_preferredChannel, v, "preferredChannel"); }
    [[nodiscard]] QString grade() const { return m_grade; }
    void setGrade(const QString &v) { update(m_grade, v, "grade"); }
    [[nodiscard]] bool keyAccount() const { return m_keyAccount; }
    void setKeyAccount(bool keyAccount);
    [[nodiscard]] QString plate() const { return m_plate; }
    void setPlate(const QString &v);
    [[nodiscard]] QString plateColour() const { return m_plateColour; }
    void setPlateColour(const QString &v) { update(m_plateColour, v, "plateColour"); }
    [[nodiscard]] QString licenceNo() const { return m_licenceNo; }
    void setLicenceNo(const QString &v) { update(m_licenceNo, v, "licenceNo"); }

    [[nodiscard]] QString savedCustomerId() const { return m_savedCustomerId; }

    /** Checks every field (and that the ID, credit code or plate is not already registered); true if all are fine. */
    Q_INVOKABLE bool validate();
    /**
     * Validates, then writes the customer and, with a plate, the vehicle — both or neither.
     * True and saved(customerId) on success; otherwise fieldErrors/errorMessage say why.
     */
    Q_INVOKABLE bool submit();
    /** Empties every field and message, ready for the next customer. */
    Q_INVOKABLE void clear();
    /**
     * Puts what was typed into the search box into the field it looks like: a resident ID, a
     * mobile number, a plate, a credit code (switches to a company), or else the name.
     */
    Q_INVOKABLE void prefill(const QString &text);

Q_SIGNALS:
    void sourceChanged();
    void sessionChanged();
    void saved(const QString &customerId);

private:
    [[nodiscard]] fd::CustomerInput input() const;
    /** Plate and colour problems, and plates already registered, added to @p errors. */
    void checkVehicle(QVariantMap &errors) const;
    /** An ID number or credit code that already belongs to a customer, added to @p errors. */
    void checkDuplicates(const fd::CustomerInput &in, QVariantMap &errors) const;

    QPointer<DataSource> m_source;
    QPointer<Session> m_session;
    QString m_kind = QStringLiteral("individual");
    QString m_name;
    QString m_idNumber;
    QString m_creditCode;
    QString m_agentName;
    QString m_agentIdNumber;
    QString m_phone;
    QString m_email;
    QString m_address;
    QString m_needs;
    QString m_preferredChannel = QStringLiteral("phone");
    QString m_grade = QStringLiteral("C");
    bool m_keyAccount = false;
    QString m_plate;
    QString m_plateColour;
    QString m_licenceNo;
    QString m_savedCustomerId;
};
