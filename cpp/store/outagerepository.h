#pragma once

#include "result.h"

#include <QList>
#include <QString>

#include <optional>

namespace fd {

class Store;

struct NewOutage
{
    QString kind; // power, service, system, road
    QString scope; // where or what it affects, e.g. "G3 京台高速合肥段"
    QString title;
    QString detail;
    qint64 startsAt = 0; // 0: now
    qint64 expectedEndAt = -1; // -1: not known yet
    /** Shown only at this device's outlet; otherwise on every device. */
    bool outletOnly = false;
};

/** Plain fields of a notice to change; what is not set stays as it is. */
struct OutageEdit
{
    std::optional<qint64> expectedEndAt; // -1 clears it: not known any more
    std::optional<QString> detail;
    std::optional<QString> scope;
};

struct OutageUpdate
{
    QString id;
    qint64 at = 0;
    QString text;
    QString staffId;
};

struct OutageNotice
{
    QString id;
    QString kind;
    QString scope;
    QString title;
    QString detail;
    qint64 startsAt = 0;
    qint64 expectedEndAt = -1;
    QString state; // planned, active, ended
    QString outletId; // empty: every outlet
    qint64 updatedAt = 0;
    /** The newest progress note, if any. */
    QString latestText;
    qint64 latestAt = -1;
    /** Every note, oldest first; filled by get() only. */
    QList<OutageUpdate> updates;
};

/**
 * Outage notices (停电/停运通知) that a supervisor publishes at the counter and every device shows:
 * kind, scope, start and expected end, and append-only progress notes. Each change is one
 * transaction with its outbox ops; notices are public, so kiosks pull them too.
 */
class OutageRepository
{
public:
    enum class Listing {
        InForce, ///< active, or planned with its start passed; newest start first
        Planned, ///< starting later; soonest first
        EndedRecently, ///< ended within the last kRecentDays; last ended first
    };
    static constexpr int kRecentDays = 7;

    explicit OutageRepository(Store &store) : m_store(store) {}

    /** Planned when it starts later than now, else active. One op: outage.create. */
    Result<OutageNotice> create(const NewOutage &input, const QString &staffId);
    /** Scope, detail and expected end (checked like create). One op: outage.update. */
    Result<OutageNotice> update(const QString &noticeId, const OutageEdit &edit, const QString &staffId);
    /** A progress note (outage.note); notes are never changed. */
    Result<OutageNotice> addUpdate(const QString &noticeId, const QString &text, const QString &staffId);
    /** Ends the notice with a final note: state and note in one transaction. */
    Result<OutageNotice> end(const QString &noticeId, const QString &text, const QString &staffId);
    /** Notices of this outlet or of everyone, as @p which says. */
    Result<QList<OutageNotice>> list(Listing which, int limit = 100);
    /** The notice with all its notes. */
    Result<OutageNotice> get(const QString &noticeId);

private:
    Result<OutageNotice> read(const QString &noticeId);
    /** The notice if it has not ended: ended notices take no more changes. */
    Result<OutageNotice> current(const QString &noticeId);
    Result<void> writeNote(const QString &noticeId, const QString &text, const QString &staffId, qint64 at);
    Store &m_store;
};

} // namespace fd
