#pragma once

#include "complaintrepository.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QQmlParserStatus>
#include <QtQml/qqmlregistration.h>

class DataSource;

// moc needs the full types of the QObject pointers in properties.
Q_MOC_INCLUDE("datasource.h")

/**
 * The counter's open complaints (ComplaintRepository::openByDue): the one to answer soonest
 * first, those waiting for the complainant's verdict last. One page of 50 at a time
 * (canFetchMore/fetchMore); reloaded on every local write, the overdue flag re-evaluated on
 * every tick of the source's clock.
 *
 * Rows carry keys, not words (state, level, category): QML turns them into text, so a language
 * switch needs no reload.
 */
class ComplaintListModel : public QAbstractListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(DataSource *source READ source WRITE setSource NOTIFY sourceChanged)
    /** Rows loaded so far. */
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /** False while more rows can be fetched. */
    Q_PROPERTY(bool allLoaded READ allLoaded NOTIFY countChanged)
    /** Loaded rows whose handle-by deadline has passed. */
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Role {
        ComplaintIdRole = Qt::UserRole + 1,
        ComplaintNoRole,
        ComplainantNameRole,
        ChannelRole, ///< ComplaintWorkflow key: "counter", "kiosk", …
        CategoryRole, ///< "product_quality", "service", …
        LevelRole, ///< "complaint", "escalated", "appeal"
        StateRole, ///< "registered", "dispatched", …
        EmergencyRole,
        DepartmentRole,
        OwnerNameRole, ///< the first-contact owner's name; empty while nobody owns it (kiosk)
        DueAtRole, ///< ms since the epoch, or -1 while no deadline runs
        ReceivedAtRole,
        OverdueRole, ///< deadline passed at the source's "now"
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 50;

    explicit ComplaintListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void classBegin() override;
    void componentComplete() override;

    [[nodiscard]] DataSource *source() const { return m_source; }
    void setSource(DataSource *source);
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] bool allLoaded() const { return !canFetchMore({}); }
    [[nodiscard]] int overdueCount() const;
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

    /** Reads the list again, as many rows as were loaded (at least one page). */
    Q_INVOKABLE void reload();
    /** The row of @p complaintId among the loaded rows, or -1. */
    Q_INVOKABLE int indexOf(const QString &complaintId) const;

Q_SIGNALS:
    void sourceChanged();
    void countChanged();
    void errorMessageChanged();

private:
    [[nodiscard]] bool ready() const;
    [[nodiscard]] bool isOverdue(const fd::ComplaintRecord &c) const;
    QString ownerName(const QString &staffId);
    void onNow();
    void setError(const QString &message);

    QPointer<DataSource> m_source;
    QList<fd::ComplaintRecord> m_rows;
    QHash<QString, QString> m_staffNames;
    bool m_hasMore = false;
    bool m_complete = true;
    bool m_notifying = false; // between begin…/end… of a reset or an insertion
    bool m_fetchQueued = false;
    QString m_errorMessage;
};
