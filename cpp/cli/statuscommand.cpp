#include "statuscommand.h"

#include "clicontext.h"
#include "entitycatalog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>

namespace fd::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("StatusCommand", text);
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}
} // namespace

QString StatusCommand::summary() const
{
    return tr("Show device identity, schema version, rows per table, pending outbox ops and file size");
}

int StatusCommand::run(CliContext &ctx, const QCommandLineParser &)
{
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    Store &s = *store.value();
    QTextStream &out = ctx.out();
    const DeviceIdentity &me = s.identity();
    out << "data_dir: " << s.dataDir() << '\n'
        << "database: " << s.db().path() << '\n'
        << "schema_version: " << s.db().userVersion() << '\n';
    if (me.isValid()) {
        QString outletName;
        if (auto r = s.db().run(QStringLiteral("SELECT name FROM outlets WHERE id = ?"), {me.outletId}); r && r.value().next())
            outletName = r.value().value(0).toString();
        out << "device_id: " << me.deviceId << '\n'
            << "device_code: " << me.deviceCode << '\n'
            << "outlet_code: " << me.outletCode << '\n'
            << "outlet_name: " << outletName << '\n'
            << "mode: " << me.mode << '\n';
    } else {
        out << "device: " << tr("not set up (run init)") << '\n';
    }

    auto pending = s.outbox().pendingCount();
    if (!pending)
        return ctx.fail(pending.error());
    auto failed = s.outbox().failedCount();
    if (!failed)
        return ctx.fail(failed.error());
    out << "outbox_pending: " << pending.value() << '\n' << "outbox_failed: " << failed.value() << '\n';

    // Synced tables from the catalogue, then the local bookkeeping ones.
    QStringList tables;
    for (const EntityDef &e : EntityCatalog::all())
        tables << e.table;
    tables << QStringLiteral("outbox") << QStringLiteral("conflicts") << QStringLiteral("customer_search")
           << QStringLiteral("ticket_search");
    out << "tables:\n";
    for (const QString &table : std::as_const(tables)) {
        // Table names come from the catalogue above, never from input.
        auto r = s.db().run(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        if (!r)
            return ctx.fail(r.error());
        QSqlQuery q = std::move(r).value();
        const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
        out << "  " << table << ": " << n << '\n';
    }

    const QString db = s.db().path();
    const qint64 main = QFileInfo(db).size();
    const qint64 wal = QFileInfo(db + QStringLiteral("-wal")).size();
    out << "file_size: " << megabytes(main + wal) << " (db " << megabytes(main) << ", wal " << megabytes(wal) << ")\n";
    return ExitOk;
}

} // namespace fd::cli
