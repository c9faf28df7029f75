#pragma once

#include "result.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

namespace fd {

class ServerStorage;
struct SyncDevice;

/**
 * The server's status list (状态名单): which cards and OBUs are on it, and its versions. Every
 * change is a new version, published at a change-feed position as an append-only
 * status_list_entry that every device pulls (the caller writes that row: SyncStore owns the
 * feed). Works inside the caller's transaction; it opens none.
 */
class StatusListBook
{
public:
    struct Listing
    {
        QString mediaKind; ///< card, obu
        QString mediaNo;
        QString reason;
        qint64 version = 0;
        qint64 listedAt = 0;
    };
    /** One version: one card or OBU added to the list or taken off it. */
    struct Version
    {
        qint64 version = 0;
        qint64 seq = 0; ///< the change-feed position that carries it
        qint64 publishedAt = 0;
        QString mediaNo;
        QString action; ///< add, remove
        QString reason;
    };
    /** How far one device has the list (下发监控). */
    struct DeviceState
    {
        QString deviceId;
        qint64 version = 0; ///< the newest list version the device has confirmed it holds
        /**
         * The newest version it was sent: it confirms it with its next pull (at the latest its
         * next timed sync, 20 s in the app).
         */
        qint64 sentVersion = 0;
        qint64 behind = 0; ///< versions published since the one it holds
        qint64 readAt = 0; ///< its last pull; 0: never
    };

    explicit StatusListBook(ServerStorage &storage) : m_storage(storage) {}

    [[nodiscard]] Result<std::optional<Listing>> listing(const QString &mediaNo);
    /**
     * Checks the list: its versions run 1…N with the counter at N and one feed entry each; the
     * cards on it are exactly those the versions, replayed, leave on it; and a card is on it as
     * lost exactly when its status is lost. The error names the first violation.
     */
    [[nodiscard]] Result<void> checkInvariants();
    /** The newest version; 0 before the first. */
    [[nodiscard]] Result<qint64> version();
    [[nodiscard]] Result<qint64> listedCount();
    /** Versions after @p after, oldest first, at most @p limit. */
    [[nodiscard]] Result<QList<Version>> versions(qint64 after, int limit);

    enum class Action { Add, Remove };
    /**
     * Puts @p mediaNo on the list for @p reason (a medium listed for another reason takes the
     * new one), or takes it off, as a new version published at feed position @p seq; returns
     * the version. @p requestId (the op or request that caused it) is unique among versions.
     */
    [[nodiscard]] Result<qint64> change(Action action, const QString &mediaKind, const QString &mediaNo, const QString &reason,
                                        qint64 seq, qint64 now, const QString &requestId);
    /** The version @p requestId made, if any. */
    [[nodiscard]] Result<std::optional<Version>> versionOfRequest(const QString &requestId);

    /**
     * Records that @p deviceId asked for the feed after @p confirmedSeq (it holds everything up
     * to there) and was sent up to @p sentSeq. In memory; flushReads() writes them.
     */
    void noteRead(const QString &deviceId, qint64 confirmedSeq, qint64 sentSeq, qint64 at);
    /** Writes the reads noted since the last flush, in one transaction of its own. */
    [[nodiscard]] Result<void> flushReads();
    /** The list each device holds, by what it last confirmed; in the order of @p devices. */
    [[nodiscard]] Result<QList<DeviceState>> monitor(const QList<SyncDevice> &devices);

private:
    [[nodiscard]] Result<QSqlQuery> run(const QString &sql, const QVariantList &binds = {});

    struct Read
    {
        qint64 confirmed = 0;
        qint64 sent = 0;
        qint64 at = 0;
    };
    ServerStorage &m_storage;
    QHash<QString, Read> m_reads;
};

} // namespace fd
