#include "complaintrepository.h"

#include "mobilephone.h"
#include "store.h"

#include <QCoreApplication>

#include <tuple>

namespace fd {

namespace {

const QString kColumns = QStringLiteral(
    "id, complaint_no, COALESCE(customer_id, ''), complainant_name, complainant_phone, channel, category, level,"
    " emergency, content, state, COALESCE(owner_staff_id, ''), department, due_at, reply, verdict,"
    " COALESCE(card_id, ''), COALESCE(obu_id, ''), COALESCE(ticket_id, ''), COALESCE(outlet_id, ''), received_at,"
    " updated_at");

ComplaintRecord readRecord(const QSqlQuery &q)
{
    using W = ComplaintWorkflow;
    ComplaintRecord r;
    r.id = q.value(0).toString();
    r.complaintNo = q.value(1).toString();
    r.customerId = q.value(2).toString();
    r.complainantName = q.value(3).toString();
    r.complainantPhone = q.value(4).toString();
    r.channel = W::channelFromString(q.value(5).toString()).value_or(ComplaintChannel::Counter);
    r.category = W::categoryFromString(q.value(6).toString()).value_or(ComplaintCategory::Other);
    r.status.level = W::levelFromString(q.value(7).toString()).value_or(ComplaintLevel::Complaint);
    r.emergency = q.value(8).toInt() == 1;
    r.content = q.value(9).toString();
    r.status.state = W::stateFromString(q.value(10).toString()).value_or(ComplaintState::Registered);
    r.ownerStaffId = q.value(11).toString();
    r.department = q.value(12).toString();
    r.dueAt = q.value(13).isNull() ? -1 : q.value(13).toLongLong();
    r.reply = q.value(14).toString();
    r.status.verdict = W::verdictFromString(q.value(15).toString()).value_or(ComplaintVerdict::None);
    r.cardId = q.value(16).toString();
    r.obuId = q.value(17).toString();
    r.ticketId = q.value(18).toString();
    r.outletId = q.value(19).toString();
    r.receivedAt = q.value(20).toLongLong();
    r.updatedAt = q.value(21).toLongLong();
    return r;
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant dueValue(qint64 due)
{
    return due < 0 ? QVariant() : QVariant(due);
}

Result<QString> checkName(const QString &text)
{
    const QString name = text.simplified();
    if (name.isEmpty() || name.size() > ComplaintRepository::kMaxNameLength)
        return makeError("invalid_name",
                         QCoreApplication::translate("ComplaintRepository", "Give the complainant's name (at most 40 characters)."),
                         QStringLiteral("complainantName"));
    return name;
}

// An empty phone is "none"; anything else must be a mobile number.
Result<QString> checkPhone(const QString &text)
{
    const QString phone = text.trimmed();
    if (phone.isEmpty())
        return phone;
    auto p = MobilePhone::parse(phone);
    if (!p) {
        Error e = p.error();
        e.field = QStringLiteral("complainantPhone");
        return e;
    }
    return p.value();
}

Result<QString> checkCategory(const QString &key)
{
    if (!ComplaintWorkflow::categoryFromString(key))
        return makeError("invalid_category",
                         QCoreApplication::translate("ComplaintRepository",
                                                     "Choose a category: product quality, service, price, false advertising or other."),
                         QStringLiteral("category"));
    return key;
}

Result<QString> checkContent(const QString &text)
{
    const QString content = text.trimmed();
    if (content.size() < ComplaintRepository::kMinContentLength || content.size() > ComplaintRepository::kMaxContentLength)
        return makeError("invalid_content",
                         QCoreApplication::translate("ComplaintRepository",
                                                     "Write down what the complaint is about (4 to 2000 characters)."),
                         QStringLiteral("content"));
    return content;
}

// What the event row's note keeps: the step's own detail first, the free note after it.
QString eventNote(const QString &detail, const QString &note)
{
    if (detail.isEmpty())
        return note;
    return note.isEmpty() ? detail : detail + QLatin1Char('\n') + note;
}

} // namespace

Result<void> ComplaintRepository::checkReference(const QString &table, const QString &id, const QString &field)
{
    if (id.isEmpty())
        return {};
    // The table name comes from this file only, never from input.
    auto r = m_store.db().scalarCached(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id});
    if (!r)
        return r.error();
    if (!r.value().isValid())
        return makeError("unknown_reference",
                         QCoreApplication::translate("ComplaintRepository",
                                                     "The record this complaint refers to is not on this device."),
                         field);
    return {};
}

Result<ComplaintRecord> ComplaintRepository::registerComplaint(const NewComplaint &input, const QString &staffId)
{
    auto name = checkName(input.complainantName);
    if (!name)
        return name.error();
    auto phone = checkPhone(input.complainantPhone);
    if (!phone)
        return phone.error();
    if (!ComplaintWorkflow::channelFromString(input.channel))
        return makeError("invalid_channel", QCoreApplication::translate("ComplaintRepository", "Unknown channel."),
                         QStringLiteral("channel"));
    auto category = checkCategory(input.category);
    if (!category)
        return category.error();
    auto content = checkContent(input.content);
    if (!content)
        return content.error();
    const DeviceIdentity &me = m_store.identity();
    if (!me.isValid())
        return makeError("device_not_set_up", QCoreApplication::translate(
                                                  "ComplaintRepository", "This device is not set up yet; enroll it first."));
    const bool kiosk = me.mode == QLatin1String("kiosk");
    if (kiosk && input.channel != QLatin1String("kiosk"))
        return makeError("invalid_channel",
                         QCoreApplication::translate("ComplaintRepository", "A kiosk takes complaints on the kiosk channel only."),
                         QStringLiteral("channel"));
    const qint64 now = m_store.nowMs();
    if (input.receivedAt > now)
        return makeError("invalid_received_at",
                         QCoreApplication::translate("ComplaintRepository", "A complaint cannot have been received in the future."),
                         QStringLiteral("receivedAt"));
    const qint64 receivedAt = input.receivedAt < 0 ? now : input.receivedAt;
    // Nobody signs in at a kiosk; the first staff member to act on the complaint owns it.
    const QString owner = kiosk ? QString() : staffId;

    Transaction tx(m_store.db());
    for (const auto &[table, id, field] : {std::tuple(QStringLiteral("customers"), input.customerId, QStringLiteral("customerId")),
                                           std::tuple(QStringLiteral("cards"), input.cardId, QStringLiteral("cardId")),
                                           std::tuple(QStringLiteral("obus"), input.obuId, QStringLiteral("obuId")),
                                           std::tuple(QStringLiteral("tickets"), input.ticketId, QStringLiteral("ticketId"))}) {
        if (auto r = checkReference(table, id, field); !r)
            return r.error();
    }
    auto seq = m_store.nextSequence(QStringLiteral("complaint"));
    if (!seq)
        return seq.error();
    const QString id = m_store.newId();
    const QString number =
        QStringLiteral("C-%1-%2-%3").arg(me.outletCode, me.deviceCode).arg(seq.value(), 6, 10, QLatin1Char('0'));
    const qint64 due = m_policy.dueAtMs(ComplaintLevel::Complaint, input.emergency, receivedAt);
    const QString state = ComplaintWorkflow::toString(ComplaintState::Registered);

    Change c;
    c.opKind = QStringLiteral("complaint.register");
    c.entity = QStringLiteral("complaint");
    c.entityId = id;
    c.staffId = owner;
    c.fields = {{QStringLiteral("complaint_no"), number},
                {QStringLiteral("customer_id"), orNull(input.customerId)},
                {QStringLiteral("complainant_name"), name.value()},
                {QStringLiteral("complainant_phone"), phone.value()},
                {QStringLiteral("channel"), input.channel},
                {QStringLiteral("category"), category.value()},
                {QStringLiteral("level"), ComplaintWorkflow::toString(ComplaintLevel::Complaint)},
                {QStringLiteral("emergency"), input.emergency ? 1 : 0},
                {QStringLiteral("content"), content.value()},
                {QStringLiteral("state"), state},
                {QStringLiteral("owner_staff_id"), orNull(owner)},
                {QStringLiteral("due_at"), dueValue(due)},
                {QStringLiteral("card_id"), orNull(input.cardId)},
                {QStringLiteral("obu_id"), orNull(input.obuId)},
                {QStringLiteral("ticket_id"), orNull(input.ticketId)},
                {QStringLiteral("outlet_id"), orNull(me.outletId)},
                {QStringLiteral("received_at"), receivedAt}};
    if (auto r = m_store.write(c); !r)
        return r.error();
    if (auto r = writeEvent(id, QStringLiteral("register"), {}, state, receivedAt, owner, {}); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return get(id);
}

Result<ComplaintRecord> ComplaintRepository::apply(const QString &complaintId, ComplaintEvent event, const QString &staffId,
                                                   const ComplaintStepInput &input)
{
    Transaction tx(m_store.db());
    auto current = get(complaintId);
    if (!current)
        return current.error();
    auto next = ComplaintWorkflow::apply(current->status, event);
    if (!next)
        return next.error();
    const QString note = input.note.trimmed();
    QString detail;
    if (event == ComplaintEvent::Dispatch) {
        detail = input.department.simplified();
        if (detail.isEmpty() || detail.size() > kMaxDepartmentLength)
            return makeError("department_required",
                             QCoreApplication::translate("ComplaintRepository",
                                                         "Enter the department to dispatch to (at most 60 characters)."),
                             QStringLiteral("department"));
    } else if (event == ComplaintEvent::Reply) {
        detail = input.reply.trimmed();
        if (detail.isEmpty() || detail.size() > kMaxReplyLength)
            return makeError("reply_required",
                             QCoreApplication::translate("ComplaintRepository",
                                                         "Write down the answer given to the complainant (at most 2000 characters)."),
                             QStringLiteral("reply"));
    } else if (event == ComplaintEvent::Escalate && note.isEmpty()) {
        return makeError("reason_required",
                         QCoreApplication::translate("ComplaintRepository", "Say why the complaint is escalated."),
                         QStringLiteral("note"));
    }

    const qint64 now = m_store.nowMs();
    const ComplaintStatus &from = current->status;
    const ComplaintStatus &to = next.value();
    QVariantMap fields = {{QStringLiteral("state"), ComplaintWorkflow::toString(to.state)}};
    if (to.level != from.level)
        fields.insert(QStringLiteral("level"), ComplaintWorkflow::toString(to.level));
    if (to.verdict != from.verdict)
        fields.insert(QStringLiteral("verdict"), ComplaintWorkflow::toString(to.verdict));
    if (const qint64 due = m_policy.dueAfter(from, to, current->emergency, current->dueAt, now); due != current->dueAt)
        fields.insert(QStringLiteral("due_at"), dueValue(due));
    if (event == ComplaintEvent::Dispatch)
        fields.insert(QStringLiteral("department"), detail);
    if (event == ComplaintEvent::Reply)
        fields.insert(QStringLiteral("reply"), detail);
    if (current->ownerStaffId.isEmpty() && !staffId.isEmpty())
        fields.insert(QStringLiteral("owner_staff_id"), staffId);

    Change c;
    c.mode = Change::Mode::Update;
    c.opKind = QStringLiteral("complaint.") + ComplaintWorkflow::toString(event);
    c.entity = QStringLiteral("complaint");
    c.entityId = complaintId;
    c.staffId = staffId;
    c.fields = fields;
    if (auto r = m_store.write(c); !r)
        return r.error();
    if (auto r = writeEvent(complaintId, ComplaintWorkflow::toString(event), ComplaintWorkflow::toString(from.state),
                            ComplaintWorkflow::toString(to.state), now, staffId, eventNote(detail, note));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return get(complaintId);
}

Result<ComplaintRecord> ComplaintRepository::update(const QString &complaintId, const ComplaintEdit &edit, const QString &staffId)
{
    QVariantMap fields;
    if (edit.complainantName) {
        auto name = checkName(*edit.complainantName);
        if (!name)
            return name.error();
        fields.insert(QStringLiteral("complainant_name"), name.value());
    }
    if (edit.complainantPhone) {
        auto phone = checkPhone(*edit.complainantPhone);
        if (!phone)
            return phone.error();
        fields.insert(QStringLiteral("complainant_phone"), phone.value());
    }
    if (edit.category) {
        auto category = checkCategory(*edit.category);
        if (!category)
            return category.error();
        fields.insert(QStringLiteral("category"), category.value());
    }
    if (edit.content) {
        auto content = checkContent(*edit.content);
        if (!content)
            return content.error();
        fields.insert(QStringLiteral("content"), content.value());
    }
    if (fields.isEmpty())
        return makeError("nothing_to_change", QCoreApplication::translate("ComplaintRepository", "Say what to change."));

    Transaction tx(m_store.db());
    Change c;
    c.mode = Change::Mode::Update;
    c.opKind = QStringLiteral("complaint.update");
    c.entity = QStringLiteral("complaint");
    c.entityId = complaintId;
    c.staffId = staffId;
    c.fields = fields;
    if (auto r = m_store.write(c); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return get(complaintId);
}

Result<void> ComplaintRepository::writeEvent(const QString &complaintId, const QString &kind, const QString &from,
                                             const QString &to, qint64 at, const QString &staffId, const QString &note)
{
    Change ev;
    ev.opKind = QStringLiteral("complaint.event");
    ev.entity = QStringLiteral("complaint_event");
    ev.entityId = m_store.newId();
    ev.staffId = staffId;
    ev.fields = {{QStringLiteral("complaint_id"), complaintId}, {QStringLiteral("kind"), kind},
                 {QStringLiteral("from_state"), from},          {QStringLiteral("to_state"), to},
                 {QStringLiteral("at"), at},                    {QStringLiteral("staff_id"), orNull(staffId)},
                 {QStringLiteral("note"), note}};
    return m_store.write(ev);
}

Result<ComplaintRecord> ComplaintRepository::get(const QString &complaintId)
{
    auto r = m_store.db().queryCached(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM complaints WHERE id = ?"),
                                      {complaintId});
    if (!r)
        return r.error();
    QSqlQuery &q = *r.value();
    if (!q.next()) {
        q.finish();
        return makeError("not_found", QCoreApplication::translate("ComplaintRepository", "No such complaint."));
    }
    ComplaintRecord c = readRecord(q);
    q.finish();
    return c;
}

Result<QString> ComplaintRepository::resolveId(const QString &idOrNumber)
{
    const QString key = idOrNumber.trimmed();
    auto r = m_store.db().run(QStringLiteral("SELECT id FROM complaints WHERE id = ? OR complaint_no = upper(?)"), {key, key});
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    if (!q.next())
        return makeError("not_found", QCoreApplication::translate("ComplaintRepository", "No complaint \"%1\".").arg(key));
    return q.value(0).toString();
}

Result<QList<ComplaintEventRow>> ComplaintRepository::timeline(const QString &complaintId)
{
    auto r = m_store.db().run(QStringLiteral("SELECT id, kind, from_state, to_state, at, COALESCE(staff_id, ''), note"
                                             " FROM complaint_events WHERE complaint_id = ? ORDER BY at, id"),
                              {complaintId});
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QList<ComplaintEventRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toString()});
    return rows;
}

Result<QList<ComplaintRecord>> ComplaintRepository::list(const QString &whereAndOrder, const QVariantList &binds, int limit,
                                                         int offset)
{
    QVariantList all = binds;
    all << limit << offset;
    auto r = m_store.db().run(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM complaints WHERE ") + whereAndOrder
                                  + QStringLiteral(" LIMIT ? OFFSET ?"),
                              all);
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    QList<ComplaintRecord> out;
    while (q.next())
        out.append(readRecord(q));
    return out;
}

Result<QList<ComplaintRecord>> ComplaintRepository::openByDue(int limit, int offset)
{
    return list(QStringLiteral("state NOT IN ('closed', 'archived') ORDER BY due_at IS NULL, due_at, received_at, id"), {},
                limit, offset);
}

Result<QList<ComplaintRecord>> ComplaintRepository::overdue(qint64 nowMs, int limit, int offset)
{
    return list(QStringLiteral("state IN ('registered', 'dispatched', 'handling', 'reopened') AND due_at IS NOT NULL"
                               " AND due_at < ? ORDER BY due_at, id"),
                {nowMs}, limit, offset);
}

Result<QList<ComplaintRecord>> ComplaintRepository::forCustomer(const QString &customerId, int limit, int offset)
{
    return list(QStringLiteral("customer_id = ? ORDER BY received_at DESC, id"), {customerId}, limit, offset);
}

} // namespace fd
