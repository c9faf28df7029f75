#include "etccommands.h"

#include "cardload.h"
#include "cardnumber.h"
#include "clicontext.h"
#include "etcclient.h"
#include "money.h"
#include "simulatedcard.h"
#include "statuslistrepository.h"
#include "store.h"
#include "syncengine.h"
#include "ticketprinter.h"
#include "uuidgenerator.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace fd::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EtcCommands", text);
}

const CliOption kCardOption{u"card"_s, u"FILE"_s, u"The card on the reader: a simulated chip file"_s, true, {}};
const CliOption kStaffOption{u"staff"_s, u"NO"_s, u"The staff member at the counter (none at a kiosk)"_s, false, {}};

void printChip(QTextStream &out, const CardChip &chip)
{
    out << "card_no: " << chip.cardNo << "\ntype: " << chip.cardType << "\nvalid: " << chip.validFrom << " – " << chip.validTo
        << "\nbalance: " << Money::fromFen(chip.balanceFen).display() << "\nbalance_fen: " << chip.balanceFen
        << "\ncounter: " << chip.counter << '\n';
}

void printOutcome(QTextStream &out, const CardLoadFlow::Outcome &o)
{
    out << (o.settledEarlier ? tr("An earlier load that had not reached the card is finished now; no new load was made.")
                             : tr("Card loaded."))
        << "\nload: " << o.load.id << "\nrequest: " << o.load.requestId << "\namount: " << Money::fromFen(o.load.amountFen).display()
        << "\namount_fen: " << o.load.amountFen << "\ncard_balance_fen: " << o.load.balanceAfterFen
        << "\ncounter: " << o.load.counterAfter << "\naccount_balance_fen: " << o.load.accountBalanceAfterFen << '\n';
}

/** The id of the staff member --staff names; empty without --staff (a kiosk). */
Result<QString> staffFrom(CliContext &ctx, const QCommandLineParser &args)
{
    if (!args.isSet(u"staff"_s))
        return QString();
    auto staff = ctx.staffByNo(args.value(u"staff"_s));
    if (!staff)
        return staff.error();
    return staff->id;
}

/**
 * Runs @p body with the card terminal and the server's load authority, for the enrolled device
 * and the staff member given.
 */
int withLoads(CliContext &ctx, const QCommandLineParser &args,
              const std::function<int(SimulatedCardTerminal &, CardLoadFlow &)> &body)
{
    auto store = ctx.setUpStore();
    if (!store)
        return ctx.fail(store.error());
    auto staffId = staffFrom(ctx, args);
    if (!staffId)
        return ctx.fail(staffId.error());
    QNetworkAccessManager nam;
    const SyncEngine engine(*store.value(), nam);
    if (!engine.isEnrolled())
        return ctx.fail(tr("This device is not enrolled; run `enroll` first."));
    EtcClient server(nam, engine.server(), engine.token(), staffId.value());
    SimulatedCardTerminal terminal(ctx.clock());
    terminal.present(args.value(u"card"_s));
    CardLoadFlow flow(terminal, server);
    return body(terminal, flow);
}

} // namespace

QString EtcCardCommand::summary() const
{
    return tr("Read the card on the reader: number, validity, balance, counter and its last transactions");
}

QList<CliOption> EtcCardCommand::options() const
{
    return {kCardOption};
}

int EtcCardCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    SimulatedCardTerminal terminal(ctx.clock());
    terminal.present(args.value(u"card"_s));
    auto chip = terminal.readCard();
    if (!chip)
        return ctx.fail(chip.error());
    printChip(ctx.out(), chip.value());
    for (const ChipTransaction &t : chip->log)
        ctx.out() << "log: " << t.counterAfter << ' ' << t.kind << ' ' << Money::fromFen(t.amountFen).display() << " → "
                  << Money::fromFen(t.balanceAfterFen).display() << ' ' << TicketPrinter::time(t.at)
                  << (t.ref.isEmpty() ? QString() : u" "_s + t.ref) << '\n';
    return ExitOk;
}

QString EtcLoadCommand::summary() const
{
    return tr("Load (圈存) an amount onto the card: the server credits the account and authorises the card write");
}

QString EtcLoadCommand::details() const
{
    return tr("The request id is printed first. If the command is cut off (no answer, the process stopped), run it again "
              "with --request and the same id, or run `etc settle`: a load is never made twice, and one that did not "
              "reach the card is finished from the card's own record.");
}

QList<CliOption> EtcLoadCommand::options() const
{
    return {kCardOption,
            {u"amount"_s, u"YUAN"_s, tr("The amount, e.g. 100 or 50.50"), true, {}},
            {u"payment"_s, u"HOW"_s, tr("cash, bank_card or qr"), false, u"cash"_s},
            {u"request"_s, u"ID"_s, tr("Repeat an earlier request (its id) instead of making a new one"), false, {}},
            kStaffOption,
            {u"card-write-delay-ms"_s, u"MS"_s, tr("Simulate a slow card: wait this long before the chip commits"), false, u"0"_s}};
}

int EtcLoadCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    auto amount = Money::parseYuan(args.value(u"amount"_s));
    if (!amount)
        return ctx.usage(amount.error().message);
    if (amount->fen() <= 0)
        return ctx.usage(tr("--amount must be more than zero."));
    static const QStringList kPayments = {u"cash"_s, u"bank_card"_s, u"qr"_s};
    const QString payment = args.value(u"payment"_s);
    if (!kPayments.contains(payment))
        return ctx.usage(tr("--payment must be cash, bank_card or qr."));
    const auto delay = intOption(ctx, args, u"card-write-delay-ms"_s, 0, 600000);
    if (!delay)
        return ExitUsage;
    const QString requestId = args.isSet(u"request"_s) ? args.value(u"request"_s) : UuidGenerator(ctx.clock()).next();
    return withLoads(ctx, args, [&](SimulatedCardTerminal &terminal, CardLoadFlow &flow) {
        terminal.setWriteDelayMs(*delay);
        ctx.out() << "request: " << requestId << '\n';
        ctx.out().flush();
        auto outcome = flow.load(requestId, amount->fen(), payment);
        if (!outcome)
            return ctx.fail(outcome.error());
        printOutcome(ctx.out(), outcome.value());
        return int(ExitOk);
    });
}

QString EtcSettleCommand::summary() const
{
    return tr("Finish the card's load that did not reach it (the device stopped, the card was taken away)");
}

QList<CliOption> EtcSettleCommand::options() const
{
    return {kCardOption, kStaffOption};
}

int EtcSettleCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    return withLoads(ctx, args, [&](SimulatedCardTerminal &, CardLoadFlow &flow) {
        auto settled = flow.settle();
        if (!settled)
            return ctx.fail(settled.error());
        if (!settled->has_value()) {
            ctx.out() << tr("Nothing to settle: the card has every load made for it.") << '\n';
            return int(ExitOk);
        }
        printOutcome(ctx.out(), settled->value());
        return int(ExitOk);
    });
}

QString EtcReportLossCommand::summary() const
{
    return tr("Report a card lost (挂失): taken now, offline too; the card is frozen when the server confirms it");
}

QList<CliOption> EtcReportLossCommand::options() const
{
    return {{u"card-no"_s, u"NO"_s, tr("The card's 20-digit number"), true, {}},
            {u"holder-id"_s, u"ID"_s, tr("The holder's resident ID or credit code (required without --staff)"), false, {}},
            {u"name"_s, u"NAME"_s, tr("The holder's name"), false, {}},
            {u"phone"_s, u"PHONE"_s, tr("A phone number to reach the person reporting"), false, {}},
            {u"channel"_s, u"HOW"_s, tr("counter, phone or kiosk (default: kiosk on a kiosk, else counter)"), false, {}},
            kStaffOption};
}

int EtcReportLossCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    auto store = ctx.setUpStore();
    if (!store)
        return ctx.fail(store.error());
    auto staffId = staffFrom(ctx, args);
    if (!staffId)
        return ctx.fail(staffId.error());
    NewLossReport input;
    input.cardNo = args.value(u"card-no"_s);
    input.holderIdNumber = args.value(u"holder-id"_s);
    input.holderName = args.value(u"name"_s);
    input.reporterPhone = args.value(u"phone"_s);
    input.channel = args.isSet(u"channel"_s) ? args.value(u"channel"_s)
                    : store.value()->identity().mode == "kiosk"_L1 ? u"kiosk"_s
                                                                   : u"counter"_s;
    auto report = StatusListRepository(*store.value()).report(input, staffId.value());
    if (!report)
        return ctx.fail(report.error());
    ctx.out() << tr("Loss reported. The card is not frozen until the server confirms it; it is sent first at the next sync.")
              << "\nid: " << report->id << "\ncard_no: " << report->cardNo << "\nstate: " << LossReport::toString(report->state)
              << '\n';
    return ExitOk;
}

QString EtcLossesCommand::summary() const
{
    return tr("List the loss reports taken at this device and whether each card is frozen yet");
}

QList<CliOption> EtcLossesCommand::options() const
{
    return {{u"limit"_s, u"N"_s, tr("How many, newest first"), false, u"50"_s}};
}

int EtcLossesCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    const auto limit = intOption(ctx, args, u"limit"_s, 1, 10000);
    if (!limit)
        return ExitUsage;
    auto store = ctx.setUpStore();
    if (!store)
        return ctx.fail(store.error());
    auto reports = StatusListRepository(*store.value()).recent(*limit);
    if (!reports)
        return ctx.fail(reports.error());
    for (const LossReport &r : reports.value()) {
        ctx.out() << r.id << ' ' << r.cardNo << ' ' << TicketPrinter::time(r.reportedAt) << ' ' << r.channel << ' '
                  << LossReport::toString(r.state);
        if (r.listVersion > 0)
            ctx.out() << " list_version=" << r.listVersion;
        if (!r.errorMessage.isEmpty())
            ctx.out() << " (" << r.errorCode << ": " << r.errorMessage << ')';
        ctx.out() << '\n';
    }
    return ExitOk;
}

QString EtcListCommand::summary() const
{
    return tr("Show this device's status list (状态名单): version, cards on it, when it was current; or look up a card");
}

QList<CliOption> EtcListCommand::options() const
{
    return {{u"card-no"_s, u"NO"_s, tr("Say whether this card is on the list"), false, {}}};
}

int EtcListCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    auto store = ctx.setUpStore();
    if (!store)
        return ctx.fail(store.error());
    StatusListRepository list(*store.value());
    auto info = list.info();
    if (!info)
        return ctx.fail(info.error());
    ctx.out() << "version: " << info->version << "\nlisted: " << info->listed << "\ncurrent_at: "
              << (info->currentAt > 0 ? TicketPrinter::time(info->currentAt) : u"never"_s) << '\n';
    if (info->currentAt > 0)
        ctx.out() << "age_s: " << qMax<qint64>(0, ctx.clock().nowMs() - info->currentAt) / 1000 << '\n';
    if (!args.isSet(u"card-no"_s))
        return ExitOk;
    auto cardNo = CardNumber::parse(args.value(u"card-no"_s));
    if (!cardNo)
        return ctx.usage(cardNo.error().message);
    auto hit = list.lookup(cardNo.value());
    if (!hit)
        return ctx.fail(hit.error());
    if (!hit->has_value()) {
        ctx.out() << "card_no: " << cardNo.value() << "\non_list: no\n";
        return ExitOk;
    }
    ctx.out() << "card_no: " << cardNo.value() << "\non_list: yes\nreason: " << hit->value().reason
              << "\nlist_version: " << hit->value().version << "\nlisted_at: " << TicketPrinter::time(hit->value().listedAt)
              << '\n';
    return ExitOk;
}

QString EtcCancelLossCommand::summary() const
{
    return tr("Cancel a loss report (解挂): the holder found the card; online only, the card leaves the status list");
}

QList<CliOption> EtcCancelLossCommand::options() const
{
    return {{u"card-no"_s, u"NO"_s, tr("The card's 20-digit number"), true, {}},
            {u"holder-id"_s, u"ID"_s, tr("The holder's resident ID or credit code"), true, {}},
            {u"staff"_s, u"NO"_s, tr("The staff member at the counter"), true, {}},
            {u"request"_s, u"ID"_s, tr("Repeat an earlier request (its id) instead of making a new one"), false, {}}};
}

int EtcCancelLossCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    auto cardNo = CardNumber::parse(args.value(u"card-no"_s));
    if (!cardNo)
        return ctx.usage(cardNo.error().message);
    auto store = ctx.setUpStore();
    if (!store)
        return ctx.fail(store.error());
    auto staff = ctx.staffByNo(args.value(u"staff"_s));
    if (!staff)
        return ctx.fail(staff.error());
    QNetworkAccessManager nam;
    const SyncEngine engine(*store.value(), nam);
    if (!engine.isEnrolled())
        return ctx.fail(tr("This device is not enrolled; run `enroll` first."));
    const QString requestId = args.isSet(u"request"_s) ? args.value(u"request"_s) : UuidGenerator(ctx.clock()).next();
    ctx.out() << "request: " << requestId << '\n';
    ctx.out().flush();
    EtcClient server(nam, engine.server(), engine.token(), staff->id);
    auto version = server.cancelLoss(requestId, cardNo.value(), args.value(u"holder-id"_s).trimmed());
    if (!version)
        return ctx.fail(version.error());
    ctx.out() << tr("Loss report cancelled; the card is off the status list and can be used again.") << "\ncard_no: "
              << cardNo.value() << "\nlist_version: " << version.value() << '\n';
    return ExitOk;
}

} // namespace fd::cli
