#pragma once

#include "ticketrepository.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class DataSource;

// moc needs the full types of the QObject pointers in properties.
Q_MOC_INCLUDE("datasource.h")

/** A ticket's timeline (TicketRepository::timeline), oldest first, with the staff member's name. */
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DataSource *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(QString ticketId READ ticketId WRITE setTicketId NOTIFY ticketIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY countChanged)

public:
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        KindRole, ///< transition, note, chase, alert
        EventRole, ///< "report", "accept", … for transitions
        FromStateRole,
        ToStateRole,
        AtRole, ///< ms since the epoch
        StaffNameRole,
        NoteRole,
    };
    Q_ENUM(Role)

    explicit TimelineModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] DataSource *source() const { return m_source; }
    void setSource(DataSource *source);
    [[nodiscard]] QString ticketId() const { return m_ticketId; }
    void setTicketId(const QString &ticketId);
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void sourceChanged();
    void ticketIdChanged();
    void countChanged();

private:
    QString staffName(const QString &staffId);

    QPointer<DataSource> m_source;
    QString m_ticketId;
    QList<fd::TicketEventRow> m_rows;
    QHash<QString, QString> m_staffNames;
    QString m_errorMessage;
};
