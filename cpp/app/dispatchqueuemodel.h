#pragma once

#include "dispatchrepository.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

/**
 * The dispatch queue (DispatchRepository::queue): tickets waiting for a crew, most urgent first,
 * with the reason of the last return. Filled by DispatchBoard; rows carry data, QML makes the words.
 */
class DispatchQueueModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The dispatch queue belongs to a DispatchBoard.")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        TicketIdRole = Qt::UserRole + 1,
        TicketNoRole,
        TitleRole,
        AddressRole,
        CustomerNameRole,
        StateRole, ///< TicketWorkflow key: "reported", "returned", …
        PriorityRole, ///< 1 (most urgent) … 5
        StateAtRole,
        DueAtRole, ///< ms since the epoch, or -1 if no step timer runs
        ReportedAtRole,
        ReturnReasonRole, ///< returned tickets: why
        ReturnedByRole, ///< returned tickets: who sent it back
        ReturnedAtRole, ///< -1 unless returned
    };
    Q_ENUM(Role)

    explicit DispatchQueueModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_rows.size()); }
    /** Replaces the rows; rows that only went away are removed, not reset, so views keep their place. */
    void setRows(QList<fd::DispatchQueueEntry> rows);
    /** The row of @p ticketId, or -1. */
    Q_INVOKABLE int indexOf(const QString &ticketId) const;
    [[nodiscard]] const fd::DispatchQueueEntry *find(const QString &ticketId) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<fd::DispatchQueueEntry> m_rows;
};
