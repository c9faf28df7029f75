#pragma once

#include "formcontroller.h"

#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class DataSource;
class Session;
class SyncStatus;

// moc needs the full types of the QObject pointers in properties.
Q_MOC_INCLUDE("datasource.h")
Q_MOC_INCLUDE("session.h")
Q_MOC_INCLUDE("syncstatus.h")

namespace fd {
struct LossReport;
}

/**
 * The counter's loss report (挂失, DOMAIN.md §1): the card number, the holder, who to call back and
 * whether the customer is at the counter or on the phone, recorded by StatusListRepository for
 * the signed-in clerk. A report is intent, taken offline as well: it is sent before anything
 * else, and the card is frozen only once the server has listed it, which the customer must be
 * told. Every bad field gets its own message at once and nothing is written while any is wrong.
 *
 * Beside the form: the device's newest reports with what became of each (reported, not yet
 * frozen / frozen on list version N / already on the list / refused and why), and the device's
 * copy of the status list (version, cards and OBUs on it, how old it is). Both reload on every
 * local change and after a sync brought something.
 */
class LossReportDesk : public FormController
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DataSource *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    /** Optional: a change the server refused (a failed op) shows at once, not at the next local write. */
    Q_PROPERTY(SyncStatus *sync READ sync WRITE setSync NOTIFY syncChanged)
    /** "zh_CN" or "en": the texts made here (states, the list's age) follow it. */
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

    Q_PROPERTY(QString cardNo READ cardNo WRITE setCardNo NOTIFY inputChanged)
    Q_PROPERTY(QString holderIdNumber READ holderIdNumber WRITE setHolderIdNumber NOTIFY inputChanged)
    Q_PROPERTY(QString holderName READ holderName WRITE setHolderName NOTIFY inputChanged)
    Q_PROPERTY(QString reporterPhone READ reporterPhone WRITE setReporterPhone NOTIFY inputChanged)
    /** A key of channels(): "counter" (the holder is here) or "phone". */
    Q_PROPERTY(QString channel READ channel WRITE setChannel NOTIFY inputChanged)
    Q_PROPERTY(QStringList channels READ channels CONSTANT)
    Q_PROPERTY(int maxNameLength READ maxNameLength CONSTANT)

    /** What the last successful submit() did, for the customer to hear; empty otherwise. */
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString savedReportId READ savedReportId NOTIFY messageChanged)

    /**
     * The newest reports, newest first: {id, cardNo, maskedCardNo, holderName, reportedAt,
     * channel, state (pending, frozen, already_listed, refused), stateText, detail, tone,
     * listVersion}.
     */
    Q_PROPERTY(QVariantList reports READ reports NOTIFY reportsChanged)
    Q_PROPERTY(int reportCount READ reportCount NOTIFY reportsChanged)
    /** Reports of the list the server has not confirmed yet: the cards still usable. */
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY reportsChanged)

    /** The newest status-list version on this device; 0 before any arrived. */
    Q_PROPERTY(double listVersion READ listVersion NOTIFY statusListChanged)
    /** Cards and OBUs on the list now. */
    Q_PROPERTY(double listedCount READ listedCount NOTIFY statusListChanged)
    /** When the device last read the server's changes to the end; 0: never. */
    Q_PROPERTY(double listCurrentAt READ listCurrentAt NOTIFY statusListChanged)
    /** "Current as of 3 min ago", "Never received from the server". */
    Q_PROPERTY(QString listAgeText READ listAgeText NOTIFY statusListChanged)
    /** Never current, or not for more than kStaleMs: a card found clean on it may be listed by now. */
    Q_PROPERTY(bool listStale READ listStale NOTIFY statusListChanged)

public:
    static constexpr int kMaxRows = 50;
    /** After this long without reading the feed to its end, the list counts as out of date. */
    static constexpr qint64 kStaleMs = 60 * 60 * 1000;

    explicit LossReportDesk(QObject *parent = nullptr);
    ~LossReportDesk() override;

    /** How a report reaches the counter: the holder at the counter, or on the phone. */
    [[nodiscard]] static QStringList channels();
    [[nodiscard]] static int maxNameLength();

    [[nodiscard]] DataSource *source() const { return m_source; }
    void setSource(DataSource *source);
    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);
    [[nodiscard]] SyncStatus *sync() const { return m_sync; }
    void setSync(SyncStatus *sync);
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);

    [[nodiscard]] QString cardNo() const { return m_cardNo; }
    void setCardNo(const QString &v) { update(m_cardNo, v, "cardNo"); }
    [[nodiscard]] QString holderIdNumber() const { return m_holderIdNumber; }
    void setHolderIdNumber(const QString &v) { update(m_holderIdNumber, v, "holderIdNumber"); }
    [[nodiscard]] QString holderName() const { return m_holderName; }
    void setHolderName(const QString &v) { update(m_holderName, v, "holderName"); }
    [[nodiscard]] QString reporterPhone() const { return m_reporterPhone; }
    void setReporterPhone(const QString &v) { update(m_reporterPhone, v, "reporterPhone"); }
    [[nodiscard]] QString channel() const { return m_channel; }
    void setChannel(const QString &v);

    [[nodiscard]] QString message() const;
    [[nodiscard]] QString savedReportId() const { return m_savedId; }
    [[nodiscard]] QVariantList reports() const { return m_reports; }
    [[nodiscard]] int reportCount() const { return int(m_reports.size()); }
    [[nodiscard]] int pendingCount() const { return m_pendingCount; }
    [[nodiscard]] double listVersion() const { return double(m_listVersion); }
    [[nodiscard]] double listedCount() const { return double(m_listed); }
    [[nodiscard]] double listCurrentAt() const { return double(m_currentAt); }
    [[nodiscard]] QString listAgeText() const;
    [[nodiscard]] bool listStale() const;

    /** Checks every field; true if all are fine. Writes nothing. */
    Q_INVOKABLE bool validate();
    /**
     * Validates and records the report with its outbox op; on success the form is empty again and
     * message() says what the customer must hear. Otherwise the messages say why, the input stays.
     */
    Q_INVOKABLE bool submit();
    /** Empties the form and its messages (the customer has gone). */
    Q_INVOKABLE void clear();
    /** Reads the reports and the status list again. */
    Q_INVOKABLE void reload();

    /** What a report's state is called: "Reported, not yet frozen", "Frozen — on status list version 7", … */
    [[nodiscard]] static QString stateText(const fd::LossReport &report);
    /** Why the server refused a report, in the UI's words for the codes it knows, else its own. */
    [[nodiscard]] static QString refusalText(const QString &code, const QString &serverMessage);
    /** "Current as of 3 min ago" for a list read to the end at @p currentAtMs (0: never), at @p nowMs. */
    [[nodiscard]] static QString ageText(qint64 currentAtMs, qint64 nowMs);

Q_SIGNALS:
    void sourceChanged();
    void sessionChanged();
    void syncChanged();
    void languageChanged();
    void messageChanged();
    void reportsChanged();
    void statusListChanged();
    void saved(const QString &reportId);

private:
    void setMessage(const QString &message, const QString &savedId = {});
    /** The form field an error of the repository is about, by its field or its code. */
    static QString formField(const QString &repositoryField, const QString &code);
    void onSyncChanged();

    QPointer<DataSource> m_source;
    QPointer<Session> m_session;
    QPointer<SyncStatus> m_sync;
    QString m_language;
    QString m_cardNo;
    QString m_holderIdNumber;
    QString m_holderName;
    QString m_reporterPhone;
    QString m_channel = QStringLiteral("counter");
    QString m_messageKind; ///< "saved" after a successful submit(); the text follows the language
    qint64 m_savedListVersion = 0; ///< the list already carried the saved report's card
    QString m_savedId;
    QVariantList m_reports;
    int m_pendingCount = 0;
    qint64 m_listVersion = 0;
    qint64 m_listed = 0;
    qint64 m_currentAt = 0;
    int m_failedSeen = -1; ///< the sync bar's refused count at the last reload
};
