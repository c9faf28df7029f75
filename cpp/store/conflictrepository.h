#pragma once

#include "result.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace fd {

class Store;

/** A value of ours that lost to another edit of the same field ("your change … was overwritten"). */
struct ConflictRecord
{
    QString id;
    QString entity;
    QString entityId;
    QString field;
    QJsonValue mine;
    QJsonValue theirs;
    QString myHlc;
    QString theirHlc;
    QString theirStaffId;
    qint64 at = 0;
    QString resolution; // "", kept_theirs, reapplied_mine
};

/**
 * The conflicts table: written by sync when the server kept another value over this device's,
 * read and resolved by the person who made the change. Nothing a user entered is dropped
 * silently: the losing value stays here until they decide.
 */
class ConflictRepository
{
public:
    explicit ConflictRepository(Store &store) : m_store(store) {}

    /** Records one conflict; the same id twice is one record (a notice delivered again). */
    Result<void> record(const ConflictRecord &conflict);
    /** Unresolved first, newest first. */
    Result<QList<ConflictRecord>> list(int limit);
    Result<int> unresolvedCount();
    /** The other value stands; the conflict is closed. */
    Result<void> keepTheirs(const QString &conflictId, const QString &staffId);
    /** Writes our value again as a new change (it syncs like any edit) and closes the conflict. */
    Result<void> reapplyMine(const QString &conflictId, const QString &staffId);

private:
    Result<ConflictRecord> get(const QString &conflictId);
    Result<void> resolve(const QString &conflictId, const QString &resolution);
    Store &m_store;
};

} // namespace fd
