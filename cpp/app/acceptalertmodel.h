#pragma once

#include "dispatchrepository.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

/**
 * Orders not accepted in time that are still not accepted (DispatchRepository::openAlerts): the
 * alert strip of the dispatch board. Filled by DispatchBoard; QML counts the minutes waited from
 * handedOverAt and the store clock's now.
 */
class AcceptAlertModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The alert list belongs to a DispatchBoard.")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        TicketIdRole,
        TicketNoRole,
        TitleRole,
        CrewNameRole,
        StateRole, ///< "dispatched" or "delivered"
        HandedOverAtRole, ///< when it was dispatched, ms since the epoch
        RaisedAtRole,
        NoteRole, ///< the alert's timeline note: the limit and who it was escalated to
    };
    Q_ENUM(Role)

    explicit AcceptAlertModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_rows.size()); }
    /** Replaces the rows; alerts that were only settled are removed, not reset. */
    void setRows(QList<fd::AcceptAlert> rows);

Q_SIGNALS:
    void countChanged();

private:
    QList<fd::AcceptAlert> m_rows;
};
