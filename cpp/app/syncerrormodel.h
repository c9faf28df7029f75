#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class DataSource;

Q_MOC_INCLUDE("datasource.h")

/**
 * The sync-errors list: local changes the server refused for good, one row per local transaction
 * (a ticket and its timeline event were refused together and are retried or discarded together),
 * oldest first, with the server's reason. Retry puts them back in the queue; discard gives them
 * up for good — the screen asks first.
 */
class SyncErrorModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DataSource *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    static constexpr int kLimit = 500;

    enum Role {
        OpIdRole = Qt::UserRole + 1,
        KindRole,       ///< the first op's kind, e.g. "ticket.create"
        EntityRole,     ///< its record kind, e.g. "ticket"
        EntityIdRole,
        CodeRole,       ///< the server's machine code, e.g. "forbidden"
        MessageRole,    ///< the server's words
        CreatedAtRole,  ///< when the change was made, ms
        ChangeCountRole ///< ops in the transaction
    };
    Q_ENUM(Role)

    explicit SyncErrorModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] DataSource *source() const { return m_source; }
    void setSource(DataSource *source);
    [[nodiscard]] int count() const { return int(m_rows.size()); }

    Q_INVOKABLE void reload();
    /** Back in the queue for the next sync. Returns an error message, or "" when done. */
    Q_INVOKABLE QString retry(int row);
    /** Gone for good. Returns an error message, or "" when done. */
    Q_INVOKABLE QString discard(int row);

Q_SIGNALS:
    void sourceChanged();
    void countChanged();

private:
    struct Row
    {
        QString opId;
        QString kind;
        QString entity;
        QString entityId;
        QString code;
        QString message;
        qint64 createdAt = 0;
        int changes = 0;
    };

    QPointer<DataSource> m_source;
    QList<Row> m_rows;
};
