#pragma once

#include "closeoutrepository.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class DataSource;
class Session;

// moc needs the full types of the QObject pointers in properties.
Q_MOC_INCLUDE("datasource.h")
Q_MOC_INCLUDE("session.h")

/**
 * The counter's close-out queue (CloseOutRepository): finished tickets waiting for their callback,
 * the one to call first on top, and recording what the customer said. Up to 200 rows; the queue
 * of one outlet is short because every ticket leaves it at its callback.
 */
class CloseOutBoard : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DataSource *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /** All finished tickets waiting, which may be more than the rows listed. */
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    /** Whether the signed-in person may record callbacks (counter, supervisor or admin, at a counter). */
    Q_PROPERTY(bool canRecord READ canRecord NOTIFY sessionChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)

public:
    enum Role {
        TicketIdRole = Qt::UserRole + 1,
        TicketNoRole,
        TitleRole,
        ContactNameRole,
        ContactPhoneRole, ///< the full number: the person at the counter has to dial it
        FinishedAtRole,
        CallbackDueAtRole,
        AttemptsRole, ///< unanswered calls so far
        NextAttemptAtRole, ///< -1 before the first unanswered call
    };
    Q_ENUM(Role)

    static constexpr int kMaxRows = 200;

    explicit CloseOutBoard(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] DataSource *source() const { return m_source; }
    void setSource(DataSource *source);
    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] int totalCount() const { return m_total; }
    [[nodiscard]] bool canRecord() const;
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] QString errorField() const { return m_errorField; }

    /** The row of @p ticketId, or -1. */
    Q_INVOKABLE int indexOf(const QString &ticketId) const;
    /**
     * Records the callback of a finished ticket. @p reached false: no answer, try again later.
     * Otherwise @p verdict "satisfied" closes the ticket and "unsatisfied" reopens it (then
     * @p suggestions, what is still wrong, is required).
     */
    Q_INVOKABLE bool record(const QString &ticketId, bool reached, const QString &method, int satisfaction, const QString &verdict,
                            const QString &suggestions);
    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void sourceChanged();
    void sessionChanged();
    void countChanged();
    void errorChanged();

private:
    void setError(const QString &message, const QString &field = {});

    QPointer<DataSource> m_source;
    QPointer<Session> m_session;
    QList<fd::CloseOutItem> m_rows;
    int m_total = 0;
    QString m_errorMessage;
    QString m_errorField;
};
