#include "customerform.h"

#include "creditcode.h"
#include "customerinput.h"
#include "customerrepository.h"
#include "datasource.h"
#include "mobilephone.h"
#include "residentid.h"
#include "session.h"
#include "store.h"
#include "vehicleplate.h"

#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcCustomerForm, "fielddesk.app.customerform")

namespace {

QDate storeToday(fd::Store &store)
{
    return QDateTime::fromMSecsSinceEpoch(store.nowMs()).date();
}

/** Name and number of the first customer a query finds, or empty strings. */
std::pair<QString, QString> firstCustomer(fd::Store &store, const QString &sql, const QVariantList &binds)
{
    auto r = store.db().run(sql, binds);
    if (!r) {
        qCWarning(lcCustomerForm) << "duplicate check failed:" << r.error().toString();
        return {};
    }
    if (!r.value().next())
        return {};
    return {r.value().value(0).toString(), r.value().value(1).toString()};
}

} // namespace

CustomerForm::CustomerForm(QObject *parent) : FormController(parent) {}

void CustomerForm::setSource(DataSource *source)
{
    if (source == m_source)
        return;
    m_source = source;
    Q_EMIT sourceChanged();
}

void CustomerForm::setSession(Session *session)
{
    if (session == m_session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

void CustomerForm::setKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    // The other kind's messages no longer describe anything on the screen.
    for (const char *field : {"kind", "idNumber", "creditCode", "agentName", "agentIdNumber", "name"})
        clearFieldError(field);
    Q_EMIT inputChanged();
}

void CustomerForm::setKeyAccount(bool keyAccount)
{
    if (keyAccount == m_keyAccount)
        return;
    m_keyAccount = keyAccount;
    Q_EMIT inputChanged();
}

void CustomerForm::setPlate(const QString &v)
{
    // A colour that did not fit the old plate may fit the new one.
    if (v != m_plate)
        clearFieldError("plateColour");
    update(m_plate, v, "plate");
}





fd::CustomerInput CustomerForm::input() const
{
    // Only what belongs to the chosen kind: fields typed before switching kind are not saved.
    const bool corporate = m_kind == QLatin1String("corporate");
    fd::CustomerInput in;
    in.kind = m_kind;
    in.name = m_name;
    in.idNumber = corporate ? QString() : m_idNumber;
    in.creditCode = corporate ? m_creditCode : QString();
    in.agentName = corporate ? m_agentName : QString();
    in.agentIdNumber = corporate ? m_agentIdNumber : QString();
    in.phone = m_phone;
    in.email = m_email;
    in.address = m_address.simplified();
    in.needs = m_needs.trimmed();
    in.preferredChannel = m_preferredChannel;
    in.grade = m_grade;
    in.keyAccount = m_keyAccount;
    return in;
}

bool CustomerForm::validate()
{
    QVariantMap errors;
    fd::CustomerInput in = input();
    const QDate today = m_source && m_source->store() ? storeToday(*m_source->store()) : QDate::currentDate();
    const QList<fd::Error> problems = in.validate(today);
    for (const fd::Error &e : problems) {
        // The first problem of a field is the one to fix first.
        if (!errors.contains(e.field))
            errors.insert(e.field, e.message);
    }
    checkDuplicates(in, errors);
    checkVehicle(errors);
    setFieldErrors(errors);
    return errors.isEmpty();
}

void CustomerForm::checkDuplicates(const fd::CustomerInput &in, QVariantMap &errors) const
{
    if (!m_source || !m_source->store())
        return;
    fd::Store &store = *m_source->store();
    // CustomerInput::validate() has normalised the numbers it accepted, so they compare as stored.
    if (in.kind == QLatin1String("individual") && !errors.contains(QStringLiteral("idNumber"))) {
        const auto [name, number] = firstCustomer(store, QStringLiteral("SELECT name, customer_no FROM customers WHERE kind = 'individual'"
                                                                        " AND id_number = ? AND merged_into IS NULL LIMIT 1"),
                                                  {in.idNumber});
        if (!name.isEmpty())
            errors.insert(QStringLiteral("idNumber"),
                          tr("This ID number already belongs to %1 (%2): search for the customer instead.").arg(name, number));
    }
    if (in.kind == QLatin1String("corporate") && !errors.contains(QStringLiteral("creditCode"))) {
        const auto [name, number] = firstCustomer(store, QStringLiteral("SELECT name, customer_no FROM customers WHERE kind = 'corporate'"
                                                                        " AND credit_code = ? AND merged_into IS NULL LIMIT 1"),
                                                  {in.creditCode});
        if (!name.isEmpty())
            errors.insert(QStringLiteral("creditCode"),
                          tr("This credit code already belongs to %1 (%2): search for the company instead.").arg(name, number));
    }
}

void CustomerForm::checkVehicle(QVariantMap &errors) const
{
    if (m_plate.trimmed().isEmpty())
        return;
    auto info = fd::VehiclePlate::parse(m_plate);
    if (!info) {
        errors.insert(QStringLiteral("plate"), info.error().message);
        return;
    }
    const auto colour = fd::VehiclePlate::colourFromString(m_plateColour);
    if (!colour) {
        errors.insert(QStringLiteral("plateColour"), tr("Choose the colour of plate %1.").arg(info->plate));
        return;
    }
    if (!fd::VehiclePlate::colourMatches(info.value(), *colour)) {
        QString message;
        switch (info->kind) {
        case fd::PlateKind::NewEnergySmall:
            message = tr("%1 is a new-energy plate, which is green.").arg(info->plate);
            break;
        case fd::PlateKind::NewEnergyLarge:
            message = tr("%1 is a new-energy plate for a large vehicle, which is yellow-green.").arg(info->plate);
            break;
        case fd::PlateKind::Ordinary:
            message = tr("%1 is not a new-energy plate: it is blue, yellow, white or black.").arg(info->plate);
            break;
        }
        errors.insert(QStringLiteral("plateColour"), message);
        return;
    }
    if (m_source && m_source->store()) {
        const auto [name, number] = firstCustomer(*m_source->store(),
                                                  QStringLiteral("SELECT c.name, c.customer_no FROM vehicles v JOIN customers c ON c.id = v.customer_id"
                                                                 " WHERE v.plate = ? AND v.plate_colour = ? LIMIT 1"),
                                                  {info->plate, m_plateColour});
        if (!name.isEmpty())
            errors.insert(QStringLiteral("plate"), tr("Vehicle %1 is already registered to %2 (%3).").arg(info->plate, name, number));
    }
}

bool CustomerForm::submit()
{
    setError({});
    if (!m_source || !m_source->store()) {
        setError(tr("The local store is not open; nothing was saved."));
        return false;
    }
    if (!m_session || !m_session->signedIn()) {
        setError(tr("Sign in to save a customer."));
        return false;
    }
    if (!validate())
        return false;

    fd::Store &store = *m_source->store();
    fd::CustomerRepository customers(store);
    const QString staffId = m_session->staffId();
    const bool withVehicle = !m_plate.trimmed().isEmpty();

    // The repositories' own transactions nest inside this one as savepoints: if the vehicle is
    // refused, rolling this back removes the customer too.
    fd::Transaction tx(store.db());
    auto created = customers.create(input(), staffId, storeToday(store));
    auto fail = [this](const fd::Error &e) {
        qCInfo(lcCustomerForm) << "new customer not saved:" << e.toString();
        if (!e.field.isEmpty()) {
            QVariantMap errors = fieldErrors();
            errors.insert(e.field, e.message);
            setFieldErrors(errors);
            setError(tr("Nothing was saved."));
        } else {
            setError(tr("Nothing was saved: %1").arg(e.message));
        }
        return false;
    };
    if (!created)
        return fail(created.error());
    if (withVehicle) {
        auto vehicle = customers.addVehicle(created->id, m_plate, m_plateColour, m_licenceNo, staffId);
        if (!vehicle)
            return fail(vehicle.error());
    }
    if (auto r = tx.commit(); !r)
        return fail(r.error());

    m_savedCustomerId = created->id;
    qCInfo(lcCustomerForm) << "customer" << created->customerNo << created->id << "created" << (withVehicle ? "with a vehicle" : "");
    // Lists, summaries and the outbox count reload.
    m_source->notifyChanged();
    Q_EMIT saved(m_savedCustomerId);
    return true;
}

void CustomerForm::clear()
{
    m_kind = QStringLiteral("individual");
    for (QString *s : {&m_name, &m_idNumber, &m_creditCode, &m_agentName, &m_agentIdNumber, &m_phone, &m_email, &m_address, &m_needs,
                       &m_plate, &m_plateColour, &m_licenceNo})
        s->clear();
    m_preferredChannel = QStringLiteral("phone");
    m_grade = QStringLiteral("C");
    m_keyAccount = false;
    Q_EMIT inputChanged();
    setFieldErrors({});
    setError({});
}

void CustomerForm::prefill(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return;
    if (fd::ResidentId::parse(t, QDate())) {
        setIdNumber(t);
    } else if (fd::MobilePhone::parse(t)) {
        setPhone(t);
    } else if (fd::VehiclePlate::parse(t)) {
        setPlate(t);
    } else if (fd::CreditCode::parse(t)) {
        setKind(QStringLiteral("corporate"));
        setCreditCode(t);
    } else if (!t.contains(QRegularExpression(QStringLiteral("\\d")))) {
        // Digits that are none of the above are a number's tail, not a name.
        setName(t);
    }
}
