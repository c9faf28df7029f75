#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class DataSource;

Q_MOC_INCLUDE("datasource.h")

/**
 * The conflicts list: "your change to X was overwritten by Y at T", open ones first. The person
 * keeps the other value or applies theirs again (a new change that syncs like any edit).
 */
class ConflictModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DataSource *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY countChanged)

public:
    static constexpr int kLimit = 200;

    enum Role {
        ConflictIdRole = Qt::UserRole + 1,
        EntityRole,     ///< "ticket", "customer", …
        RecordLabelRole,///< what people call the record: ticket number, customer name, plate
        FieldRole,      ///< column name, e.g. "address"
        MineRole,       ///< our value, as text ("" for none)
        TheirsRole,     ///< the value that stands, as text
        TheirStaffRole, ///< who made it, by name when this device knows them
        AtRole,         ///< when the conflict was noticed, ms
        ResolvedRole,
        ResolutionRole  ///< "", kept_theirs, reapplied_mine
    };
    Q_ENUM(Role)

    explicit ConflictModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] DataSource *source() const { return m_source; }
    void setSource(DataSource *source);
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] int openCount() const;

    Q_INVOKABLE void reload();
    /** Returns an error message, or "" when done. */
    Q_INVOKABLE QString keepTheirs(int row, const QString &staffId);
    /** Returns an error message, or "" when done. */
    Q_INVOKABLE QString reapplyMine(int row, const QString &staffId);

Q_SIGNALS:
    void sourceChanged();
    void countChanged();

private:
    struct Row
    {
        QString id;
        QString entity;
        QString recordLabel;
        QString field;
        QString mine;
        QString theirs;
        QString theirStaff;
        qint64 at = 0;
        QString resolution;
    };

    QPointer<DataSource> m_source;
    QList<Row> m_rows;
};
