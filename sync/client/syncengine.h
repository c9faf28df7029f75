#pragma once

#include "outbox.h"
#include "remoteapplier.h"
#include "result.h"
#include "syncmessages.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace fd {

class Store;

/** Totals of one or more sync cycles. */
struct SyncReport
{
    int pushed = 0;
    int applied = 0;
    int duplicates = 0;
    int rejected = 0;
    int retryLater = 0;
    int pulled = 0;
    int conflicts = 0;
};

/**
 * The device side of sync (DESIGN.md "Sync"): pushes the outbox in batches that never split a
 * local transaction, then pulls the change feed page by page, each page applied together with
 * its cursor. Failures are classified: transient ones (no network, server busy) back off
 * exponentially with jitter within fixed bounds and count as "offline", not as errors; a refused
 * token stops syncing until the device is enrolled again; an op the server refuses for good goes
 * to the sync-errors list (Outbox::failed) for the user to retry or discard.
 *
 * The network access manager is passed in so tests can route it through a faulty proxy.
 */
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Pushing, Pulling };
    enum class Failure { None, Transient, Auth, Permanent };

    static constexpr int kPushBatch = 400;
    static constexpr int kLocalChangeDelayMs = 100;
    static constexpr qint64 kMinBackoffMs = 1000;
    static constexpr qint64 kMaxBackoffMs = 5 * 60 * 1000;
    static constexpr int kRequestTimeoutMs = 30000;

    SyncEngine(Store &store, QNetworkAccessManager &nam, QObject *parent = nullptr);

    /** Exchanges a one-time code for this device's token and identity; blocks until answered. */
    [[nodiscard]] static Result<protocol::EnrollResponse> enroll(Store &store, QNetworkAccessManager &nam,
                                                                 const QUrl &server, const QString &code,
                                                                 const QString &name);
    /**
     * The same for the app, without blocking: enrollFinished() reports the outcome; on success
     * the engine uses the new token and starts syncing.
     */
    void startEnroll(const QUrl &server, const QString &code, const QString &name);
    /** Whether this store has a server and a token (has been enrolled). */
    [[nodiscard]] bool isEnrolled() const { return !m_server.isEmpty() && !m_token.isEmpty(); }
    [[nodiscard]] QUrl server() const { return m_server; }
    /** A request to @p pathAndQuery under /v1 of @p server with the device's bearer token. */
    [[nodiscard]] static QNetworkRequest apiRequest(const QUrl &server, const QString &token, const QString &pathAndQuery);
    /** The device token the server gave at enrollment; empty before. */
    [[nodiscard]] QString token() const { return m_token; }
    /** The network access manager the engine was given, for other requests to the same server. */
    [[nodiscard]] QNetworkAccessManager &network() const { return m_nam; }

    /** Starts a cycle now unless one runs (then one more follows it). Ignores the backoff. */
    void syncNow();
    /** Starts a cycle if none runs and the backoff allows; for timers and nudges. */
    void syncIfDue();
    /**
     * Something was written on this device (the app calls it on every data change): if the outbox
     * got a new op, a cycle follows shortly (kLocalChangeDelayMs, so a burst of writes goes as
     * one push), or right after the one that runs. Pulled changes queue no op and start nothing.
     */
    void localChanged();
    /** Runs cycles until the outbox holds nothing sendable and the feed is read, or a failure. */
    [[nodiscard]] Result<SyncReport> runUntilIdle(int timeoutMs = 120000);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isOnline() const { return m_online; }
    [[nodiscard]] Failure lastFailure() const { return m_failure; }
    [[nodiscard]] const Error &lastError() const { return m_lastError; }
    [[nodiscard]] qint64 lastSuccessAt() const { return m_lastSuccessAt; }
    [[nodiscard]] qint64 nextAttemptAt() const { return m_nextAttemptAt; }
    [[nodiscard]] const SyncReport &totals() const { return m_totals; }
    /** Since when pending ops have been waiting without the queue getting shorter (0: it drains). */
    [[nodiscard]] qint64 stalledSince() const { return m_stalledSince; }

Q_SIGNALS:
    void cycleFinished(bool ok);
    /** After startEnroll(): @p message says why it failed, in words for the person enrolling. */
    void enrollFinished(bool ok, const QString &message);
    void statusChanged();

private:
    [[nodiscard]] static Result<void> checkServerUrl(const QUrl &server);
    [[nodiscard]] static QNetworkReply *sendEnroll(QNetworkAccessManager &nam, const QUrl &server, const QString &code,
                                                   const QString &name);
    [[nodiscard]] static Result<protocol::EnrollResponse> finishEnroll(Store &store, const QUrl &server, QNetworkReply *reply);
    void startCycle();
    void pushNext();
    void onPushReply(QNetworkReply *reply, const QList<OutboxOp> &ops);
    /** Asks for the changes after @p after; the stored cursor when not given. */
    void pullNext(std::optional<qint64> after = std::nullopt);
    void onPullReply(QNetworkReply *reply, quint64 cycle);
    void finishCycle(Failure failure, const Error &error = {});
    [[nodiscard]] QNetworkReply *send(const QString &path, const QByteArray &body);
    [[nodiscard]] Result<void> storeResults(const QList<OutboxOp> &ops, const protocol::PushResponse &response);
    /** What an HTTP status (0: no answer at all) means for the next attempt. */
    [[nodiscard]] static Failure classify(int status);
    [[nodiscard]] qint64 backoffMs() const;

    Store &m_store;
    QNetworkAccessManager &m_nam;
    RemoteApplier m_applier;
    QUrl m_server;
    QString m_token;
    State m_state = State::Idle;
    bool m_again = false;
    bool m_online = false;
    Failure m_failure = Failure::None;
    Error m_lastError;
    int m_failures = 0;
    qint64 m_lastSuccessAt = 0;
    qint64 m_nextAttemptAt = 0;
    qint64 m_stalledSince = 0;
    int m_lastPending = -1;
    int m_batch = kPushBatch;
    quint64 m_cycle = 0; // a reply from an ended cycle is dropped
    QTimer *m_localChange = nullptr;
    qint64 m_newestLocalSeq = -1; // the outbox's newest op when last looked at; -1: not yet
    SyncReport m_totals;
};

} // namespace fd
