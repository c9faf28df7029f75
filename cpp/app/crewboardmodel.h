#pragma once

#include "dispatchrepository.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

/**
 * The outlet's crews on the dispatch board (DispatchRepository::crews): status, members, open
 * load and whether the vehicle is out. Filled by DispatchBoard.
 */
class CrewBoardModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The crew list belongs to a DispatchBoard.")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        CrewIdRole = Qt::UserRole + 1,
        NameRole,
        StatusRole, ///< standby, busy, away, off
        StatusNoteRole,
        AwayUntilRole, ///< ms since the epoch, -1 unless away
        VehiclePlateRole,
        MembersRole, ///< QStringList of names
        OpenLoadRole, ///< tickets dispatched … arrived
        VehicleBusyRole, ///< a ticket under way or on site
    };
    Q_ENUM(Role)

    explicit CrewBoardModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_rows.size()); }
    /** Replaces the rows; the same crews in the same order are updated in place. */
    void setRows(QList<fd::CrewBoardEntry> rows);
    /** The row of @p crewId, or -1. */
    Q_INVOKABLE int indexOf(const QString &crewId) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<fd::CrewBoardEntry> m_rows;
};
