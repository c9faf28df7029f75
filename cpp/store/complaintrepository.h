#pragma once

#include "complaintdeadlinepolicy.h"
#include "complaintworkflow.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace fd {

class Store;

/** A complaint as it is taken down (DOMAIN.md §3). Keys as in ComplaintWorkflow::toString(). */
struct NewComplaint
{
    QString complainantName;
    QString complainantPhone; // optional; a mobile number when given
    QString customerId; // optional: the customer record, when the complainant has one
    QString channel = QStringLiteral("counter");
    QString category;
    QString content;
    bool emergency = false;
    /** When the complaint was received (e.g. a phone call taken down later); -1: now. */
    qint64 receivedAt = -1;
    QString cardId; // optional references to what it is about
    QString obuId;
    QString ticketId;
};

/** Plain fields of a complaint to correct; what is not set stays as it is. */
struct ComplaintEdit
{
    std::optional<QString> complainantName;
    std::optional<QString> complainantPhone;
    std::optional<QString> category;
    std::optional<QString> content;
};

struct ComplaintRecord
{
    QString id;
    QString complaintNo;
    QString customerId;
    QString complainantName;
    QString complainantPhone;
    ComplaintChannel channel = ComplaintChannel::Counter;
    ComplaintCategory category = ComplaintCategory::Other;
    ComplaintStatus status;
    bool emergency = false;
    QString content;
    /** First-contact responsibility: who took it down; empty for a kiosk until staff act on it. */
    QString ownerStaffId;
    QString department;
    qint64 dueAt = -1; // -1: no deadline running
    QString reply;
    QString cardId;
    QString obuId;
    QString ticketId;
    QString outletId;
    qint64 receivedAt = 0;
    qint64 updatedAt = 0;
};

struct ComplaintEventRow
{
    QString id;
    QString kind; // "register" or a ComplaintEvent key
    QString fromState;
    QString toState;
    qint64 at = 0;
    QString staffId;
    QString note;
};

/** What a workflow step carries besides the event. */
struct ComplaintStepInput
{
    QString note;
    QString department; // dispatch: where it goes
    QString reply; // reply: the answer given to the complainant
};

/**
 * Complaints: intake, the workflow (ComplaintWorkflow) recorded as append-only complaint events,
 * the handle-by deadline (ComplaintDeadlinePolicy) and the lists departments work from. Every
 * change is one transaction writing its rows and their outbox ops; complaint numbers
 * (C-<outlet>-<device>-<seq>) need no server.
 *
 * An event row's note keeps what the step carried, since complaint_events has no column of its
 * own for it: a dispatch records the department, a reply the answer given, each followed by the
 * step's note on a new line if there is one.
 */
class ComplaintRepository
{
public:
    static constexpr int kMaxNameLength = 40;
    static constexpr int kMinContentLength = 4;
    static constexpr int kMaxContentLength = 2000;
    static constexpr int kMaxDepartmentLength = 60;
    static constexpr int kMaxReplyLength = 2000;

    explicit ComplaintRepository(Store &store, ComplaintDeadlinePolicy policy = {}) : m_store(store), m_policy(policy) {}

    /**
     * Takes a complaint down. @p staffId (empty at a kiosk) becomes its first-contact owner.
     * A kiosk device takes complaints on the kiosk channel only. Errors name the NewComplaint
     * field (complainantName, complainantPhone, channel, category, content, receivedAt,
     * customerId, cardId, obuId, ticketId); nothing is written then.
     */
    Result<ComplaintRecord> registerComplaint(const NewComplaint &input, const QString &staffId);
    /**
     * Moves a complaint by @p event. Dispatch needs a department, reply the answer, escalate a
     * reason (the note). The first staff member to act on a complaint without an owner (taken at
     * a kiosk) becomes its owner. Illegal moves change nothing.
     */
    Result<ComplaintRecord> apply(const QString &complaintId, ComplaintEvent event, const QString &staffId,
                                  const ComplaintStepInput &input = {});
    /** Corrects plain fields, checked like registerComplaint(); not the state, level or verdict. */
    Result<ComplaintRecord> update(const QString &complaintId, const ComplaintEdit &edit, const QString &staffId);

    Result<ComplaintRecord> get(const QString &complaintId);
    /** The id of the complaint with this id or number (C-0101-01-000001, any letter case). */
    Result<QString> resolveId(const QString &idOrNumber);
    Result<QList<ComplaintEventRow>> timeline(const QString &complaintId);

    /** Complaints not closed or archived, the one due soonest first; those without a deadline last. */
    Result<QList<ComplaintRecord>> openByDue(int limit, int offset = 0);
    /** Open complaints whose deadline has passed at @p nowMs, most overdue first. */
    Result<QList<ComplaintRecord>> overdue(qint64 nowMs, int limit, int offset = 0);
    /** Every complaint of a customer, the latest first: "the customer explains a problem only once". */
    Result<QList<ComplaintRecord>> forCustomer(const QString &customerId, int limit, int offset = 0);

    [[nodiscard]] const ComplaintDeadlinePolicy &policy() const { return m_policy; }

private:
    Result<QList<ComplaintRecord>> list(const QString &whereAndOrder, const QVariantList &binds, int limit, int offset);
    Result<void> writeEvent(const QString &complaintId, const QString &kind, const QString &from, const QString &to,
                            qint64 at, const QString &staffId, const QString &note);
    Result<void> checkReference(const QString &table, const QString &id, const QString &field);

    Store &m_store;
    ComplaintDeadlinePolicy m_policy;
};

} // namespace fd
