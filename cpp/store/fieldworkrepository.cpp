#include "fieldworkrepository.h"

#include "store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>

namespace fd {

namespace {

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// The work record is made on site: from arrival until the crew finishes.
const QStringList kOnSite = { QStringLiteral("arrived") };
// A late order can be chased until the crew has finished it.
const QStringList kChaseable = { QStringLiteral("reported"), QStringLiteral("sent"),
    QStringLiteral("received"), QStringLiteral("dispatched"), QStringLiteral("delivered"),
    QStringLiteral("accepted"), QStringLiteral("departed"), QStringLiteral("arrived"),
    QStringLiteral("returned"), QStringLiteral("reopened") };
const QStringList kNotEnded = kChaseable + QStringList { QStringLiteral("finished") };

// When the crew's current visit began: its last arrival on site (0 before any). Binds the ticket id.
const QString kVisitStart = QStringLiteral("(SELECT COALESCE(max(at), 0) FROM ticket_events WHERE ticket_id "
                                           "= ? AND kind = 'transition' AND event = 'arrive')");

Result<QString> checkedText(
    const QString &text, int maxChars, const char *code, const QString &emptyMessage, const QString &field)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return makeError(code, emptyMessage, field);
    if (t.size() > maxChars)
        return makeError(code,
            QCoreApplication::translate("FieldWorkRepository", "Keep it under %1 characters.").arg(maxChars),
            field);
    return t;
}

} // namespace

Result<FaultCatalogue> FieldWorkRepository::catalogue()
{
    auto json = m_store.setting(QStringLiteral("fault.catalogue"));
    if (!json)
        return json.error();
    if (json->isEmpty())
        return FaultCatalogue::builtIn();
    return FaultCatalogue::fromJson(json->toUtf8());
}

Result<FinishChecklist> FieldWorkRepository::checklist()
{
    auto json = m_store.setting(QStringLiteral("checklist.finish"));
    if (!json)
        return json.error();
    if (json->isEmpty())
        return FinishChecklist::builtIn();
    return FinishChecklist::fromJson(json->toUtf8());
}

Result<void> FieldWorkRepository::requireState(
    const QString &ticketId, const QStringList &allowed, const char *why)
{
    auto r = m_store.db().run(QStringLiteral("SELECT state FROM tickets WHERE id = ?"), { ticketId });
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    if (!q.next())
        return makeError("not_found", QCoreApplication::translate("FieldWorkRepository", "No such ticket."));
    if (!allowed.contains(q.value(0).toString()))
        return makeError("wrong_state", QCoreApplication::translate("FieldWorkRepository", why));
    return {};
}

Result<FaultRecordRow> FieldWorkRepository::recordFault(
    const QString &ticketId, const FaultInput &input, const QString &staffId)
{
    auto cat = catalogue();
    if (!cat)
        return cat.error();
    if (auto r = cat->check(input.causeCategory, input.causeSubcategory); !r)
        return r.error();
    static const QStringList ownerships = { QStringLiteral("customer"), QStringLiteral("company"),
        QStringLiteral("third_party"), QStringLiteral("unknown") };
    if (!ownerships.contains(input.ownership))
        return makeError("invalid_ownership",
            QCoreApplication::translate("FieldWorkRepository", "Say whose equipment it is."),
            QStringLiteral("ownership"));
    auto work = checkedText(input.workDone, 2000, "invalid_work_done",
        QCoreApplication::translate("FieldWorkRepository", "Describe the work done."),
        QStringLiteral("work_done"));
    if (!work)
        return work.error();

    Transaction tx(m_store.db());
    if (auto r = requireState(ticketId, kOnSite,
            QT_TRANSLATE_NOOP(
                "FieldWorkRepository", "The fault record is made on site: mark the arrival first."));
        !r)
        return r.error();
    FaultRecordRow row { m_store.newId(), input.causeCategory, input.causeSubcategory, input.ownership,
        input.genuine, work.value(), staffId, m_store.nowMs() };
    Change c;
    c.opKind = QStringLiteral("ticket.fault_record");
    c.entity = QStringLiteral("fault_record");
    c.entityId = row.id;
    c.staffId = staffId;
    c.fields = { { QStringLiteral("ticket_id"), ticketId },
        { QStringLiteral("cause_category"), row.causeCategory },
        { QStringLiteral("cause_subcategory"), row.causeSubcategory },
        { QStringLiteral("ownership"), row.ownership }, { QStringLiteral("genuine"), row.genuine ? 1 : 0 },
        { QStringLiteral("work_done"), row.workDone }, { QStringLiteral("recorded_by"), orNull(staffId) },
        { QStringLiteral("at"), row.at } };
    if (auto r = m_store.write(c); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return row;
}

Result<PartRow> FieldWorkRepository::addPart(
    const QString &ticketId, const QString &code, const QString &name, int quantity, const QString &staffId)
{
    auto partCode = checkedText(code, 40, "invalid_part",
        QCoreApplication::translate("FieldWorkRepository", "Enter the part number."),
        QStringLiteral("part_code"));
    if (!partCode)
        return partCode.error();
    auto partName = checkedText(name, 80, "invalid_part",
        QCoreApplication::translate("FieldWorkRepository", "Enter the part's name."),
        QStringLiteral("part_name"));
    if (!partName)
        return partName.error();
    if (quantity < 1 || quantity > 999)
        return makeError("invalid_quantity",
            QCoreApplication::translate("FieldWorkRepository", "The quantity is 1 to 999."),
            QStringLiteral("quantity"));

    Transaction tx(m_store.db());
    if (auto r = requireState(ticketId, kOnSite,
            QT_TRANSLATE_NOOP("FieldWorkRepository", "Parts are recorded on site: mark the arrival first."));
        !r)
        return r.error();
    PartRow row { m_store.newId(), partCode.value(), partName.value(), quantity, m_store.nowMs() };
    Change c;
    c.opKind = QStringLiteral("ticket.part");
    c.entity = QStringLiteral("ticket_part");
    c.entityId = row.id;
    c.staffId = staffId;
    c.fields = { { QStringLiteral("ticket_id"), ticketId }, { QStringLiteral("part_code"), row.code },
        { QStringLiteral("part_name"), row.name }, { QStringLiteral("quantity"), row.quantity },
        { QStringLiteral("staff_id"), orNull(staffId) }, { QStringLiteral("at"), row.at } };
    if (auto r = m_store.write(c); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return row;
}

Result<void> FieldWorkRepository::confirm(
    const QString &ticketId, const QString &itemKey, const QString &staffId)
{
    auto list = checklist();
    if (!list)
        return list.error();
    const FinishChecklist::Item *item = list->item(itemKey);
    if (!item || !item->confirmable())
        return makeError("invalid_item",
            QCoreApplication::translate(
                "FieldWorkRepository", "This checklist item is not confirmed by hand."),
            QStringLiteral("item"));

    Transaction tx(m_store.db());
    if (auto r = requireState(ticketId, kOnSite,
            QT_TRANSLATE_NOOP(
                "FieldWorkRepository", "The checklist is completed on site: mark the arrival first."));
        !r)
        return r.error();
    auto seen = m_store.db().run(
        QStringLiteral("SELECT 1 FROM ticket_checks WHERE ticket_id = ? AND item = ? AND at >= ")
            + kVisitStart,
        { ticketId, itemKey, ticketId });
    if (!seen)
        return seen.error();
    if (seen.value().next())
        return {};
    Change c;
    c.opKind = QStringLiteral("ticket.check");
    c.entity = QStringLiteral("ticket_check");
    c.entityId = m_store.newId();
    c.staffId = staffId;
    c.fields = { { QStringLiteral("ticket_id"), ticketId }, { QStringLiteral("item"), itemKey },
        { QStringLiteral("staff_id"), orNull(staffId) }, { QStringLiteral("at"), m_store.nowMs() } };
    if (auto r = m_store.write(c); !r)
        return r.error();
    return tx.commit();
}

QString FieldWorkRepository::attachmentPath(const QString &sha256) const
{
    return QDir(m_store.dataDir()).filePath(QStringLiteral("attachments/%1/%2").arg(sha256.left(2), sha256));
}

Result<AttachmentRow> FieldWorkRepository::attach(const QString &ticketId, const QString &kind,
    const QByteArray &bytes, const QString &fileName, const QString &staffId)
{
    static const QStringList photoTypes
        = { QStringLiteral("image/jpeg"), QStringLiteral("image/png"), QStringLiteral("image/webp") };
    if (kind != QLatin1String("photo") && kind != QLatin1String("signature"))
        return makeError("invalid_kind",
            QCoreApplication::translate(
                "FieldWorkRepository", "Only photos and signatures are attached to a ticket here."),
            QStringLiteral("kind"));
    if (bytes.isEmpty())
        return makeError("empty_file",
            QCoreApplication::translate("FieldWorkRepository", "The file is empty."), QStringLiteral("file"));
    if (bytes.size() > kMaxAttachmentBytes)
        return makeError("file_too_large",
            QCoreApplication::translate("FieldWorkRepository", "The file is larger than 64 MB."),
            QStringLiteral("file"));
    const QString mime = QMimeDatabase().mimeTypeForData(bytes).name();
    if (kind == QLatin1String("photo") ? !photoTypes.contains(mime) : mime != QLatin1String("image/png"))
        return makeError("invalid_file_type",
            kind == QLatin1String("photo")
                ? QCoreApplication::translate(
                    "FieldWorkRepository", "A photo must be a JPEG, PNG or WebP image.")
                : QCoreApplication::translate("FieldWorkRepository", "A signature must be a PNG image."),
            QStringLiteral("file"));

    if (auto r = requireState(ticketId, kOnSite,
            QT_TRANSLATE_NOOP("FieldWorkRepository",
                "Photos and the signature are taken on site: mark the arrival first."));
        !r)
        return r.error();
    AttachmentRow row;
    row.id = m_store.newId();
    row.kind = kind;
    row.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    row.mime = mime;
    row.sizeBytes = bytes.size();
    row.fileName = QFileInfo(fileName).fileName().left(200);
    row.localPath = attachmentPath(row.sha256);
    row.at = m_store.nowMs();
    // The file first, outside the transaction so that writing it holds up no other writer: a
    // record whose file is missing would be worse than a file nobody refers to. A file already
    // there under this name is reused only if it is complete (names are hashes; writes are atomic).
    if (QFileInfo(row.localPath).size() != row.sizeBytes) {
        if (!QDir().mkpath(QFileInfo(row.localPath).path()))
            return makeError("file_write",
                QCoreApplication::translate(
                    "FieldWorkRepository", "Cannot create the folder for attachments."));
        QSaveFile out(row.localPath);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            return makeError("file_write",
                QCoreApplication::translate("FieldWorkRepository", "Cannot save the file: %1")
                    .arg(out.errorString()));
    }
    Transaction tx(m_store.db());
    // Checked again inside the transaction: the ticket may have moved while the file was written.
    if (auto r = requireState(ticketId, kOnSite,
            QT_TRANSLATE_NOOP("FieldWorkRepository",
                "Photos and the signature are taken on site: mark the arrival first."));
        !r)
        return r.error();
    Change c;
    c.opKind = QStringLiteral("attachment.create");
    c.entity = QStringLiteral("attachment");
    c.entityId = row.id;
    c.staffId = staffId;
    c.fields = { { QStringLiteral("owner_kind"), QStringLiteral("ticket") },
        { QStringLiteral("owner_id"), ticketId }, { QStringLiteral("kind"), kind },
        { QStringLiteral("sha256"), row.sha256 }, { QStringLiteral("mime"), row.mime },
        { QStringLiteral("size_bytes"), row.sizeBytes }, { QStringLiteral("file_name"), row.fileName },
        { QStringLiteral("staff_id"), orNull(staffId) }, { QStringLiteral("at"), row.at } };
    if (auto r = m_store.write(c); !r)
        return r.error();
    // The file follows its record to the server, after the ops (attachments last).
    if (auto r = m_store.db().run(QStringLiteral("INSERT INTO attachment_uploads (sha256, size_bytes, created_at) VALUES (?, ?, ?)"
                                                 " ON CONFLICT (sha256) DO NOTHING"),
                                  {row.sha256, row.sizeBytes, row.at});
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return row;
}

Result<QList<PendingUpload>> FieldWorkRepository::pendingUploads(int limit)
{
    auto r = m_store.db().run(QStringLiteral("SELECT sha256, size_bytes FROM attachment_uploads ORDER BY created_at, sha256 LIMIT ?"),
                              {limit});
    if (!r)
        return r.error();
    QList<PendingUpload> out;
    for (QSqlQuery &q = r.value(); q.next();)
        out.append({q.value(0).toString(), q.value(1).toLongLong(), attachmentPath(q.value(0).toString())});
    return out;
}

Result<void> FieldWorkRepository::markUploaded(const QString &sha256)
{
    auto r = m_store.db().run(QStringLiteral("DELETE FROM attachment_uploads WHERE sha256 = ?"), {sha256});
    if (!r)
        return r.error();
    return {};
}

Result<void> FieldWorkRepository::writeEvent(
    const QString &ticketId, const QString &kind, const QString &text, const QString &staffId)
{
    Change c;
    c.opKind = QStringLiteral("ticket.event");
    c.entity = QStringLiteral("ticket_event");
    c.entityId = m_store.newId();
    c.staffId = staffId;
    c.fields = { { QStringLiteral("ticket_id"), ticketId }, { QStringLiteral("kind"), kind },
        { QStringLiteral("at"), m_store.nowMs() }, { QStringLiteral("staff_id"), orNull(staffId) },
        { QStringLiteral("device_id"), m_store.identity().deviceId }, { QStringLiteral("note"), text } };
    return m_store.write(c);
}

Result<void> FieldWorkRepository::addNote(
    const QString &ticketId, const QString &text, const QString &staffId)
{
    auto note = checkedText(text, 2000, "invalid_note",
        QCoreApplication::translate("FieldWorkRepository", "Write the note first."), QStringLiteral("note"));
    if (!note)
        return note.error();
    Transaction tx(m_store.db());
    if (auto r = requireState(ticketId, kNotEnded,
            QT_TRANSLATE_NOOP("FieldWorkRepository", "This ticket is closed; notes can no longer be added."));
        !r)
        return r.error();
    if (auto r = writeEvent(ticketId, QStringLiteral("note"), note.value(), staffId); !r)
        return r.error();
    return tx.commit();
}

Result<void> FieldWorkRepository::chase(
    const QString &ticketId, const QString &reason, const QString &staffId)
{
    auto why = checkedText(reason, 500, "reason_required",
        QCoreApplication::translate("FieldWorkRepository", "Say why the order is being chased."),
        QStringLiteral("reason"));
    if (!why)
        return why.error();
    Transaction tx(m_store.db());
    if (auto r = requireState(ticketId, kChaseable,
            QT_TRANSLATE_NOOP(
                "FieldWorkRepository", "Only an order that is still being worked on can be chased."));
        !r)
        return r.error();
    if (auto r = writeEvent(ticketId, QStringLiteral("chase"), why.value(), staffId); !r)
        return r.error();
    return tx.commit();
}

Result<WorkRecordData> FieldWorkRepository::workRecord(const QString &ticketId)
{
    WorkRecordData d;
    Database &db = m_store.db();
    auto f
        = db.run(QStringLiteral("SELECT id, cause_category, cause_subcategory, ownership, genuine, work_done,"
                                " COALESCE(recorded_by, ''), at FROM fault_records WHERE ticket_id = ? ORDER "
                                "BY at DESC, id DESC LIMIT 1"),
            { ticketId });
    if (!f)
        return f.error();
    if (QSqlQuery &q = f.value(); q.next())
        d.fault = FaultRecordRow { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toInt() == 1, q.value(5).toString(), q.value(6).toString(),
            q.value(7).toLongLong() };
    auto p = db.run(QStringLiteral("SELECT id, part_code, part_name, quantity, at FROM ticket_parts WHERE "
                                   "ticket_id = ? ORDER BY at, id"),
        { ticketId });
    if (!p)
        return p.error();
    for (QSqlQuery &q = p.value(); q.next();)
        d.parts.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toInt(), q.value(4).toLongLong() });
    auto a = db.run(QStringLiteral("SELECT id, kind, sha256, mime, size_bytes, file_name, at FROM attachments"
                                   " WHERE owner_kind = 'ticket' AND owner_id = ? ORDER BY at, id"),
        { ticketId });
    if (!a)
        return a.error();
    for (QSqlQuery &q = a.value(); q.next();) {
        AttachmentRow row { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(), {},
            q.value(6).toLongLong() };
        const QString path = attachmentPath(row.sha256);
        if (QFileInfo::exists(path))
            row.localPath = path;
        d.attachments.append(row);
    }
    // A reopened ticket is worked again: only what was recorded since the crew's last arrival
    // counts for the checklist (the same tablet's clock made both), the earlier visits stay listed.
    auto since = db.run(QStringLiteral("SELECT ") + kVisitStart, { ticketId });
    if (!since)
        return since.error();
    d.visitStartedAt = since.value().next() ? since.value().value(0).toLongLong() : 0;
    auto c
        = db.run(QStringLiteral("SELECT item, at FROM ticket_checks WHERE ticket_id = ? ORDER BY at, item"),
            { ticketId });
    if (!c)
        return c.error();
    for (QSqlQuery &q = c.value(); q.next();) {
        if (q.value(1).toLongLong() >= d.visitStartedAt && !d.confirmed.contains(q.value(0).toString()))
            d.confirmed << q.value(0).toString();
    }

    d.facts.faultRecorded = d.fault && d.fault->at >= d.visitStartedAt;
    for (const PartRow &p : std::as_const(d.parts))
        d.facts.partCount += p.at >= d.visitStartedAt ? 1 : 0;
    for (const AttachmentRow &row : std::as_const(d.attachments)) {
        if (row.at < d.visitStartedAt)
            continue;
        if (row.kind == QLatin1String("photo"))
            ++d.facts.photoCount;
        else if (row.kind == QLatin1String("signature"))
            d.facts.signature = true;
    }
    d.facts.confirmed = QSet<QString>(d.confirmed.cbegin(), d.confirmed.cend());
    return d;
}

Result<WorkFacts> FieldWorkRepository::facts(const QString &ticketId)
{
    auto d = workRecord(ticketId);
    if (!d)
        return d.error();
    return d->facts;
}

} // namespace fd
