#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class DataSource;

// moc needs the full types of the QObject pointers in properties.
Q_MOC_INCLUDE("datasource.h")

/**
 * Outage notices in force (state "active") for this device's outlet or for everyone, newest
 * first — what a kiosk shows customers before they queue for a service that is down.
 */
class OutageNoticeModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DataSource *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        NoticeIdRole = Qt::UserRole + 1,
        KindRole, ///< power, service, system, road
        ScopeRole,
        TitleRole,
        DetailRole,
        StartsAtRole,
        ExpectedEndAtRole, ///< ms since the epoch, or -1 if not known
    };
    Q_ENUM(Role)

    struct Notice
    {
        QString id;
        QString kind;
        QString scope;
        QString title;
        QString detail;
        qint64 startsAt = 0;
        qint64 expectedEndAt = -1;
    };

    explicit OutageNoticeModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] DataSource *source() const { return m_source; }
    void setSource(DataSource *source);
    [[nodiscard]] int count() const { return int(m_rows.size()); }

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void sourceChanged();
    void countChanged();

private:
    QPointer<DataSource> m_source;
    QList<Notice> m_rows;
};
