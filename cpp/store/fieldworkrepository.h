#pragma once

#include "faultcatalogue.h"
#include "finishchecklist.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace fd {

class Store;

struct FaultInput
{
    QString causeCategory;
    QString causeSubcategory;
    QString ownership; // customer, company, third_party, unknown
    bool genuine = true; // 属实: the fault the customer reported is real
    QString workDone;
};

struct FaultRecordRow
{
    QString id;
    QString causeCategory;
    QString causeSubcategory;
    QString ownership;
    bool genuine = true;
    QString workDone;
    QString recordedBy;
    qint64 at = 0;
};

struct PartRow
{
    QString id;
    QString code;
    QString name;
    int quantity = 0;
    qint64 at = 0;
};

struct AttachmentRow
{
    QString id;
    QString kind; // photo, signature
    QString sha256;
    QString mime;
    qint64 sizeBytes = 0;
    QString fileName;
    QString localPath; // empty when the file is not on this device (yet)
    qint64 at = 0;
};

/** An attachment file this device still has to send to the server. */
struct PendingUpload
{
    QString sha256;
    qint64 sizeBytes = 0;
    QString localPath;
};

/** Everything a crew recorded on one ticket. The newest fault record is the one that counts. */
struct WorkRecordData
{
    std::optional<FaultRecordRow> fault;
    QList<PartRow> parts;
    QList<AttachmentRow> attachments;
    QStringList confirmed; // checklist item keys confirmed during this visit
    /** When the crew's current visit began (its last arrival); only records since then count for the checklist. */
    qint64 visitStartedAt = 0;
    WorkFacts facts;
};

/**
 * The crew's record of the work on a ticket: fault record, parts used, photos, the customer's
 * signature, notes, checklist confirmations, and the counter's chasing of late orders (催办).
 * Each is an append-only row with its outbox op, written in one transaction; corrections are new
 * rows. Files (photos, signatures) are kept under `<data>/attachments/` named by SHA-256, written
 * atomically, and synced as attachment records. Everything here works offline.
 */
class FieldWorkRepository
{
public:
    /** Largest attachment accepted: the server's limit per file. */
    static constexpr qint64 kMaxAttachmentBytes = 64LL * 1024 * 1024;

    explicit FieldWorkRepository(Store &store) : m_store(store) {}

    /** The catalogue of fault causes: the outlet's own (setting "fault.catalogue") or the built-in one. */
    Result<FaultCatalogue> catalogue();
    /** The finish checklist: the outlet's own (setting "checklist.finish") or the built-in one. */
    Result<FinishChecklist> checklist();

    Result<FaultRecordRow> recordFault(const QString &ticketId, const FaultInput &input, const QString &staffId);
    Result<PartRow> addPart(const QString &ticketId, const QString &code, const QString &name, int quantity, const QString &staffId);
    /** Confirms a checklist item by hand; confirming it again during the same visit changes nothing. */
    Result<void> confirm(const QString &ticketId, const QString &itemKey, const QString &staffId);
    /**
     * Attaches a photo or the customer's signature. @p bytes is the file content; photos must
     * be JPEG, PNG or WebP, signatures PNG.
     */
    Result<AttachmentRow> attach(const QString &ticketId, const QString &kind, const QByteArray &bytes, const QString &fileName,
                                 const QString &staffId);
    /** A note on the timeline, by anyone, while the ticket is not closed or cancelled. */
    Result<void> addNote(const QString &ticketId, const QString &text, const QString &staffId);
    /** Chases a late order (催办): a timeline entry with the reason, while the work is still open. */
    Result<void> chase(const QString &ticketId, const QString &reason, const QString &staffId);

    Result<WorkRecordData> workRecord(const QString &ticketId);
    Result<WorkFacts> facts(const QString &ticketId);
    /** Files attached here and not yet on the server, oldest first (AttachmentSync sends them). */
    Result<QList<PendingUpload>> pendingUploads(int limit);
    /** The server holds @p sha256 complete: it leaves the upload queue. */
    Result<void> markUploaded(const QString &sha256);
    /** Where an attachment's file lives on this device: `<data>/attachments/<aa>/<sha256>`. */
    [[nodiscard]] QString attachmentPath(const QString &sha256) const;

private:
    /** The ticket's state, checked to be one of @p allowed (an error naming the state otherwise). */
    Result<void> requireState(const QString &ticketId, const QStringList &allowed, const char *why);
    Result<void> writeEvent(const QString &ticketId, const QString &kind, const QString &text, const QString &staffId);

    Store &m_store;
};

} // namespace fd
