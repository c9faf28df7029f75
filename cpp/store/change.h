#pragma once

#include <QString>
#include <QVariantMap>

namespace fd {

/**
 * One local change to synced data: the row it writes and the op that will carry it to the
 * server. Store::write() turns it into the entity row and its outbox row in one transaction.
 */
struct Change
{
    enum class Mode { Insert, Update };
    Mode mode = Mode::Insert;
    /** What the user did, e.g. "ticket.create", "ticket.accept", "customer.update". */
    QString opKind;
    /** EntityCatalog name, e.g. "ticket". */
    QString entity;
    QString entityId;
    /** Column → value; only columns the catalog knows. Money as qint64 fen. */
    QVariantMap fields;
    /** The signed-in staff member who made the change (empty for kiosk customers). */
    QString staffId;
};

} // namespace fd
