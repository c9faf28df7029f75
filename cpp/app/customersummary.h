#pragma once

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class DataSource;

// moc needs the full types of the QObject pointers in properties.
Q_MOC_INCLUDE("datasource.h")

/**
 * What the counter sees of a customer at a glance: name, masked phone and ID, vehicles and the
 * most recent tickets. The numbers are masked here so the full values never reach the screen.
 */
class CustomerSummary : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DataSource *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(QString customerId READ customerId WRITE setCustomerId NOTIFY customerIdChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString customerNo READ customerNo NOTIFY changed)
    /** "individual" or "corporate". */
    Q_PROPERTY(QString kind READ kind NOTIFY changed)
    Q_PROPERTY(QString maskedPhone READ maskedPhone NOTIFY changed)
    /** Individuals: the resident ID masked; companies: the unified social credit code. */
    Q_PROPERTY(QString maskedId READ maskedId NOTIFY changed)
    Q_PROPERTY(QString address READ address NOTIFY changed)
    Q_PROPERTY(QString grade READ grade NOTIFY changed)
    Q_PROPERTY(bool keyAccount READ keyAccount NOTIFY changed)
    /** Each: {vehicleId, plate, colour} with colour a schema key ("blue", "green", …). */
    Q_PROPERTY(QVariantList vehicles READ vehicles NOTIFY changed)
    /** The newest tickets first, each: {ticketId, ticketNo, title, state, reportedAt}. */
    Q_PROPERTY(QVariantList recentTickets READ recentTickets NOTIFY changed)
    Q_PROPERTY(int ticketCount READ ticketCount NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)

public:
    static constexpr int kRecentTickets = 5;

    explicit CustomerSummary(QObject *parent = nullptr);

    [[nodiscard]] DataSource *source() const { return m_source; }
    void setSource(DataSource *source);
    [[nodiscard]] QString customerId() const { return m_customerId; }
    void setCustomerId(const QString &customerId);

    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] QString name() const { return m_name; }
    [[nodiscard]] QString customerNo() const { return m_customerNo; }
    [[nodiscard]] QString kind() const { return m_kind; }
    [[nodiscard]] QString maskedPhone() const { return m_maskedPhone; }
    [[nodiscard]] QString maskedId() const { return m_maskedId; }
    [[nodiscard]] QString address() const { return m_address; }
    [[nodiscard]] QString grade() const { return m_grade; }
    [[nodiscard]] bool keyAccount() const { return m_keyAccount; }
    [[nodiscard]] QVariantList vehicles() const { return m_vehicles; }
    [[nodiscard]] QVariantList recentTickets() const { return m_recentTickets; }
    [[nodiscard]] int ticketCount() const { return m_ticketCount; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void sourceChanged();
    void customerIdChanged();
    void changed();

private:
    QString load();

    QPointer<DataSource> m_source;
    QString m_customerId;
    bool m_loaded = false;
    QString m_name;
    QString m_customerNo;
    QString m_kind;
    QString m_maskedPhone;
    QString m_maskedId;
    QString m_address;
    QString m_grade;
    bool m_keyAccount = false;
    QVariantList m_vehicles;
    QVariantList m_recentTickets;
    int m_ticketCount = 0;
    QString m_errorMessage;
};
