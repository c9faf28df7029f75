// Card loads against the real server on loopback (prints figures, asserts no timing):
//   etc_authorise  the server's authorisation round trip: POST /v1/etc/loads (account credited,
//                  ledger row, MAC) through EtcClient
//   etc_confirm    the card's receipt: POST /v1/etc/loads/confirm (TAC checked, load completed)
//   etc_load       one whole load as the counter makes it: CardLoadFlow (open-load check, read
//                  the simulated card, authorise, write the chip file, confirm)
//
//   bench_etcload [--loads 500] [--work DIR]
//
// A real fielddesk-server (tests/support SyncFixture: outlet 0101, staff 1001); one counter
// device and one card, loaded --loads times with ¥1.00. Exits non-zero if any load failed or the
// books do not balance afterwards (card and account hold exactly the loads made).

#include "benchstats.h"
#include "cardload.h"
#include "etcclient.h"
#include "simulatedcard.h"
#include "syncfixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

using namespace fd;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

/** The server's side, timed per call. */
class TimedService final : public CardLoadService
{
public:
    explicit TimedService(CardLoadService &inner) : m_inner(inner) {}

    Result<CardLoad> authorise(const QString &requestId, const QString &cardNo, qint64 amountFen, qint64 chipCounter,
                               const QString &payment) override
    {
        QElapsedTimer t;
        t.start();
        auto r = m_inner.authorise(requestId, cardNo, amountFen, chipCounter, payment);
        authoriseMs.add(double(t.nsecsElapsed()) / 1e6);
        return r;
    }
    Result<CardLoad> confirm(const QString &loadId, const LoadReceipt &receipt) override
    {
        QElapsedTimer t;
        t.start();
        auto r = m_inner.confirm(loadId, receipt);
        confirmMs.add(double(t.nsecsElapsed()) / 1e6);
        return r;
    }
    Result<CardLoad> resolve(const QString &loadId, const CardChip &chip) override { return m_inner.resolve(loadId, chip); }
    Result<std::optional<CardLoad>> openLoad(const QString &cardNo) override { return m_inner.openLoad(cardNo); }

    BenchSamples authoriseMs;
    BenchSamples confirmMs;

private:
    CardLoadService &m_inner;
};

QString field(const QString &text, const QString &name)
{
    const auto m = QRegularExpression(u"^%1: (\\S+)$"_s.arg(name), QRegularExpression::MultilineOption).match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString line(const QString &name, const BenchSamples &s)
{
    return u"%1 n=%2 %3 max_ms=%4 mean_ms=%5"_s.arg(name)
        .arg(s.count())
        .arg(s.figures({50, 99}), BenchSamples::number(s.max()), BenchSamples::number(s.mean()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"fielddesk.*.info=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"loads"_s, u"Loads made (default 500)."_s, u"N"_s, u"500"_s});
    parser.addOption({u"work"_s, u"Scratch folder (default: a temporary one)."_s, u"DIR"_s});
    parser.process(app);
    const int loads = parser.value(u"loads"_s).toInt();
    if (loads < 1) {
        err << "--loads must be at least 1\n";
        return 2;
    }
    QTemporaryDir tmp;
    const QString work = parser.isSet(u"work"_s) ? parser.value(u"work"_s) : tmp.path();
    QDir(work).removeRecursively();
    QDir().mkpath(work);

    SyncFixture fixture(work);
    if (!fixture.setUp())
        return 1;
    auto device = fixture.enroll(u"counter"_s, u"counter"_s);
    if (!device || !SyncFixture::sync(*device))
        return 1;
    const QString account = field(fixture.cli({u"server"_s, u"etc"_s, u"account"_s, u"add"_s, u"--db"_s,
                                               fixture.databasePath(), u"--outlet-code"_s, u"0101"_s, u"--customer"_s,
                                               u"bench"_s}),
                                  u"id"_s);
    const QString chipPath = fixture.path(u"card.json"_s);
    const QString cardNo = u"34012226010000000001"_s;
    if (account.isEmpty()
        || fixture.cli({u"server"_s, u"etc"_s, u"card"_s, u"issue"_s, u"--db"_s, fixture.databasePath(), u"--account"_s,
                        account, u"--card-no"_s, cardNo, u"--chip"_s, chipPath})
               .isEmpty()) {
        err << "cannot issue the card\n";
        return 1;
    }

    EtcClient client(fixture.network(), device->engine->server(), device->engine->token(), fixture.counterStaff);
    TimedService service(client);
    SimulatedCardTerminal terminal(device->clock);
    terminal.present(chipPath);
    CardLoadFlow flow(terminal, service);
    BenchSamples whole;
    constexpr qint64 kAmountFen = 100;
    for (int i = 0; i < loads; ++i) {
        QElapsedTimer t;
        t.start();
        auto r = flow.load(u"bench-%1"_s.arg(i), kAmountFen, u"cash"_s);
        if (!r || r->settledEarlier) {
            err << "load " << i + 1 << " failed: " << (r ? u"settled an earlier load"_s : r.error().toString()) << '\n';
            return 1;
        }
        whole.add(double(t.nsecsElapsed()) / 1e6);
    }
    out << line(u"etc_authorise"_s, service.authoriseMs) << '\n'
        << line(u"etc_confirm"_s, service.confirmMs) << '\n'
        << line(u"etc_load"_s, whole) << '\n';
    out.flush();

    // The books: the card and the account hold exactly the loads made.
    auto chip = terminal.readCard();
    const QString check = fixture.cli({u"server"_s, u"etc"_s, u"check"_s, u"--db"_s, fixture.databasePath()});
    const qint64 expected = kAmountFen * loads;
    if (!chip || chip->balanceFen != expected || field(check, u"ledger"_s) != "ok"_L1
        || field(check, u"balance_fen"_s).toLongLong() != expected
        || field(check, u"loads_completed"_s).toLongLong() != loads) {
        err << "the books do not balance: card " << (chip ? chip->balanceFen : -1) << " fen, expected " << expected
            << "\n" << check;
        return 1;
    }
    return fixture.stop() == 0 ? 0 : 1;
}
