#pragma once

#include "result.h"
#include "syncmessages.h"

#include <QHash>
#include <QString>

namespace fd {

class Store;

/** What one applied pull page did to the local store. */
struct ApplyReport
{
    int rows = 0;
    int reapplied = 0; // local pending ops laid back over the server's state
    int conflicts = 0;
};

/**
 * Writes what the server sent into the local store without making outbox ops (these changes
 * come from the server; sending them back would loop): each row as the server holds it, then
 * the device's own pending ops for that row on top, so the screen keeps showing what the user
 * did until the server has it. The page, its conflict notices and the new cursor are one
 * transaction: a crash keeps all of it or none.
 */
class RemoteApplier
{
public:
    /** Key in sync_cursor for the server's change feed. */
    static constexpr char kCursorScope[] = "server";

    explicit RemoteApplier(Store &store) : m_store(store) {}

    [[nodiscard]] Result<ApplyReport> apply(const protocol::PullPage &page);
    /** The stored cursor (0 before the first pull). */
    [[nodiscard]] Result<qint64> cursor();
    /** Records that the server kept its value over one of ours (push result). */
    [[nodiscard]] Result<void> recordOverridden(const QString &entity, const QString &entityId, const QJsonValue &mine,
                                                const QString &myHlc, const protocol::OverriddenField &field);

private:
    [[nodiscard]] Result<void> writeRow(const protocol::RemoteChange &change);
    [[nodiscard]] Result<int> reapplyPending(const protocol::RemoteChange &change);

    Store &m_store;
    QHash<QString, QString> m_sql; // entity + field set → upsert statement
};

} // namespace fd
