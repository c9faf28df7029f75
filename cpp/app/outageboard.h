#pragma once

#include "outagerepository.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class DataSource;
class Session;

// moc needs the full types of the QObject pointers in properties.
Q_MOC_INCLUDE("datasource.h")
Q_MOC_INCLUDE("session.h")

/**
 * The counter's outage notices (OutageRepository): the ones in force, planned or ended recently,
 * each with its newest update, and publishing, updating and ending them. Everyone at the counter
 * sees them; only supervisors and admins change them. Times are typed as "yyyy-MM-dd HH:mm" (or
 * "MM-dd HH:mm" for this year), local time; an empty start is now, an empty end not known.
 */
class OutageBoard : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DataSource *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    /** "inForce", "planned" or "ended" (ended within the last week). */
    Q_PROPERTY(QString listing READ listing WRITE setListing NOTIFY listingChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool canManage READ canManage NOTIFY sessionChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)

public:
    enum Role {
        NoticeIdRole = Qt::UserRole + 1,
        KindRole,
        ScopeRole,
        TitleRole,
        DetailRole,
        StartsAtRole,
        ExpectedEndAtRole, ///< -1 if not known
        StateRole,
        LatestTextRole, ///< the newest update, empty if none
        LatestAtRole, ///< -1 if no update yet
        OutletOnlyRole,
    };
    Q_ENUM(Role)

    explicit OutageBoard(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] DataSource *source() const { return m_source; }
    void setSource(DataSource *source);
    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);
    [[nodiscard]] QString listing() const { return m_listing; }
    void setListing(const QString &listing);
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] bool canManage() const;
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] QString errorField() const { return m_errorField; }

    /** The row of @p noticeId, or -1. */
    Q_INVOKABLE int indexOf(const QString &noticeId) const;
    /** Every update of a notice, oldest first, as {at, text}. */
    Q_INVOKABLE QVariantList updates(const QString &noticeId);
    /** Publishes a notice; returns its id, or empty (and errorMessage set). */
    Q_INVOKABLE QString create(const QString &kind, const QString &scope, const QString &title, const QString &detail,
                               const QString &startsAt, const QString &expectedEndAt, bool outletOnly);
    Q_INVOKABLE bool update(const QString &noticeId, const QString &scope, const QString &detail, const QString &expectedEndAt);
    Q_INVOKABLE bool addUpdate(const QString &noticeId, const QString &text);
    Q_INVOKABLE bool end(const QString &noticeId, const QString &text);
    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void sourceChanged();
    void sessionChanged();
    void listingChanged();
    void countChanged();
    void errorChanged();

private:
    bool checkAllowed();
    /** Parses a typed time into @p ms (-1 for empty); false and an error on @p field otherwise. */
    bool parseTime(const QString &text, const QString &field, qint64 *ms);
    bool finish(const fd::Result<fd::OutageNotice> &result, const QString &what);
    void setError(const QString &message, const QString &field = {});

    QPointer<DataSource> m_source;
    QPointer<Session> m_session;
    QString m_listing = QStringLiteral("inForce");
    QList<fd::OutageNotice> m_rows;
    QString m_errorMessage;
    QString m_errorField;
};
