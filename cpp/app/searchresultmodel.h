#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class DataSource;

// moc needs the full types of the QObject pointers in properties.
Q_MOC_INCLUDE("datasource.h")

/**
 * What the counter's one search field finds: customers first, then tickets (SearchIndex) — the
 * tickets matching the text and the found customers' own tickets. Rows carry a `kind`
 * ("customer" or "ticket") for the view's sections. Phone and ID numbers are
 * masked here, in C++, so the full numbers never reach the list.
 */
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DataSource *source READ source WRITE setSource NOTIFY sourceChanged)
    /** What the user typed; searching starts as it changes. */
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    /** At most this many hits of each kind. */
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
    Q_PROPERTY(int count READ count NOTIFY resultsChanged)
    Q_PROPERTY(int customerCount READ customerCount NOTIFY resultsChanged)
    Q_PROPERTY(int ticketCount READ ticketCount NOTIFY resultsChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY resultsChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< "customer" or "ticket"
        ItemIdRole,
        TitleRole, ///< customer name, or ticket title
        NumberRole, ///< customer number, or ticket number
        MaskedPhoneRole, ///< customers: 138****8000
        MaskedIdRole, ///< customers: resident ID masked, or the credit code of a company
        StateRole, ///< tickets: TicketWorkflow key
        AddressRole, ///< tickets: where the fault is
    };
    Q_ENUM(Role)

    struct Row
    {
        QString kind;
        QString id;
        QString title;
        QString number;
        QString maskedPhone;
        QString maskedId;
        QString state;
        QString address;
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] DataSource *source() const { return m_source; }
    void setSource(DataSource *source);
    [[nodiscard]] QString query() const { return m_query; }
    void setQuery(const QString &query);
    [[nodiscard]] int limit() const { return m_limit; }
    void setLimit(int limit);
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] int customerCount() const { return m_customerCount; }
    [[nodiscard]] int ticketCount() const { return int(m_rows.size()) - m_customerCount; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

    Q_INVOKABLE void search();

Q_SIGNALS:
    void sourceChanged();
    void queryChanged();
    void limitChanged();
    void resultsChanged();

private:
    QPointer<DataSource> m_source;
    QString m_query;
    int m_limit = 20;
    QList<Row> m_rows;
    int m_customerCount = 0;
    QString m_errorMessage;
};
