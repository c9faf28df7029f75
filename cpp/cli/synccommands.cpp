#include "synccommands.h"

#include "attachmentsync.h"

#include "blobtransfer.h"
#include "clicontext.h"
#include "nudgelistener.h"
#include "syncengine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

namespace fd::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SyncCommands", text);
}

void printReport(QTextStream &out, const SyncReport &r)
{
    out << "pushed: " << r.pushed << " (applied " << r.applied << ", duplicate " << r.duplicates << ", refused "
        << r.rejected << ", later " << r.retryLater << ")\n"
        << "pulled: " << r.pulled << '\n'
        << "conflicts: " << r.conflicts << '\n';
}

/** Runs @p body with a transfer for this enrolled device's server and token. */
int withTransfer(CliContext &ctx, const std::function<int(BlobTransfer &)> &body)
{
    auto store = ctx.setUpStore();
    if (!store)
        return ctx.fail(store.error());
    QNetworkAccessManager nam;
    const SyncEngine engine(*store.value(), nam);
    if (!engine.isEnrolled())
        return ctx.fail(tr("This device is not enrolled; run `enroll` first."));
    BlobTransfer transfer(nam, engine.server(), engine.token());
    return body(transfer);
}

} // namespace

QString EnrollCommand::summary() const
{
    return tr("Enroll this device with a server using a one-time code");
}

QList<CliOption> EnrollCommand::options() const
{
    return {{u"server"_s, u"URL"_s, tr("The server, e.g. http://127.0.0.1:8470"), true, {}},
            {u"code"_s, u"CODE"_s, tr("The one-time code from `server enroll`"), true, {}},
            {u"name"_s, u"NAME"_s, tr("A name for this device"), false, {}}};
}

int EnrollCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    auto store = ctx.store(CliContext::Open::CreateIfMissing);
    if (!store)
        return ctx.fail(store.error());
    QNetworkAccessManager nam;
    auto r = SyncEngine::enroll(*store.value(), nam, QUrl(args.value(u"server"_s)), args.value(u"code"_s),
                                args.value(u"name"_s));
    if (!r)
        return ctx.fail(r.error());
    ctx.out() << tr("Device enrolled.") << "\ndevice_id: " << r->deviceId << "\noutlet: " << r->outletCode
              << "\ndevice_code: " << r->deviceCode << "\nmode: " << r->mode << '\n';
    return ExitOk;
}

QString SyncCommand::summary() const
{
    return tr("Sync with the server: push local changes, pull the server's");
}

QList<CliOption> SyncCommand::options() const
{
    return {{u"watch"_s, {}, tr("Keep syncing until stopped (SIGINT/SIGTERM)"), false, {}},
            {u"interval"_s, u"SECONDS"_s, tr("With --watch: seconds between cycles when no nudge comes"), false, u"5"_s}};
}

int SyncCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    auto store = ctx.setUpStore();
    if (!store)
        return ctx.fail(store.error());
    QNetworkAccessManager nam;
    SyncEngine engine(*store.value(), nam);
    if (!engine.isEnrolled())
        return ctx.fail(tr("This device is not enrolled; run `enroll` first."));
    if (!args.isSet(u"watch"_s)) {
        auto r = engine.runUntilIdle();
        if (!r)
            return ctx.fail(r.error());
        printReport(ctx.out(), r.value());
        // Attachments last: the files of the records just pushed.
        AttachmentSync files(*store.value());
        files.follow(engine);
        int uploaded = 0;
        int notUploaded = 0;
        QObject::connect(&files, &AttachmentSync::uploaded, &files, [&uploaded] { ++uploaded; });
        QObject::connect(&files, &AttachmentSync::failed, &files, [&](const QString &sha256, const QString &message) {
            ++notUploaded;
            ctx.err() << "attachment " << sha256 << " not uploaded: " << message << '\n';
        });
        QEventLoop wait;
        QObject::connect(&files, &AttachmentSync::becameIdle, &wait, &QEventLoop::quit);
        files.uploadPending();
        if (!files.idle())
            wait.exec();
        if (uploaded + notUploaded > 0)
            ctx.out() << "attachments uploaded: " << uploaded << (notUploaded ? QStringLiteral(" (%1 left for the next sync)").arg(notUploaded) : QString()) << '\n';
        auto failed = store.value()->outbox().failedCount();
        if (failed && failed.value() > 0)
            ctx.out() << "refused, waiting for you: " << failed.value() << " (see `sync errors`)\n";
        return ExitOk;
    }
    const auto interval = intOption(ctx, args, u"interval"_s, 1, 3600);
    if (!interval)
        return ExitUsage;
    // A nudge from the server syncs at once; the interval stays as the fallback.
    NudgeListener nudges;
    nudges.follow(engine);
    AttachmentSync files(*store.value());
    files.follow(engine);
    QObject::connect(&nudges, &NudgeListener::connectedChanged, &engine, [&](bool connected) {
        ctx.err() << (connected ? "nudges: connected\n" : "nudges: disconnected, reconnecting\n");
        ctx.err().flush();
    });
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &engine, &SyncEngine::syncIfDue);
    QObject::connect(&engine, &SyncEngine::cycleFinished, &engine, [&](bool ok) {
        if (ok)
            printReport(ctx.out(), engine.totals());
        else
            ctx.err() << "sync: " << engine.lastError().toString() << '\n';
        ctx.out().flush();
        ctx.err().flush();
    });
    timer.start(*interval * 1000);
    engine.syncNow();
    return QCoreApplication::exec() == 0 ? ExitOk : ExitFailed;
}

QString SyncErrorsCommand::summary() const
{
    return tr("List the changes the server refused; retry or discard one (with its transaction)");
}

QList<CliOption> SyncErrorsCommand::options() const
{
    return {{u"retry"_s, u"OP_ID"_s, tr("Send this change again at the next sync"), false, {}},
            {u"discard"_s, u"OP_ID"_s, tr("Give up this change for good"), false, {}}};
}

int SyncErrorsCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    auto store = ctx.setUpStore();
    if (!store)
        return ctx.fail(store.error());
    Outbox &outbox = store.value()->outbox();
    if (args.isSet(u"retry"_s)) {
        if (auto r = outbox.retry(args.value(u"retry"_s)); !r)
            return ctx.fail(r.error());
        ctx.out() << tr("Queued again.") << '\n';
        return ExitOk;
    }
    if (args.isSet(u"discard"_s)) {
        if (auto r = outbox.discard(args.value(u"discard"_s)); !r)
            return ctx.fail(r.error());
        ctx.out() << tr("Discarded.") << '\n';
        return ExitOk;
    }
    auto failed = outbox.failed(1000);
    if (!failed)
        return ctx.fail(failed.error());
    for (const OutboxOp &op : failed.value())
        ctx.out() << op.opId << '\t' << op.kind << '\t' << op.entityId << '\t' << op.errorCode << '\t' << op.errorMessage << '\n';
    return ExitOk;
}

QString BlobPutCommand::summary() const
{
    return tr("Upload an attachment file to the server (resumes a cut upload)");
}

int BlobPutCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    return withTransfer(ctx, [&](BlobTransfer &transfer) {
        auto up = transfer.upload(args.positionalArguments().value(0), [&](qint64 done, qint64 total) {
            ctx.err() << tr("uploaded %1 of %2 bytes").arg(done).arg(total) << '\n';
            ctx.err().flush();
        });
        if (!up)
            return ctx.fail(up.error());
        ctx.out() << "sha256: " << up->sha256 << "\nsize: " << up->size << "\nsent: " << up->sentBytes << '\n';
        return int(ExitOk);
    });
}

QString BlobGetCommand::summary() const
{
    return tr("Fetch an attachment file from the server by its SHA-256");
}

QList<CliOption> BlobGetCommand::options() const
{
    return {{u"out"_s, u"FILE"_s, tr("Where to write the file"), true, {}}};
}

int BlobGetCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    return withTransfer(ctx, [&](BlobTransfer &transfer) {
        auto n = transfer.download(args.positionalArguments().value(0), args.value(u"out"_s));
        if (!n)
            return ctx.fail(n.error());
        ctx.out() << "size: " << n.value() << '\n';
        return int(ExitOk);
    });
}

} // namespace fd::cli
