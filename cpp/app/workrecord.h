#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class DataSource;
class Session;

// moc needs the full types of the QObject pointers in properties.
Q_MOC_INCLUDE("datasource.h")
Q_MOC_INCLUDE("session.h")

/**
 * The crew's record of the work on one ticket, for the ticket screen: the fault record, parts
 * used, photos, the customer's signature and the finish checklist, editable by the ticket's crew
 * on its tablet once it has arrived; notes for anyone signed in, and chasing a late order (催办)
 * for the counter. Everything is written locally (FieldWorkRepository) and syncs later.
 */
class WorkRecord : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DataSource *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString ticketId READ ticketId WRITE setTicketId NOTIFY ticketIdChanged)
    /** "zh_CN" or "en": the language of the catalogue's and checklist's labels. */
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    /** The ticket's workflow state key. */
    Q_PROPERTY(QString state READ state NOTIFY changed)
    /** Whether the signed-in person may change the work record now (its crew, on site). */
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY changed)
    /** Whether there is anything recorded or to record: from arrival on. */
    Q_PROPERTY(bool relevant READ relevant NOTIFY changed)
    Q_PROPERTY(bool canNote READ canNote NOTIFY changed)
    Q_PROPERTY(bool canChase READ canChase NOTIFY changed)
    /** [{key, label, sub: [{key, label}]}] */
    Q_PROPERTY(QVariantList causes READ causes NOTIFY changed)
    /** The newest fault record, {} if none: causeCategory, causeSubcategory, causeLabel, ownership, genuine, workDone, at. */
    Q_PROPERTY(QVariantMap fault READ fault NOTIFY changed)
    /** [{code, name, quantity, at}] */
    Q_PROPERTY(QVariantList parts READ parts NOTIFY changed)
    /** [{url, fileName, at, available}]: available is false while the file is not on this device. */
    Q_PROPERTY(QVariantList photos READ photos NOTIFY changed)
    /** {url, at, available} of the newest signature, {} if none. */
    Q_PROPERTY(QVariantMap signature READ signature NOTIFY changed)
    /** [{key, label, done, confirmable}] */
    Q_PROPERTY(QVariantList checklist READ checklist NOTIFY changed)
    /** Labels of what the checklist still lacks. */
    Q_PROPERTY(QStringList missing READ missing NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    /** The field the error is about: cause_category, work_done, part_code, quantity, file, note, … */
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)

public:
    explicit WorkRecord(QObject *parent = nullptr);

    [[nodiscard]] DataSource *source() const { return m_source; }
    void setSource(DataSource *source);
    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);
    [[nodiscard]] QString ticketId() const { return m_ticketId; }
    void setTicketId(const QString &ticketId);
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);

    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] QString state() const { return m_state; }
    [[nodiscard]] bool canEdit() const;
    [[nodiscard]] bool relevant() const;
    [[nodiscard]] bool canNote() const;
    [[nodiscard]] bool canChase() const;
    [[nodiscard]] QVariantList causes() const { return m_causes; }
    [[nodiscard]] QVariantMap fault() const { return m_fault; }
    [[nodiscard]] QVariantList parts() const { return m_parts; }
    [[nodiscard]] QVariantList photos() const { return m_photos; }
    [[nodiscard]] QVariantMap signature() const { return m_signature; }
    [[nodiscard]] QVariantList checklist() const { return m_checklist; }
    [[nodiscard]] QStringList missing() const { return m_missing; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] QString errorField() const { return m_errorField; }

    Q_INVOKABLE bool saveFault(const QString &category, const QString &subcategory, const QString &ownership, bool genuine,
                               const QString &workDone);
    Q_INVOKABLE bool addPart(const QString &code, const QString &name, int quantity);
    Q_INVOKABLE bool confirm(const QString &itemKey);
    /** Attaches the image file at @p fileUrl (from the file picker) as a photo. */
    Q_INVOKABLE bool addPhoto(const QUrl &fileUrl);
    /** Attaches the customer's signature, drawn on screen: @p dataUrl is "data:image/png;base64,…". */
    Q_INVOKABLE bool saveSignature(const QString &dataUrl);
    Q_INVOKABLE bool addNote(const QString &text);
    Q_INVOKABLE bool chase(const QString &reason);
    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void sourceChanged();
    void sessionChanged();
    void ticketIdChanged();
    void languageChanged();
    void changed();
    void errorChanged();

private:
    bool ready(bool needEdit);
    /** Shows @p error (if any), tells everyone showing data to reload, and says whether it worked. */
    template<typename R>
    bool finish(const R &result);
    void setError(const QString &message, const QString &field = {});

    QPointer<DataSource> m_source;
    QPointer<Session> m_session;
    QString m_ticketId;
    QString m_language = QStringLiteral("zh_CN");
    bool m_loaded = false;
    QString m_state;
    QString m_crewId;
    QVariantList m_causes;
    QVariantMap m_fault;
    QVariantList m_parts;
    QVariantList m_photos;
    QVariantMap m_signature;
    QVariantList m_checklist;
    QStringList m_missing;
    QString m_errorMessage;
    QString m_errorField;
    QSet<QString> m_awaited; // files asked for from the server, shown once they arrive
};
