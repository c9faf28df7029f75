#include "etccommands.h"

#include "cardload.h"
#include "clicontext.h"
#include "etcclient.h"
#include "money.h"
#include "simulatedcard.h"
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
    QString staffId;
    if (args.isSet(u"staff"_s)) {
        auto staff = ctx.staffByNo(args.value(u"staff"_s));
        if (!staff)
            return ctx.fail(staff.error());
        staffId = staff->id;
    }
    QNetworkAccessManager nam;
    const SyncEngine engine(*store.value(), nam);
    if (!engine.isEnrolled())
        return ctx.fail(tr("This device is not enrolled; run `enroll` first."));
    EtcClient server(nam, engine.server(), engine.token(), staffId);
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

} // namespace fd::cli
