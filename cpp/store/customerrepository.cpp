#include "customerrepository.h"

#include "searchindex.h"
#include "store.h"
#include "vehicleplate.h"

#include <QCoreApplication>

namespace fd {

namespace {
} // namespace

Result<CustomerRecord> CustomerRepository::create(CustomerInput input, const QString &staffId, QDate today)
{
    const QList<Error> problems = input.validate(today);
    if (!problems.isEmpty())
        return problems.front();
    const DeviceIdentity &me = m_store.identity();
    if (!me.isValid())
        return makeError("device_not_set_up", QCoreApplication::translate("CustomerRepository", "This device is not set up yet; enroll it first."));

    Transaction tx(m_store.db());
    auto seq = m_store.nextSequence(QStringLiteral("customer"));
    if (!seq)
        return seq.error();
    CustomerRecord rec;
    rec.id = m_store.newId();
    rec.customerNo = QStringLiteral("K%1%2%3").arg(me.outletCode, me.deviceCode).arg(seq.value(), 6, 10, QLatin1Char('0'));
    rec.kind = input.kind;
    rec.name = input.name;
    rec.idNumber = input.idNumber;
    rec.creditCode = input.creditCode;
    rec.phone = input.phone;
    rec.address = input.address;
    rec.grade = input.grade;
    rec.keyAccount = input.keyAccount;
    rec.preferredChannel = input.preferredChannel;
    rec.createdAt = m_store.nowMs();

    Change c;
    c.opKind = QStringLiteral("customer.create");
    c.entity = QStringLiteral("customer");
    c.entityId = rec.id;
    c.staffId = staffId;
    c.fields = {{QStringLiteral("customer_no"), rec.customerNo},
                {QStringLiteral("kind"), input.kind},
                {QStringLiteral("name"), input.name},
                {QStringLiteral("id_number"), input.kind == QLatin1String("individual") ? input.idNumber : QString()},
                {QStringLiteral("credit_code"), input.kind == QLatin1String("corporate") ? input.creditCode : QString()},
                {QStringLiteral("phone"), input.phone},
                {QStringLiteral("email"), input.email},
                {QStringLiteral("address"), input.address},
                {QStringLiteral("gender"), input.gender()},
                {QStringLiteral("birthday"), input.birthday()},
                {QStringLiteral("agent_name"), input.agentName},
                {QStringLiteral("agent_id_number"), input.agentIdNumber},
                {QStringLiteral("needs"), input.needs},
                {QStringLiteral("preferred_channel"), input.preferredChannel},
                {QStringLiteral("segment"), input.segment},
                {QStringLiteral("grade"), input.grade},
                {QStringLiteral("key_account"), input.keyAccount ? 1 : 0},
                {QStringLiteral("tracking_status"), QStringLiteral("new")},
                {QStringLiteral("outlet_id"), me.outletId.isEmpty() ? QVariant() : QVariant(me.outletId)}};
    if (auto r = m_store.write(c); !r)
        return r.error();
    if (auto r = SearchIndex(m_store.db()).indexCustomer(rec.id); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return rec;
}

Result<CustomerRecord> CustomerRepository::get(const QString &id)
{
    auto r = m_store.db().run(QStringLiteral("SELECT id, customer_no, kind, name, id_number, credit_code, phone, address, grade, key_account,"
                                             " preferred_channel, created_at FROM customers WHERE id = ?"),
                              {id});
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    if (!q.next())
        return makeError("not_found", QCoreApplication::translate("CustomerRepository", "No such customer."));
    CustomerRecord rec;
    rec.id = q.value(0).toString();
    rec.customerNo = q.value(1).toString();
    rec.kind = q.value(2).toString();
    rec.name = q.value(3).toString();
    rec.idNumber = q.value(4).toString();
    rec.creditCode = q.value(5).toString();
    rec.phone = q.value(6).toString();
    rec.address = q.value(7).toString();
    rec.grade = q.value(8).toString();
    rec.keyAccount = q.value(9).toInt() == 1;
    rec.preferredChannel = q.value(10).toString();
    rec.createdAt = q.value(11).toLongLong();
    return rec;
}

Result<QString> CustomerRepository::addVehicle(const QString &customerId, const QString &plate, const QString &colour,
                                               const QString &licenceNo, const QString &staffId)
{
    auto info = VehiclePlate::parse(plate);
    if (!info) {
        Error e = info.error();
        e.field = QStringLiteral("plate");
        return e;
    }
    const auto plateColour = VehiclePlate::colourFromString(colour);
    if (!plateColour)
        return makeError("invalid_colour", QCoreApplication::translate("CustomerRepository", "Choose the plate colour."), QStringLiteral("plateColour"));
    if (!VehiclePlate::colourMatches(info.value(), *plateColour))
        return makeError("colour_mismatch", QCoreApplication::translate("CustomerRepository", "Plate %1 cannot be %2.").arg(info->plate, colour), QStringLiteral("plateColour"));

    Transaction tx(m_store.db());
    Change c;
    c.opKind = QStringLiteral("vehicle.create");
    c.entity = QStringLiteral("vehicle");
    c.entityId = m_store.newId();
    c.staffId = staffId;
    c.fields = {{QStringLiteral("customer_id"), customerId},
                {QStringLiteral("plate"), info->plate},
                {QStringLiteral("plate_colour"), colour},
                {QStringLiteral("licence_no"), licenceNo.trimmed()}};
    if (auto r = m_store.write(c); !r) {
        if (r.error().code == QLatin1String("db_constraint"))
            return makeError("duplicate_plate", QCoreApplication::translate("CustomerRepository", "Vehicle %1 is already registered.").arg(info->plate), QStringLiteral("plate"));
        return r.error();
    }
    if (auto r = SearchIndex(m_store.db()).indexCustomer(customerId); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return c.entityId;
}

Result<QString> CustomerRepository::logContact(const QString &customerId, const QString &channel, const QString &content,
                                               const QString &staffId, const QString &refKind, const QString &refId)
{
    if (content.trimmed().isEmpty())
        return makeError("invalid_content", QCoreApplication::translate("CustomerRepository", "Write what was said."), QStringLiteral("content"));
    Transaction tx(m_store.db());
    Change c;
    c.opKind = QStringLiteral("contact.log");
    c.entity = QStringLiteral("contact");
    c.entityId = m_store.newId();
    c.staffId = staffId;
    c.fields = {{QStringLiteral("customer_id"), customerId},   {QStringLiteral("at"), m_store.nowMs()},
                {QStringLiteral("channel"), channel},          {QStringLiteral("content"), content.trimmed()},
                {QStringLiteral("staff_id"), staffId.isEmpty() ? QVariant() : QVariant(staffId)},
                {QStringLiteral("ref_kind"), refKind},         {QStringLiteral("ref_id"), refId}};
    if (auto r = m_store.write(c); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return c.entityId;
}

} // namespace fd
