#include "syncengine.h"

#include "database.h"
#include "errorbody.h"
#include "protocol.h"
#include "store.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSync, "fielddesk.sync")

namespace fd {

namespace errc = protocol::errc;

namespace {

const QString kServerKey = u"server_url"_s;
const QString kTokenKey = u"device_token"_s;

protocol::SyncOp toSyncOp(const OutboxOp &op)
{
    protocol::SyncOp s;
    s.opId = op.opId;
    s.tx = op.txId.isEmpty() ? op.payload.value(u"tx"_s).toString(op.opId) : op.txId;
    s.kind = op.kind;
    s.entity = op.entityKind;
    s.entityId = op.entityId;
    s.insert = op.payload.value(u"mode"_s).toString() != "update"_L1;
    s.fields = op.payload.value(u"fields"_s).toObject();
    s.hlc = op.hlc;
    s.baseHlc = op.payload.value(u"base_hlc"_s).toString();
    s.staffId = op.staffId;
    s.createdAt = op.createdAt;
    return s;
}

Error replyError(QNetworkReply *reply, const QByteArray &body)
{
    if (auto e = protocol::ErrorBody::decode(body))
        return e->error();
    return makeError("network", reply->errorString());
}

} // namespace

SyncEngine::SyncEngine(Store &store, QNetworkAccessManager &nam, QObject *parent)
    : QObject(parent), m_store(store), m_nam(nam), m_applier(store)
{
    if (auto url = store.setting(kServerKey); url)
        m_server = QUrl(url.value());
    if (auto token = store.setting(kTokenKey); token)
        m_token = token.value();
    if (auto newest = store.outbox().newestSeq(); newest)
        m_newestLocalSeq = newest.value();
    m_localChange = new QTimer(this);
    m_localChange->setSingleShot(true);
    m_localChange->setInterval(kLocalChangeDelayMs);
    connect(m_localChange, &QTimer::timeout, this, [this] {
        auto newest = m_store.outbox().newestSeq();
        if (!newest || newest.value() <= m_newestLocalSeq)
            return;
        m_newestLocalSeq = newest.value();
        if (m_state == State::Idle)
            syncIfDue();
        else
            m_again = true; // its push may have gone already
    });
}

void SyncEngine::localChanged()
{
    if (isEnrolled() && !m_localChange->isActive())
        m_localChange->start();
}

QNetworkReply *SyncEngine::sendEnroll(QNetworkAccessManager &nam, const QUrl &server, const QString &code, const QString &name)
{
    QUrl url = server;
    url.setPath(url.path() + QLatin1String(protocol::kApiPrefix) + u"/enroll"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(kRequestTimeoutMs);
    return nam.post(request, protocol::EnrollRequest{code.trimmed().toUpper(), name}.encode());
}

Result<void> SyncEngine::checkServerUrl(const QUrl &server)
{
    if (!server.isValid() || server.host().isEmpty() || (server.scheme() != "http"_L1 && server.scheme() != "https"_L1))
        return makeError("invalid_url", tr("The server address must look like http://host:port."), u"server"_s);
    return {};
}

Result<protocol::EnrollResponse> SyncEngine::finishEnroll(Store &store, const QUrl &server, QNetworkReply *reply)
{
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        if (status == 0)
            return makeError("offline", tr("Cannot reach the server at %1: %2").arg(server.toString(), reply->errorString()));
        return replyError(reply, body);
    }
    auto answer = protocol::EnrollResponse::decode(body);
    if (!answer)
        return answer.error();
    const protocol::EnrollResponse &a = answer.value();
    DeviceIdentity identity{a.deviceId, a.deviceCode, a.outletId, a.outletCode, a.mode};
    Transaction tx(store.db());
    if (auto r = store.setIdentity(identity); !r)
        return r.error();
    if (auto r = store.setSetting(kServerKey, server.toString()); !r)
        return r.error();
    if (auto r = store.setSetting(kTokenKey, a.token); !r)
        return r.error();
    // A fresh enrollment reads the server's feed from the start.
    if (auto r = store.db().run(u"DELETE FROM sync_cursor"_s); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return answer;
}

Result<protocol::EnrollResponse> SyncEngine::enroll(Store &store, QNetworkAccessManager &nam, const QUrl &server,
                                                    const QString &code, const QString &name)
{
    if (auto r = checkServerUrl(server); !r)
        return r.error();
    QNetworkReply *reply = sendEnroll(nam, server, code, name);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return finishEnroll(store, server, reply);
}

void SyncEngine::startEnroll(const QUrl &server, const QString &code, const QString &name)
{
    if (auto r = checkServerUrl(server); !r) {
        Q_EMIT enrollFinished(false, r.error().message);
        return;
    }
    QNetworkReply *reply = sendEnroll(m_nam, server, code, name);
    connect(reply, &QNetworkReply::finished, this, [this, reply, server] {
        reply->deleteLater();
        auto r = finishEnroll(m_store, server, reply);
        if (!r) {
            Q_EMIT enrollFinished(false, r.error().message);
            return;
        }
        m_server = server;
        m_token = r->token;
        m_failures = 0;
        m_nextAttemptAt = 0;
        m_failure = Failure::None;
        m_lastError = {};
        Q_EMIT statusChanged();
        Q_EMIT enrollFinished(true, {});
        syncNow();
    });
}

void SyncEngine::syncNow()
{
    if (m_state != State::Idle) {
        m_again = true;
        return;
    }
    startCycle();
}

void SyncEngine::syncIfDue()
{
    // A device that was never enrolled has nobody to sync with; only an explicit syncNow() says so.
    if (isEnrolled() && m_state == State::Idle && m_store.nowMs() >= m_nextAttemptAt)
        startCycle();
}

void SyncEngine::startCycle()
{
    if (!isEnrolled()) {
        finishCycle(Failure::Auth, makeError("not_enrolled", tr("This device is not enrolled with a server yet.")));
        return;
    }
    m_again = false;
    m_state = State::Pushing;
    Q_EMIT statusChanged();
    pushNext();
}

QNetworkRequest SyncEngine::apiRequest(const QUrl &server, const QString &token, const QString &pathAndQuery)
{
    QUrl url = server;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    url.setPath(server.path() + QLatin1String(protocol::kApiPrefix) + pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1());
    request.setTransferTimeout(kRequestTimeoutMs);
    return request;
}

QNetworkReply *SyncEngine::send(const QString &pathAndQuery, const QByteArray &body)
{
    QNetworkRequest request = apiRequest(m_server, m_token, pathAndQuery);
    if (body.isNull())
        return m_nam.get(request);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return m_nam.post(request, body);
}

void SyncEngine::pushNext()
{
    auto ops = m_store.outbox().pending(m_batch, m_store.nowMs());
    if (!ops) {
        finishCycle(Failure::Permanent, ops.error());
        return;
    }
    if (ops->isEmpty()) {
        m_state = State::Pulling;
        Q_EMIT statusChanged();
        pullNext();
        return;
    }
    protocol::PushRequest request;
    for (const OutboxOp &op : ops.value())
        request.ops.append(toSyncOp(op));
    QNetworkReply *reply = send(u"/push"_s, request.encode());
    const QList<OutboxOp> sent = ops.value();
    connect(reply, &QNetworkReply::finished, this, [this, reply, sent] { onPushReply(reply, sent); });
}

SyncEngine::Failure SyncEngine::classify(int status)
{
    if (status == 0 || status == 408 || status == 429 || status >= 500)
        return Failure::Transient;
    if (status == 401 || status == 403)
        return Failure::Auth;
    return Failure::Permanent;
}

void SyncEngine::onPushReply(QNetworkReply *reply, const QList<OutboxOp> &ops)
{
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        const Error error = status == 0 ? makeError("offline", reply->errorString()) : replyError(reply, body);
        if (status == 413 && m_batch > 1) {
            m_batch = qMax(1, m_batch / 2);
            pushNext();
            return;
        }
        // A malformed op refuses the whole batch: set that one (with its transaction) aside.
        if (status == 400 && error.field.startsWith("ops["_L1)) {
            const int index = error.field.mid(4, error.field.indexOf(u']') - 4).toInt();
            if (index >= 0 && index < ops.size()) {
                Transaction tx(m_store.db());
                bool ok = true;
                int refused = 0;
                for (const OutboxOp &op : ops) {
                    if (op.txId == ops.at(index).txId) {
                        ok = ok && m_store.outbox().markFailed(op.opId, error.code, error.message).ok();
                        ++refused;
                    }
                }
                if (ok && tx.commit()) {
                    m_totals.rejected += refused;
                    pushNext();
                    return;
                }
            }
        }
        finishCycle(classify(status), error);
        return;
    }
    auto response = protocol::PushResponse::decode(body);
    if (!response) {
        finishCycle(Failure::Transient, response.error());
        return;
    }
    if (response->results.size() != ops.size()) {
        finishCycle(Failure::Permanent, makeError("bad_response", tr("The server answered %1 results for %2 changes.")
                                                                          .arg(response->results.size())
                                                                          .arg(ops.size())));
        return;
    }
    if (auto r = storeResults(ops, response.value()); !r) {
        finishCycle(Failure::Permanent, r.error());
        return;
    }
    m_online = true;
    m_batch = kPushBatch;
    pushNext();
}

Result<void> SyncEngine::storeResults(const QList<OutboxOp> &ops, const protocol::PushResponse &response)
{
    QHash<QString, const OutboxOp *> byId;
    for (const OutboxOp &op : ops)
        byId.insert(op.opId, &op);
    Transaction tx(m_store.db());
    if (!tx.isOpen())
        return tx.beginError();
    for (const protocol::OpResult &r : response.results) {
        const OutboxOp *op = byId.value(r.opId);
        if (!op)
            continue; // not ours to settle: the server answered for an op we did not send
        using S = protocol::OpResult::Status;
        ++m_totals.pushed;
        if (r.status == S::Applied || r.status == S::Duplicate) {
            r.status == S::Applied ? ++m_totals.applied : ++m_totals.duplicates;
            for (const protocol::OverriddenField &f : r.overridden) {
                const QJsonValue mine = op->payload.value(u"fields"_s).toObject().value(f.field);
                if (auto c = m_applier.recordOverridden(op->entityKind, op->entityId, mine, op->hlc, f); !c)
                    return c;
                ++m_totals.conflicts;
            }
            if (auto d = m_store.outbox().markDone(r.opId); !d)
                return d;
        } else if (r.code == QLatin1String(errc::kNotFoundEntity) || r.code == QLatin1String(errc::kUnknownStaff)) {
            // The record or the staff member may still be on its way (another device, a later batch).
            ++m_totals.retryLater;
            const qint64 wait = qMin(kMaxBackoffMs, kMinBackoffMs << qMin(op->attempts, 16));
            if (auto d = m_store.outbox().retryLater(r.opId, m_store.nowMs() + wait, r.code, r.message); !d)
                return d;
        } else {
            ++m_totals.rejected;
            qCWarning(lcSync).noquote() << "op" << r.opId << op->kind << "refused:" << r.code << r.message;
            if (auto d = m_store.outbox().markFailed(r.opId, r.code, r.message); !d)
                return d;
        }
    }
    return tx.commit();
}

void SyncEngine::pullNext(std::optional<qint64> after)
{
    if (!after) {
        auto cursor = m_applier.cursor();
        if (!cursor) {
            finishCycle(Failure::Permanent, cursor.error());
            return;
        }
        after = cursor.value();
    }
    QNetworkReply *reply = send(u"/pull?after=%1&limit=%2"_s.arg(*after).arg(protocol::kMaxPullPage), QByteArray());
    connect(reply, &QNetworkReply::finished, this, [this, reply, cycle = m_cycle] { onPullReply(reply, cycle); });
}

void SyncEngine::onPullReply(QNetworkReply *reply, quint64 cycle)
{
    reply->deleteLater();
    if (cycle != m_cycle)
        return; // asked for ahead of a page that then failed
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        finishCycle(classify(status), status == 0 ? makeError("offline", reply->errorString()) : replyError(reply, body));
        return;
    }
    auto page = protocol::PullPage::decode(body);
    if (!page) {
        finishCycle(Failure::Transient, page.error());
        return;
    }
    // The server prepares the next page while this one is written; it is used only if this
    // one is stored (the cursor moves in the same transaction).
    if (page->more)
        pullNext(page->next);
    auto applied = m_applier.apply(page.value());
    if (!applied) {
        finishCycle(Failure::Permanent, applied.error());
        return;
    }
    m_online = true;
    m_totals.pulled += applied->rows;
    m_totals.conflicts += applied->conflicts;
    if (!page->more)
        finishCycle(Failure::None);
}

qint64 SyncEngine::backoffMs() const
{
    const qint64 base = qMin(kMaxBackoffMs, kMinBackoffMs << qMin(m_failures, 20));
    // Full jitter on the upper half: devices that lost the network together do not return together.
    return base / 2 + QRandomGenerator::global()->bounded(base / 2 + 1);
}

void SyncEngine::finishCycle(Failure failure, const Error &error)
{
    ++m_cycle;
    m_state = State::Idle;
    m_failure = failure;
    m_lastError = error;
    const qint64 now = m_store.nowMs();
    if (failure == Failure::None) {
        m_failures = 0;
        m_lastSuccessAt = now;
        m_nextAttemptAt = 0;
    } else {
        ++m_failures;
        if (failure == Failure::Transient)
            m_online = false;
        m_nextAttemptAt = now + backoffMs();
        qCInfo(lcSync).noquote() << "sync cycle ended:" << error.toString();
    }
    // Watchdog: pending ops that do not get fewer while we are online.
    auto pending = m_store.outbox().pendingCount();
    if (pending) {
        if (pending.value() == 0 || pending.value() < m_lastPending)
            m_stalledSince = 0;
        else if (m_stalledSince == 0 && m_online && pending.value() > 0)
            m_stalledSince = now;
        m_lastPending = pending.value();
    }
    Q_EMIT statusChanged();
    Q_EMIT cycleFinished(failure == Failure::None);
    // Asked for during the cycle (a nudge, a local change): right away, or once the backoff allows.
    if (m_again && failure == Failure::None)
        QTimer::singleShot(0, this, [this] { syncNow(); });
    else if (m_again)
        QTimer::singleShot(int(qBound<qint64>(0, m_nextAttemptAt - now, kMaxBackoffMs)), this, &SyncEngine::syncIfDue);
}

Result<SyncReport> SyncEngine::runUntilIdle(int timeoutMs)
{
    const SyncReport before = m_totals;
    QEventLoop loop;
    bool ok = false;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    const auto conn = connect(this, &SyncEngine::cycleFinished, &loop, [&](bool success) {
        ok = success;
        loop.quit();
    });
    timeout.start(timeoutMs);
    syncNow();
    if (m_state != State::Idle)
        loop.exec();
    disconnect(conn);
    if (m_state != State::Idle)
        return makeError("timeout", tr("Sync did not finish within %1 s.").arg(timeoutMs / 1000));
    if (!ok)
        return m_lastError;
    SyncReport r;
    r.pushed = m_totals.pushed - before.pushed;
    r.applied = m_totals.applied - before.applied;
    r.duplicates = m_totals.duplicates - before.duplicates;
    r.rejected = m_totals.rejected - before.rejected;
    r.retryLater = m_totals.retryLater - before.retryLater;
    r.pulled = m_totals.pulled - before.pulled;
    r.conflicts = m_totals.conflicts - before.conflicts;
    return r;
}

} // namespace fd
