#pragma once

#include "ticketrepository.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlParserStatus>
#include <QtQml/qqmlregistration.h>

class DataSource;

// moc needs the full types of the QObject pointers in properties.
Q_MOC_INCLUDE("datasource.h")

/**
 * Open tickets, one page of 50 at a time (canFetchMore/fetchMore), for one of two lists:
 * a crew's work queue (TicketRepository::forCrew, the one due soonest first) or the
 * supervisor's "overdue now" list (TicketRepository::overdue, most overdue first).
 *
 * Only the most recently used kPagesHeld pages keep their rows; every other page keeps an
 * anchor (the row before it, or its offset) and is read again when one of its rows is asked for.
 *
 * Rows carry data, not words: QML turns state keys, priorities and due times into text, so a
 * language switch retranslates the list without a reload.
 */
class TicketListModel : public QAbstractListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(DataSource *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(Scope scope READ scope WRITE setScope NOTIFY scopeChanged)
    /** The crew whose queue to list (scope Crew). */
    Q_PROPERTY(QString crewId READ crewId WRITE setCrewId NOTIFY crewIdChanged)
    /** Rows loaded so far. */
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /** All rows the list has (scope Crew), or -1 when unknown (scope Overdue). */
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    /** False while more rows can be fetched. */
    Q_PROPERTY(bool allLoaded READ allLoaded NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Scope { Crew, Overdue };
    Q_ENUM(Scope)

    enum Role {
        TicketIdRole = Qt::UserRole + 1,
        TicketNoRole,
        TitleRole,
        AddressRole,
        CustomerNameRole,
        CrewIdRole,
        StateRole, ///< TicketWorkflow key: "delivered", "accepted", …
        PriorityRole, ///< 1 (most urgent) … 5
        StateAtRole,
        DueAtRole, ///< ms since the epoch, or -1 if no step timer runs
        ReportedAtRole,
        OverdueRole, ///< due time passed at the source's "now"
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 50;
    /** Pages whose rows stay in memory; the least recently used one is dropped past this. */
    static constexpr int kPagesHeld = 8;

    explicit TicketListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void classBegin() override;
    void componentComplete() override;

    [[nodiscard]] DataSource *source() const { return m_source; }
    void setSource(DataSource *source);
    [[nodiscard]] Scope scope() const { return m_scope; }
    void setScope(Scope scope);
    [[nodiscard]] QString crewId() const { return m_crewId; }
    void setCrewId(const QString &crewId);
    [[nodiscard]] int count() const { return m_rowCount; }
    /** Rows kept in memory now (at most kPagesHeld × kPageSize). */
    [[nodiscard]] int rowsHeld() const;
    [[nodiscard]] int totalCount() const { return m_total; }
    [[nodiscard]] bool allLoaded() const { return !canFetchMore({}); }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

    /** Drops what is loaded and reads the first page again. */
    Q_INVOKABLE void reload();
    /** Re-reads the rows already loaded, keeping the view's place when the same tickets are still there. */
    Q_INVOKABLE void refresh();
    /** The row of @p ticketId among the loaded rows, or -1. */
    Q_INVOKABLE int indexOf(const QString &ticketId) const;

Q_SIGNALS:
    void sourceChanged();
    void scopeChanged();
    void crewIdChanged();
    void countChanged();
    void errorMessageChanged();

private:
    [[nodiscard]] bool ready() const;
    struct Page
    {
        QList<fd::TicketSummary> rows; // empty while the page is not held
        int size = 0; // rows the page has in the list
        qint64 afterDueAt = -1; // the row before the page (scope Overdue, pages after the first)
        qint64 afterLocalNo = 0;
        quint64 used = 0;
        bool held = false;
    };
    fd::Result<QList<fd::TicketSummary>> fetchPage(int limit, int offset);
    fd::Result<QList<fd::TicketSummary>> readPage(int page) const;
    const fd::TicketSummary *rowAt(int row) const;
    void setPages(const QList<fd::TicketSummary> &rows);
    void appendPage(QList<fd::TicketSummary> rows, const fd::TicketSummary *before);
    void touch(int page) const;
    void evict() const;
    [[nodiscard]] bool allHeld() const;
    void updateTotal();
    void setError(const QString &message);
    void onNow();
    void beginReset();
    void endReset();

    QPointer<DataSource> m_source;
    Scope m_scope = Crew;
    QString m_crewId;
    mutable QList<Page> m_pages;
    int m_rowCount = 0;
    mutable quint64 m_useClock = 0;
    fd::TicketSummary m_last; // the last row of the list (scope Overdue's next page follows it)
    int m_total = 0;
    bool m_hasMore = false;
    bool m_complete = true;
    bool m_notifying = false; // between begin…/end… of a reset or an insertion
    bool m_fetchQueued = false;
    QString m_errorMessage;
};
