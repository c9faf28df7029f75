#pragma once

#include "customerinput.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace fd {

class Store;

struct CustomerRecord
{
    QString id;
    QString customerNo;
    QString kind;
    QString name;
    QString idNumber;
    QString creditCode;
    QString phone;
    QString address;
    QString grade;
    bool keyAccount = false;
    QString preferredChannel;
    qint64 createdAt = 0;
};

/** Customer records, their vehicles and contact log. Every write also refreshes the search index. */
class CustomerRepository
{
public:
    explicit CustomerRepository(Store &store) : m_store(store) {}

    /** Validates @p input (all problems at once, via the returned Error of the first) and creates the record. */
    Result<CustomerRecord> create(CustomerInput input, const QString &staffId, QDate today = QDate::currentDate());
    Result<CustomerRecord> get(const QString &id);
    /** Adds a vehicle; the plate is validated and must match its colour. */
    Result<QString> addVehicle(const QString &customerId, const QString &plate, const QString &colour, const QString &licenceNo,
                               const QString &staffId);
    /** One entry of the contact log (append-only). */
    Result<QString> logContact(const QString &customerId, const QString &channel, const QString &content, const QString &staffId,
                               const QString &refKind = {}, const QString &refId = {});

private:
    Store &m_store;
};

} // namespace fd
