#include "kioskrequestform.h"

#include "complaintrepository.h"
#include "datasource.h"
#include "mobilephone.h"
#include "store.h"
#include "ticketrepository.h"
#include "vehicleplate.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKioskRequest, "fielddesk.app.kioskrequest")

namespace {
const QString kRepair = QStringLiteral("repair");
const QString kComplaint = QStringLiteral("complaint");
const QString kKiosk = QStringLiteral("kiosk");

// A customer at a kiosk reports for themselves: medium urgency, one customer affected. Staff
// change both once they have spoken to them.
constexpr int kUrgency = 2;
constexpr int kImpact = 3;
} // namespace

KioskRequestForm::KioskRequestForm(QObject *parent) : FormController(parent)
{
    // The "check the marked fields" message goes once the last marked field is corrected.
    connect(this, &FormController::fieldErrorsChanged, this, [this] {
        if (m_summaryShown && fieldErrors().isEmpty()) {
            m_summaryShown = false;
            setError({});
        }
    });
}

QStringList KioskRequestForm::problems()
{
    return {QStringLiteral("obu_not_read"),       QStringLiteral("obu_display_off"), QStringLiteral("obu_tamper"),
            QStringLiteral("card_not_recognised"), QStringLiteral("balance_wrong"),  QStringLiteral("other")};
}

QStringList KioskRequestForm::complaintCategories()
{
    return {QStringLiteral("product_quality"), QStringLiteral("service"), QStringLiteral("price"),
            QStringLiteral("false_advertising"), QStringLiteral("other")};
}

QString KioskRequestForm::ticketCategory(const QString &problem)
{
    // Keys of TicketForm::categories(), so the counter lists and edits these like its own tickets.
    if (problem == QLatin1String("obu_not_read") || problem == QLatin1String("obu_display_off"))
        return QStringLiteral("obu_fault");
    // A tamper warning means the OBU was moved off the windscreen: it must be activated again.
    if (problem == QLatin1String("obu_tamper"))
        return QStringLiteral("obu_activation");
    if (problem == QLatin1String("card_not_recognised"))
        return QStringLiteral("card_fault");
    if (problem == QLatin1String("balance_wrong"))
        return QStringLiteral("transaction");
    if (problem == QLatin1String("other"))
        return QStringLiteral("other");
    return {};
}

QString KioskRequestForm::problemTitle(const QString &problem)
{
    if (problem == QLatin1String("obu_not_read"))
        return tr("OBU not read at the toll lane");
    if (problem == QLatin1String("obu_display_off"))
        return tr("OBU display off");
    if (problem == QLatin1String("obu_tamper"))
        return tr("OBU tamper warning");
    if (problem == QLatin1String("card_not_recognised"))
        return tr("Card not recognised");
    if (problem == QLatin1String("balance_wrong"))
        return tr("Balance looks wrong");
    if (problem == QLatin1String("other"))
        return tr("Other problem");
    return {};
}

QString KioskRequestForm::receiptFor(const QString &kind, const QString &number)
{
    if (kind == kComplaint)
        return tr("Your complaint number is %1. Keep it: with it and your phone number you can follow up here or at the counter.")
            .arg(number);
    return tr("Your request number is %1. Keep it: with it and your phone number you can follow up here or at the counter.")
        .arg(number);
}

int KioskRequestForm::maxNameLength()
{
    return fd::ComplaintRepository::kMaxNameLength;
}

int KioskRequestForm::minContentLength()
{
    return fd::ComplaintRepository::kMinContentLength;
}

int KioskRequestForm::maxContentLength()
{
    return fd::ComplaintRepository::kMaxContentLength;
}

void KioskRequestForm::setSource(DataSource *source)
{
    if (source == m_source)
        return;
    m_source = source;
    Q_EMIT sourceChanged();
}

void KioskRequestForm::setKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    m_summaryShown = false;
    setFieldErrors({});
    setError({});
    Q_EMIT kindChanged();
}

QString KioskRequestForm::receiptText() const
{
    return m_savedNumber.isEmpty() ? QString() : receiptFor(m_kind, m_savedNumber);
}

QVariantMap KioskRequestForm::checkRepair() const
{
    QVariantMap errors;
    if (!problems().contains(m_problem))
        errors.insert(QStringLiteral("problem"), tr("Choose what is wrong."));
    const QString description = m_description.trimmed();
    if (description.size() > kMaxDescriptionLength)
        errors.insert(QStringLiteral("description"), tr("Please keep it to %1 characters.").arg(kMaxDescriptionLength));
    else if (m_problem == QLatin1String("other") && description.size() < kMinOtherDescriptionLength)
        errors.insert(QStringLiteral("description"), tr("Tell us in a few words what is wrong."));
    if (!m_plate.trimmed().isEmpty()) {
        if (auto plate = fd::VehiclePlate::parse(m_plate); !plate)
            errors.insert(QStringLiteral("plate"), plate.error().message);
    }
    return errors;
}

QVariantMap KioskRequestForm::checkComplaint() const
{
    QVariantMap errors;
    if (!complaintCategories().contains(m_category))
        errors.insert(QStringLiteral("category"), tr("Choose what your complaint is about."));
    const qsizetype length = m_content.trimmed().size();
    if (length < minContentLength() || length > maxContentLength())
        errors.insert(QStringLiteral("content"),
                      tr("Tell us what happened, in %1 to %2 characters.").arg(minContentLength()).arg(maxContentLength()));
    return errors;
}

QVariantMap KioskRequestForm::checkContact() const
{
    QVariantMap errors;
    const QString name = m_name.simplified();
    if (name.isEmpty())
        errors.insert(QStringLiteral("name"), tr("Enter your name, so that we know whom to ask for."));
    else if (name.size() > maxNameLength())
        errors.insert(QStringLiteral("name"), tr("Enter at most %1 characters.").arg(maxNameLength()));
    // Optional in the store, required here: without it the customer cannot follow the case up.
    if (m_phone.trimmed().isEmpty())
        errors.insert(QStringLiteral("phone"), tr("Enter your mobile phone number. We need it to reach you, and you need it to follow up."));
    else if (auto phone = fd::MobilePhone::parse(m_phone); !phone)
        errors.insert(QStringLiteral("phone"), phone.error().message);
    return errors;
}

bool KioskRequestForm::validate()
{
    QVariantMap errors = m_kind == kComplaint ? checkComplaint() : checkRepair();
    errors.insert(checkContact());
    setFieldErrors(errors);
    return errors.isEmpty();
}

bool KioskRequestForm::submit()
{
    m_summaryShown = false;
    setError({});
    if (submitted()) {
        // A second tap on the button must not file the request twice.
        setError(tr("This request has been saved already."));
        return false;
    }
    if (m_kind != kRepair && m_kind != kComplaint) {
        setError(tr("Choose a repair request or a complaint."));
        return false;
    }
    if (!m_source || !m_source->store()) {
        setError(tr("This kiosk cannot save requests at the moment. Please ask at the counter."));
        return false;
    }
    if (!validate()) {
        showFieldSummary();
        return false;
    }
    return m_kind == kComplaint ? saveComplaint() : saveRepair();
}

bool KioskRequestForm::saveRepair()
{
    fd::NewTicket t;
    t.channel = kKiosk;
    t.category = ticketCategory(m_problem);
    t.title = problemTitle(m_problem);
    t.description = m_description.trimmed();
    if (auto plate = fd::VehiclePlate::parse(m_plate); plate && !m_plate.trimmed().isEmpty()) {
        // Tickets have no plate column, and a kiosk holds no vehicles to link: staff read it here.
        const QString line = tr("Vehicle plate: %1").arg(plate->plate);
        t.description = t.description.isEmpty() ? line : t.description + QLatin1Char('\n') + line;
    }
    t.contactName = m_name.simplified();
    t.contactPhone = m_phone;
    t.urgency = kUrgency;
    t.impact = kImpact;
    // No staff at a kiosk: the ticket has no creator until staff act on it.
    auto created = fd::TicketRepository(*m_source->store()).create(t, QString());
    if (!created) {
        qCInfo(lcKioskRequest) << "kiosk repair request not saved:" << created.error().code << created.error().field;
        showRefusal(created.error(), {{QStringLiteral("title"), QStringLiteral("problem")},
                                      {QStringLiteral("contactPhone"), QStringLiteral("phone")}});
        return false;
    }
    m_savedId = created->id;
    m_savedNumber = created->ticketNo;
    forgetInput();
    return true;
}

bool KioskRequestForm::saveComplaint()
{
    fd::NewComplaint c;
    c.complainantName = m_name;
    c.complainantPhone = m_phone;
    c.channel = kKiosk;
    c.category = m_category;
    c.content = m_content;
    auto registered = fd::ComplaintRepository(*m_source->store()).registerComplaint(c, QString());
    if (!registered) {
        qCInfo(lcKioskRequest) << "kiosk complaint not saved:" << registered.error().code << registered.error().field;
        showRefusal(registered.error(), {{QStringLiteral("complainantName"), QStringLiteral("name")},
                                         {QStringLiteral("complainantPhone"), QStringLiteral("phone")},
                                         {QStringLiteral("category"), QStringLiteral("category")},
                                         {QStringLiteral("content"), QStringLiteral("content")}});
        return false;
    }
    m_savedId = registered->id;
    m_savedNumber = registered->complaintNo;
    forgetInput();
    return true;
}

void KioskRequestForm::showRefusal(const fd::Error &error, const QHash<QString, QString> &fields)
{
    const QString field = fields.value(error.field);
    if (field.isEmpty()) {
        setError(tr("Nothing was saved: %1").arg(error.message));
        return;
    }
    QVariantMap errors = fieldErrors();
    errors.insert(field, error.message);
    setFieldErrors(errors);
    showFieldSummary();
}

void KioskRequestForm::showFieldSummary()
{
    m_summaryShown = true;
    setError(tr("Please correct the marked fields. Nothing has been saved yet."));
}

void KioskRequestForm::retranslate()
{
    if (!fieldErrors().isEmpty())
        validate();
    if (m_summaryShown)
        showFieldSummary();
}

void KioskRequestForm::forgetInput()
{
    // Checked already; kept only for handing over to the follow-up.
    const auto phone = fd::MobilePhone::parse(m_phone);
    m_savedPhone = phone ? phone.value() : m_phone.trimmed();
    m_maskedPhone = fd::MobilePhone::masked(m_savedPhone);
    for (QString *field : {&m_problem, &m_description, &m_plate, &m_category, &m_content, &m_name, &m_phone})
        field->clear();
    setFieldErrors({});
    qCInfo(lcKioskRequest) << m_kind << m_savedNumber << m_savedId << "saved at the kiosk";
    m_source->notifyChanged();
    Q_EMIT inputChanged();
    Q_EMIT saved(m_savedNumber);
}

QVariantMap KioskRequestForm::followUpQuery() const
{
    if (!submitted())
        return {};
    return {{QStringLiteral("kind"), m_kind == kComplaint ? QStringLiteral("complaint") : QStringLiteral("ticket")},
            {QStringLiteral("number"), m_savedNumber},
            {QStringLiteral("phone"), m_savedPhone}};
}
