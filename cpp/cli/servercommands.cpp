#include "servercommands.h"

#include "cardnumber.h"
#include "clicontext.h"
#include "etcapi.h"
#include "etcledger.h"
#include "hybridlogicalclock.h"
#include "pinhasher.h"
#include "serveroptions.h"
#include "serverstorage.h"
#include "simulatedcard.h"
#include "syncstore.h"
#include "ticketprinter.h"

#include <QCoreApplication>

#include <limits>
#include <QDateTime>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace fd::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ServerCommands", text);
}

const CliOption kDbOption{u"db"_s, u"PATH"_s, u"The server's database: sqlite:PATH as fielddesk-server --db takes it, or the file's path"_s, true, {}};

/** The server database, opened for one command. */
struct ServerDb
{
    explicit ServerDb(const Clock &clock) : storage(clock), sync(storage, clock) {}
    ~ServerDb() { sync.releaseStatements(); }
    ServerStorage storage;
    SyncStore sync;
};

Result<std::unique_ptr<ServerDb>> openServer(CliContext &ctx, const QCommandLineParser &args)
{
    // The same --db the server takes; a bare path means a SQLite file.
    QString url = args.value(u"db"_s);
    if (!url.contains(u':'))
        url.prepend(u"sqlite:"_s);
    ServerOptions options;
    if (auto r = options.parseDatabaseUrl(url); !r)
        return r.error();
    auto db = std::make_unique<ServerDb>(ctx.clock());
    if (auto r = db->storage.open(options.databasePath()); !r)
        return r.error();
    return db;
}

/** Applies @p ops as the administrator, as one transaction; the first refusal is the error. */
Result<void> applyAsAdmin(ServerDb &db, QList<protocol::SyncOp> ops, CliContext &ctx)
{
    const QString tx = ops.first().opId;
    HybridLogicalClock hlc(ctx.clock(), SyncStore::adminDevice().id);
    for (protocol::SyncOp &op : ops) {
        op.tx = tx;
        op.hlc = hlc.now().toString();
        op.createdAt = ctx.clock().nowMs();
    }
    auto r = db.sync.push(SyncStore::adminDevice(), ops);
    if (!r)
        return r.error();
    for (const protocol::OpResult &res : r->results) {
        if (res.status == protocol::OpResult::Status::Rejected)
            return Error{res.code, res.message, {}};
    }
    return {};
}

protocol::SyncOp insertOp(UuidGenerator &ids, const QString &kind, const QString &entity, const QJsonObject &fields,
                          QString *entityId = nullptr)
{
    protocol::SyncOp op;
    op.opId = ids.next();
    op.kind = kind;
    op.entity = entity;
    op.entityId = ids.next();
    op.fields = fields;
    if (entityId)
        *entityId = op.entityId;
    return op;
}

} // namespace

QString ServerOutletAddCommand::summary() const
{
    return tr("Add an outlet (branch) on the server");
}

QList<CliOption> ServerOutletAddCommand::options() const
{
    return {kDbOption,
            {u"code"_s, u"CODE"_s, tr("Four-digit outlet code"), true, {}},
            {u"name"_s, u"NAME"_s, tr("Outlet name"), true, {}},
            {u"province"_s, u"NAME"_s, tr("Province"), false, {}},
            {u"address"_s, u"TEXT"_s, tr("Address"), false, {}}};
}

int ServerOutletAddCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    const QString code = args.value(u"code"_s);
    if (code.size() != 4 || !std::all_of(code.begin(), code.end(), [](QChar c) { return c.isDigit(); }))
        return ctx.usage(tr("--code must be four digits."));
    auto db = openServer(ctx, args);
    if (!db)
        return ctx.fail(db.error());
    if (db.value()->sync.outletIdByCode(code))
        return ctx.fail(tr("The server has an outlet %1 already.").arg(code));
    UuidGenerator ids(ctx.clock());
    QString id;
    auto op = insertOp(ids, u"outlet.create"_s, u"outlet"_s,
                       {{u"code"_s, code}, {u"name"_s, args.value(u"name"_s).simplified()},
                        {u"province"_s, args.value(u"province"_s)}, {u"address"_s, args.value(u"address"_s)}},
                       &id);
    if (auto r = applyAsAdmin(*db.value(), {op}, ctx); !r)
        return ctx.fail(r.error());
    ctx.out() << tr("Outlet added.") << "\nid: " << id << "\ncode: " << code << '\n';
    return ExitOk;
}

QString ServerStaffAddCommand::summary() const
{
    return tr("Add a staff member on the server; they reach their outlet's devices at the next sync");
}

QList<CliOption> ServerStaffAddCommand::options() const
{
    return {kDbOption,
            {u"outlet-code"_s, u"CODE"_s, tr("The outlet they work at"), true, {}},
            {u"no"_s, u"STAFF_NO"_s, tr("Staff number"), true, {}},
            {u"name"_s, u"NAME"_s, tr("Name"), true, {}},
            {u"roles"_s, u"ROLES"_s, tr("Comma-separated: crew, counter, finance, supervisor, admin"), true, {}},
            {u"pin"_s, u"PIN"_s, tr("Sign-in PIN, 4 to 8 digits"), true, {}}};
}

int ServerStaffAddCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    static const QStringList kRoles = {u"crew"_s, u"counter"_s, u"finance"_s, u"supervisor"_s, u"admin"_s};
    const QStringList roles = args.value(u"roles"_s).split(u',', Qt::SkipEmptyParts);
    if (roles.isEmpty())
        return ctx.usage(tr("--roles needs at least one role."));
    for (const QString &role : roles) {
        if (!kRoles.contains(role.trimmed()))
            return ctx.usage(tr("Unknown role: %1").arg(role));
    }
    if (!PinHasher::isWellFormed(args.value(u"pin"_s)))
        return ctx.usage(tr("--pin must be 4 to 8 digits."));
    auto db = openServer(ctx, args);
    if (!db)
        return ctx.fail(db.error());
    auto outlet = db.value()->sync.outletIdByCode(args.value(u"outlet-code"_s));
    if (!outlet)
        return ctx.fail(outlet.error());
    const PinHasher::Hash hash = PinHasher::hash(args.value(u"pin"_s));
    UuidGenerator ids(ctx.clock());
    QString staffId;
    QList<protocol::SyncOp> ops{insertOp(ids, u"staff.create"_s, u"staff"_s,
                                         {{u"staff_no"_s, args.value(u"no"_s)},
                                          {u"name"_s, args.value(u"name"_s).simplified()},
                                          {u"outlet_id"_s, outlet.value()},
                                          {u"pin_salt"_s, hash.saltHex},
                                          {u"pin_hash"_s, hash.hashHex},
                                          {u"pin_iterations"_s, hash.iterations}},
                                         &staffId)};
    for (const QString &role : roles)
        ops.append(insertOp(ids, u"staff.grant_role"_s, u"staff_role"_s, {{u"staff_id"_s, staffId}, {u"role"_s, role.trimmed()}}));
    if (auto r = applyAsAdmin(*db.value(), ops, ctx); !r)
        return ctx.fail(r.error());
    ctx.out() << tr("Staff member added.") << "\nid: " << staffId << "\nstaff_no: " << args.value(u"no"_s)
              << "\nroles: " << roles.join(u',') << '\n';
    return ExitOk;
}

QString ServerEnrollCommand::summary() const
{
    return tr("Make a one-time code (valid 24 h) that enrolls one device of an outlet");
}

QList<CliOption> ServerEnrollCommand::options() const
{
    return {kDbOption,
            {u"outlet-code"_s, u"CODE"_s, tr("The device's outlet"), true, {}},
            {u"mode"_s, u"MODE"_s, tr("tablet, counter or kiosk"), true, {}}};
}

int ServerEnrollCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    auto db = openServer(ctx, args);
    if (!db)
        return ctx.fail(db.error());
    auto code = db.value()->sync.createEnrollmentCode(args.value(u"outlet-code"_s), args.value(u"mode"_s));
    if (!code)
        return ctx.fail(code.error());
    ctx.out() << code.value() << '\n';
    return ExitOk;
}

QString ServerRevokeCommand::summary() const
{
    return tr("Revoke a device (by id or outlet-device code such as 0101-02): its token stops working");
}

QList<CliOption> ServerRevokeCommand::options() const
{
    return {kDbOption};
}

int ServerRevokeCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    auto db = openServer(ctx, args);
    if (!db)
        return ctx.fail(db.error());
    auto device = db.value()->sync.revoke(args.positionalArguments().value(0));
    if (!device)
        return ctx.fail(device.error());
    ctx.out() << tr("Device %1-%2 (%3) revoked.").arg(device->outletCode, device->deviceCode, device->id) << '\n';
    return ExitOk;
}

QString ServerDevicesCommand::summary() const
{
    return tr("List the enrolled devices");
}

QList<CliOption> ServerDevicesCommand::options() const
{
    return {kDbOption};
}

int ServerDevicesCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    auto db = openServer(ctx, args);
    if (!db)
        return ctx.fail(db.error());
    auto devices = db.value()->sync.devices();
    if (!devices)
        return ctx.fail(devices.error());
    for (const SyncDevice &d : devices.value()) {
        ctx.out() << d.outletCode << '-' << d.deviceCode << '\t' << d.mode << '\t' << d.name << '\t' << d.id << '\t'
                  << (d.revokedAt ? tr("revoked") : tr("active")) << '\t'
                  << (d.lastSeenAt ? QDateTime::fromMSecsSinceEpoch(d.lastSeenAt, Qt::UTC).toString(Qt::ISODate) : u"-"_s)
                  << '\n';
    }
    return ExitOk;
}

} // namespace fd::cli

namespace fd::cli {

namespace {


/** The server's ledger under the issuer's key beside its database (made on first use, as the server does). */
struct Ledger
{
    QByteArray key;
    std::unique_ptr<EtcLedger> ledger;
};

Result<Ledger> openLedger(CliContext &ctx, ServerDb &db)
{
    auto key = EtcApi::masterKey(db.storage.path() + u".loadkey"_s);
    if (!key)
        return key.error();
    return Ledger{key.value(), std::make_unique<EtcLedger>(db.storage, ctx.clock(), key.value())};
}

} // namespace

QString ServerEtcAccountAddCommand::summary() const
{
    return tr("Open an ETC account for a customer in the server's ledger");
}

QList<CliOption> ServerEtcAccountAddCommand::options() const
{
    return {kDbOption,
            {u"outlet-code"_s, u"CODE"_s, tr("The outlet that opens it"), true, {}},
            {u"customer"_s, u"ID"_s, tr("The customer's record id"), true, {}},
            {u"kind"_s, u"KIND"_s, tr("stored_value or debit"), false, u"stored_value"_s},
            {u"account-no"_s, u"NO"_s, tr("The account number (default: made from the outlet and the time)"), false, {}}};
}

int ServerEtcAccountAddCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    const QString kind = args.value(u"kind"_s);
    if (kind != "stored_value"_L1 && kind != "debit"_L1)
        return ctx.usage(tr("--kind must be stored_value or debit."));
    auto db = openServer(ctx, args);
    if (!db)
        return ctx.fail(db.error());
    auto outlet = db.value()->sync.outletIdByCode(args.value(u"outlet-code"_s));
    if (!outlet)
        return ctx.fail(outlet.error());
    auto ledger = openLedger(ctx, *db.value());
    if (!ledger)
        return ctx.fail(ledger.error());
    QString accountNo = args.value(u"account-no"_s).trimmed();
    if (accountNo.isEmpty())
        accountNo = args.value(u"outlet-code"_s) + QString::number(ctx.clock().nowMs());
    auto id = ledger->ledger->openAccount(accountNo, args.value(u"customer"_s).trimmed(), outlet.value(), kind);
    if (!id)
        return ctx.fail(id.error());
    ctx.out() << tr("Account opened.") << "\nid: " << id.value() << "\naccount_no: " << accountNo << '\n';
    return ExitOk;
}

QString ServerEtcCardIssueCommand::summary() const
{
    return tr("Issue a card on an account and write its simulated chip file");
}

QList<CliOption> ServerEtcCardIssueCommand::options() const
{
    return {kDbOption,
            {u"account"_s, u"ID"_s, tr("The account's id (from `server etc account add`)"), true, {}},
            {u"card-no"_s, u"NO"_s, tr("The 20-digit card number"), true, {}},
            {u"chip"_s, u"FILE"_s, tr("Where to write the card's chip file (must not exist)"), true, {}},
            {u"type"_s, u"TYPE"_s, tr("stored_value or debit"), false, u"stored_value"_s},
            {u"valid-from"_s, u"DATE"_s, tr("First day of validity, yyyy-MM-dd (default today)"), false, {}},
            {u"valid-to"_s, u"DATE"_s, tr("Last day of validity, yyyy-MM-dd (default ten years on)"), false, {}}};
}

int ServerEtcCardIssueCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    const auto parsed = CardNumber::parse(args.value(u"card-no"_s));
    if (!parsed)
        return ctx.usage(tr("--card-no must be 20 digits."));
    const QString cardNo = parsed.value();
    const QString type = args.value(u"type"_s);
    if (type != "stored_value"_L1 && type != "debit"_L1)
        return ctx.usage(tr("--type must be stored_value or debit."));
    const QDate today = QDateTime::fromMSecsSinceEpoch(ctx.clock().nowMs()).date();
    const QDate from = args.isSet(u"valid-from"_s) ? QDate::fromString(args.value(u"valid-from"_s), Qt::ISODate) : today;
    const QDate to = args.isSet(u"valid-to"_s) ? QDate::fromString(args.value(u"valid-to"_s), Qt::ISODate) : today.addYears(10);
    if (!from.isValid() || !to.isValid() || to < from)
        return ctx.usage(tr("--valid-from and --valid-to must be dates (yyyy-MM-dd), the first not after the second."));
    const QString chipPath = args.value(u"chip"_s);
    if (QFileInfo::exists(chipPath))
        return ctx.fail(tr("%1 exists already; a chip file is written once.").arg(chipPath));
    auto db = openServer(ctx, args);
    if (!db)
        return ctx.fail(db.error());
    auto ledger = openLedger(ctx, *db.value());
    if (!ledger)
        return ctx.fail(ledger.error());
    const QString validFrom = from.toString(Qt::ISODate);
    const QString validTo = to.toString(Qt::ISODate);
    auto id = ledger->ledger->issueCard(args.value(u"account"_s).trimmed(), cardNo, type, validFrom, validTo);
    if (!id)
        return ctx.fail(id.error());
    if (auto r = SimulatedCardTerminal::personalise(chipPath, ledger->key, {cardNo, type, validFrom, validTo}); !r)
        return ctx.fail(r.error());
    ctx.out() << tr("Card issued.") << "\nid: " << id.value() << "\ncard_no: " << cardNo << "\nvalid: " << validFrom << " – "
              << validTo << "\nchip: " << chipPath << '\n';
    return ExitOk;
}

QString ServerEtcCheckCommand::summary() const
{
    return tr("Check the ETC ledger: every balance the sum of its entries, every load credited once");
}

QList<CliOption> ServerEtcCheckCommand::options() const
{
    return {kDbOption};
}

int ServerEtcCheckCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    auto db = openServer(ctx, args);
    if (!db)
        return ctx.fail(db.error());
    auto ledger = openLedger(ctx, *db.value());
    if (!ledger)
        return ctx.fail(ledger.error());
    if (auto r = ledger->ledger->checkInvariants(); !r)
        return ctx.fail(r.error());
    if (auto r = db.value()->sync.statusList().checkInvariants(); !r)
        return ctx.fail(r.error());
    auto summary = ledger->ledger->summary();
    if (!summary)
        return ctx.fail(summary.error());
    ctx.out() << "ledger: ok\nstatus_list: ok\naccounts: " << summary->accounts << "\nbalance_fen: " << summary->balanceFen
              << "\nloads_completed: " << summary->completedLoads << "\nloads_open: " << summary->openLoads << '\n';
    return ExitOk;
}

QString ServerEtcListCommand::summary() const
{
    return tr("Show the status list (状态名单): its version, how many are on it, the versions after one, or one card");
}

QList<CliOption> ServerEtcListCommand::options() const
{
    return {kDbOption,
            {u"after"_s, u"VERSION"_s, tr("List the versions after this one"), false, {}},
            {u"card-no"_s, u"NO"_s, tr("Say whether this card is on the list"), false, {}}};
}

int ServerEtcListCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    auto db = openServer(ctx, args);
    if (!db)
        return ctx.fail(db.error());
    StatusListBook &list = db.value()->sync.statusList();
    auto version = list.version();
    if (!version)
        return ctx.fail(version.error());
    auto listed = list.listedCount();
    if (!listed)
        return ctx.fail(listed.error());
    ctx.out() << "version: " << version.value() << "\nlisted: " << listed.value() << '\n';
    if (args.isSet(u"after"_s)) {
        const auto after = intOption(ctx, args, u"after"_s, 0, std::numeric_limits<int>::max());
        if (!after)
            return ExitUsage;
        auto versions = list.versions(*after, 10000);
        if (!versions)
            return ctx.fail(versions.error());
        for (const StatusListBook::Version &v : versions.value())
            ctx.out() << v.version << ' ' << v.action << ' ' << v.mediaNo << ' ' << v.reason << ' '
                      << TicketPrinter::time(v.publishedAt) << " seq=" << v.seq << '\n';
    }
    if (args.isSet(u"card-no"_s)) {
        auto cardNo = CardNumber::parse(args.value(u"card-no"_s));
        if (!cardNo)
            return ctx.usage(cardNo.error().message);
        auto hit = list.listing(cardNo.value());
        if (!hit)
            return ctx.fail(hit.error());
        ctx.out() << "card_no: " << cardNo.value() << "\non_list: " << (hit->has_value() ? "yes" : "no") << '\n';
        if (hit->has_value())
            ctx.out() << "reason: " << hit->value().reason << "\nlist_version: " << hit->value().version
                      << "\nlisted_at: " << TicketPrinter::time(hit->value().listedAt) << '\n';
    }
    return ExitOk;
}

QString ServerEtcListMonitorCommand::summary() const
{
    return tr("Show which status-list version each device holds and how far behind it is (下发监控)");
}

QList<CliOption> ServerEtcListMonitorCommand::options() const
{
    return {kDbOption};
}

int ServerEtcListMonitorCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    auto db = openServer(ctx, args);
    if (!db)
        return ctx.fail(db.error());
    auto devices = db.value()->sync.devices();
    if (!devices)
        return ctx.fail(devices.error());
    auto states = db.value()->sync.statusList().monitor(devices.value());
    if (!states)
        return ctx.fail(states.error());
    auto version = db.value()->sync.statusList().version();
    if (!version)
        return ctx.fail(version.error());
    ctx.out() << "version: " << version.value() << '\n';
    for (qsizetype i = 0; i < devices->size(); ++i) {
        const SyncDevice &d = devices->at(i);
        const StatusListBook::DeviceState &s = states->at(i);
        ctx.out() << d.outletCode << '-' << d.deviceCode << ' ' << d.mode << " holds=" << s.version << " sent=" << s.sentVersion << " behind=" << s.behind
                  << " read_at=" << (s.readAt > 0 ? TicketPrinter::time(s.readAt) : u"never"_s)
                  << (d.revokedAt > 0 ? " revoked" : "") << '\n';
    }
    return ExitOk;
}

} // namespace fd::cli
