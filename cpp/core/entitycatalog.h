#pragma once

#include <QList>
#include <QString>

namespace fd {

/** One column of a synced entity as the device and the server both know it. */
struct FieldDef
{
    enum Type { Text, Int, Money, TimeMs, Json };
    QString name;
    Type type = Text;
    /** Must be given when the row is created (NOT NULL without a default in the schema). */
    bool required = false;
};

/**
 * A kind of record that syncs: its wire name, its table, its fields. Bookkeeping columns (id,
 * created_at, updated_at, hlc) are not fields; the store sets them. Append-only entities
 * (timeline events, ledger, contact log, audit, …) are only ever inserted.
 */
struct EntityDef
{
    QString name;
    QString table;
    bool appendOnly = false;
    QList<FieldDef> fields;

    [[nodiscard]] const FieldDef *field(const QString &fieldName) const;
};

/** Every synced entity kind. Column names used in SQL come only from here, never from input. */
class EntityCatalog
{
public:
    [[nodiscard]] static const QList<EntityDef> &all();
    /** nullptr for an unknown name. */
    [[nodiscard]] static const EntityDef *byName(const QString &name);
};

} // namespace fd
