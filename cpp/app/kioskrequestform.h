#pragma once

#include "formcontroller.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class DataSource;
namespace fd {
struct Error;
}

// moc needs the full type of the QObject pointer in a property.
Q_MOC_INCLUDE("datasource.h")

/**
 * A customer's own repair request or complaint, filed at the kiosk without staff. A repair
 * request becomes a ticket (TicketRepository::create) and a complaint a complaint
 * (ComplaintRepository::registerComplaint), both on the kiosk channel and with no staff member,
 * so they work offline: the record and its outbox ops are written locally and sync later.
 *
 * The mobile phone number is required for both: with it and the number on the receipt the
 * customer follows the case up (CaseFinder). As in every form, submit() checks every field
 * first, each bad field gets its own message, and nothing is written while any is wrong.
 *
 * After a successful submit() the form forgets what was typed: the kiosk keeps no more than the
 * receipt needs (the number, the masked phone) until the panel is closed.
 */
class KioskRequestForm : public FormController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DataSource *source READ source WRITE setSource NOTIFY sourceChanged)
    /** "repair" or "complaint". Changing it clears the messages. */
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged)

    /** Repair: a key of problems(). */
    Q_PROPERTY(QString problem READ problem WRITE setProblem NOTIFY inputChanged)
    /** Repair: optional, except for the problem "other". */
    Q_PROPERTY(QString description READ description WRITE setDescription NOTIFY inputChanged)
    /** Repair: optional; a mainland plate when given. */
    Q_PROPERTY(QString plate READ plate WRITE setPlate NOTIFY inputChanged)
    /** Complaint: a key of complaintCategories(). */
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY inputChanged)
    /** Complaint: what happened, minContentLength to maxContentLength characters. */
    Q_PROPERTY(QString content READ content WRITE setContent NOTIFY inputChanged)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY inputChanged)
    /** Required: the key for the follow-up. */
    Q_PROPERTY(QString phone READ phone WRITE setPhone NOTIFY inputChanged)

    Q_PROPERTY(QStringList problems READ problems CONSTANT)
    Q_PROPERTY(QStringList complaintCategories READ complaintCategories CONSTANT)
    Q_PROPERTY(int maxNameLength READ maxNameLength CONSTANT)
    Q_PROPERTY(int maxDescriptionLength READ maxDescriptionLength CONSTANT)
    Q_PROPERTY(int minContentLength READ minContentLength CONSTANT)
    Q_PROPERTY(int maxContentLength READ maxContentLength CONSTANT)

    /** Whether submit() has saved the request; the form then takes no other. */
    Q_PROPERTY(bool submitted READ submitted NOTIFY saved)
    /** T-<outlet>-<device>-<seq> or C-<outlet>-<device>-<seq> of the saved request. */
    Q_PROPERTY(QString savedNumber READ savedNumber NOTIFY saved)
    Q_PROPERTY(QString savedId READ savedId NOTIFY saved)
    /** 138****8000: all the receipt shows of the customer. */
    Q_PROPERTY(QString maskedPhone READ maskedPhone NOTIFY saved)
    /** "Your request number is T-…. Keep it: …", in the language of the moment it is read. */
    Q_PROPERTY(QString receiptText READ receiptText NOTIFY saved)

public:
    static constexpr int kMaxDescriptionLength = 500;
    /** What "other" needs at least, so the crew knows what it is about. */
    static constexpr int kMinOtherDescriptionLength = 4;

    explicit KioskRequestForm(QObject *parent = nullptr);

    /** The common problems a customer picks from: "obu_not_read", "obu_display_off", … "other". */
    [[nodiscard]] static QStringList problems();
    /** The five complaint categories (DOMAIN.md §3), as ComplaintWorkflow keys. */
    [[nodiscard]] static QStringList complaintCategories();
    /** The ticket category (a TicketForm::categories() key) a problem is filed under; empty if unknown. */
    [[nodiscard]] static QString ticketCategory(const QString &problem);
    /** The problem in words, as the button shows it and as the ticket's title is saved. */
    Q_INVOKABLE static QString problemTitle(const QString &problem);
    /** The receipt's sentence for a request of @p kind numbered @p number. */
    Q_INVOKABLE static QString receiptFor(const QString &kind, const QString &number);

    [[nodiscard]] DataSource *source() const { return m_source; }
    void setSource(DataSource *source);
    [[nodiscard]] QString kind() const { return m_kind; }
    void setKind(const QString &kind);

    [[nodiscard]] QString problem() const { return m_problem; }
    void setProblem(const QString &v) { update(m_problem, v, "problem"); }
    [[nodiscard]] QString description() const { return m_description; }
    void setDescription(const QString &v) { update(m_description, v, "description"); }
    [[nodiscard]] QString plate() const { return m_plate; }
    void setPlate(const QString &v) { update(m_plate, v, "plate"); }
    [[nodiscard]] QString category() const { return m_category; }
    void setCategory(const QString &v) { update(m_category, v, "category"); }
    [[nodiscard]] QString content() const { return m_content; }
    void setContent(const QString &v) { update(m_content, v, "content"); }
    [[nodiscard]] QString name() const { return m_name; }
    void setName(const QString &v) { update(m_name, v, "name"); }
    [[nodiscard]] QString phone() const { return m_phone; }
    void setPhone(const QString &v) { update(m_phone, v, "phone"); }

    [[nodiscard]] static int maxNameLength();
    [[nodiscard]] static int maxDescriptionLength() { return kMaxDescriptionLength; }
    [[nodiscard]] static int minContentLength();
    [[nodiscard]] static int maxContentLength();

    [[nodiscard]] bool submitted() const { return !m_savedNumber.isEmpty(); }
    [[nodiscard]] QString savedNumber() const { return m_savedNumber; }
    [[nodiscard]] QString savedId() const { return m_savedId; }
    [[nodiscard]] QString maskedPhone() const { return m_maskedPhone; }
    [[nodiscard]] QString receiptText() const;

    /** Checks every field of the kind; true if all are fine. Writes nothing. */
    Q_INVOKABLE bool validate();
    /** Validates and saves; true and saved() on success, otherwise the messages say why. */
    Q_INVOKABLE bool submit();
    /**
     * {kind: "ticket" | "complaint", number, phone} of the saved request, to hand straight to the
     * follow-up look-up; {} before a submit. For handing over only, never for showing.
     */
    Q_INVOKABLE QVariantMap followUpQuery() const;
    /** Words the messages showing again, in the language just chosen. */
    Q_INVOKABLE void retranslate();

Q_SIGNALS:
    void sourceChanged();
    void kindChanged();
    void saved(const QString &number);

private:
    [[nodiscard]] QVariantMap checkRepair() const;
    [[nodiscard]] QVariantMap checkComplaint() const;
    [[nodiscard]] QVariantMap checkContact() const;
    bool saveRepair();
    bool saveComplaint();
    /**
     * Shows a refusal of the store on the form's field that @p fields maps its field to, or for
     * the whole form when it is about none of them.
     */
    void showRefusal(const fd::Error &error, const QHash<QString, QString> &fields);
    void forgetInput();
    void showFieldSummary();

    QPointer<DataSource> m_source;
    QString m_kind = QStringLiteral("repair");
    QString m_problem;
    QString m_description;
    QString m_plate;
    QString m_category;
    QString m_content;
    QString m_name;
    QString m_phone;
    QString m_savedNumber;
    QString m_savedId;
    QString m_savedPhone;
    QString m_maskedPhone;
    /** errorMessage is the "correct the marked fields" summary, which goes with the last mark. */
    bool m_summaryShown = false;
};
