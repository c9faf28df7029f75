#include "cliapp.h"

#include "caselookupcommand.h"
#include "clicontext.h"
#include "complaintapplycommand.h"
#include "complaintlistcommand.h"
#include "complaintregistercommand.h"
#include "complaintshowcommand.h"
#include "crewaddcommand.h"
#include "crewlistcommand.h"
#include "customeraddcommand.h"
#include "customershowcommand.h"
#include "democommand.h"
#include "etccommands.h"
#include "initcommand.h"
#include "searchcommand.h"
#include "servercommands.h"
#include "synccommands.h"
#include "staffaddcommand.h"
#include "stafflistcommand.h"
#include "statuscommand.h"
#include "ticketapplycommand.h"
#include "ticketcreatecommand.h"
#include "ticketlistcommand.h"
#include "ticketoverduecommand.h"
#include "ticketshowcommand.h"
#include "ticketupdatecommand.h"
#include "ticketworkcommands.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace fd::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliApp", text);
}

QString defaultDataDir()
{
    const QString fromEnv = qEnvironmentVariable("FIELDDESK_DATA");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return Store::defaultDataDir();
}

} // namespace

CliApp::CliApp(QTextStream &out, QTextStream &err) : m_out(out), m_err(err)
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<StaffAddCommand>());
    m_commands.push_back(std::make_unique<StaffListCommand>());
    m_commands.push_back(std::make_unique<CrewAddCommand>());
    m_commands.push_back(std::make_unique<CrewListCommand>());
    m_commands.push_back(std::make_unique<CustomerAddCommand>());
    m_commands.push_back(std::make_unique<CustomerShowCommand>());
    m_commands.push_back(std::make_unique<TicketCreateCommand>());
    m_commands.push_back(std::make_unique<TicketApplyCommand>());
    m_commands.push_back(std::make_unique<TicketUpdateCommand>());
    m_commands.push_back(std::make_unique<TicketShowCommand>());
    m_commands.push_back(std::make_unique<TicketListCommand>());
    m_commands.push_back(std::make_unique<TicketOverdueCommand>());
    m_commands.push_back(std::make_unique<TicketFaultCommand>());
    m_commands.push_back(std::make_unique<TicketPartCommand>());
    m_commands.push_back(std::make_unique<TicketCheckCommand>());
    m_commands.push_back(std::make_unique<TicketAttachCommand>());
    m_commands.push_back(std::make_unique<TicketNoteCommand>());
    m_commands.push_back(std::make_unique<TicketChaseCommand>());
    m_commands.push_back(std::make_unique<TicketWorkCommand>());
    m_commands.push_back(std::make_unique<TicketCausesCommand>());
    m_commands.push_back(std::make_unique<TicketCallbackCommand>());
    m_commands.push_back(std::make_unique<ComplaintRegisterCommand>());
    m_commands.push_back(std::make_unique<ComplaintApplyCommand>());
    m_commands.push_back(std::make_unique<ComplaintShowCommand>());
    m_commands.push_back(std::make_unique<ComplaintListCommand>());
    m_commands.push_back(std::make_unique<CaseLookupCommand>());
    m_commands.push_back(std::make_unique<SearchCommand>());
    m_commands.push_back(std::make_unique<StatusCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<EnrollCommand>());
    m_commands.push_back(std::make_unique<SyncCommand>());
    m_commands.push_back(std::make_unique<BlobPutCommand>());
    m_commands.push_back(std::make_unique<BlobGetCommand>());
    m_commands.push_back(std::make_unique<SyncErrorsCommand>());
    m_commands.push_back(std::make_unique<ServerOutletAddCommand>());
    m_commands.push_back(std::make_unique<ServerStaffAddCommand>());
    m_commands.push_back(std::make_unique<ServerEnrollCommand>());
    m_commands.push_back(std::make_unique<ServerRevokeCommand>());
    m_commands.push_back(std::make_unique<ServerDevicesCommand>());
    m_commands.push_back(std::make_unique<EtcCardCommand>());
    m_commands.push_back(std::make_unique<EtcLoadCommand>());
    m_commands.push_back(std::make_unique<EtcSettleCommand>());
    m_commands.push_back(std::make_unique<EtcReportLossCommand>());
    m_commands.push_back(std::make_unique<EtcLossesCommand>());
    m_commands.push_back(std::make_unique<EtcListCommand>());
    m_commands.push_back(std::make_unique<EtcCancelLossCommand>());
    m_commands.push_back(std::make_unique<ServerEtcAccountAddCommand>());
    m_commands.push_back(std::make_unique<ServerEtcCardIssueCommand>());
    m_commands.push_back(std::make_unique<ServerEtcCheckCommand>());
    m_commands.push_back(std::make_unique<ServerEtcListCommand>());
    m_commands.push_back(std::make_unique<ServerEtcListMonitorCommand>());
}

CliApp::~CliApp() = default;

QString CliApp::helpText() const
{
    QString text;
    QTextStream s(&text);
    s << "fielddesk-cli " << QCoreApplication::applicationVersion()
      << " — FieldDesk administration, inspection and demo data\n\n"
      << "Usage: fielddesk-cli --data DIR <command> [options]\n"
      << "       fielddesk-cli <command> --help\n\n"
      << "Global options:\n"
      << "  --data DIR   The device's data folder (default: $FIELDDESK_DATA, else " << Store::defaultDataDir() << ")\n"
      << "  --verbose    Also print the store's informational log\n"
      << "  --help       Show this help\n"
      << "  --version    Show the version\n\n"
      << "Commands:\n";
    const auto label = [](const CliCommand &c) {
        const QStringList args = c.positional();
        return args.isEmpty() ? c.name() : c.name() + QLatin1Char(' ') + args.join(QLatin1Char(' '));
    };
    qsizetype width = 0;
    for (const auto &c : m_commands)
        width = qMax(width, label(*c).size());
    for (const auto &c : m_commands)
        s << "  " << label(*c).leftJustified(width + 2) << c->summary() << '\n';
    s << "\nExit codes: 0 ok, 1 the command failed (message on stderr), 2 usage error.\n";
    return text;
}

std::pair<CliCommand *, int> CliApp::find(const QStringList &words) const
{
    CliCommand *best = nullptr;
    int bestWords = 0;
    for (const auto &c : m_commands) {
        const QStringList name = c->name().split(QLatin1Char(' '));
        if (name.size() > words.size() || name.size() <= bestWords)
            continue;
        if (words.mid(0, name.size()) == name) {
            best = c.get();
            bestWords = int(name.size());
        }
    }
    return {best, bestWords};
}

int CliApp::run(const QStringList &arguments)
{
    QString dataDir;
    bool verbose = false;
    QStringList rest = arguments.mid(1);
    // Global options come before the command word.
    while (!rest.isEmpty() && rest.front().startsWith(QLatin1Char('-'))) {
        const QString a = rest.takeFirst();
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            m_out << helpText();
            m_out.flush();
            return ExitOk;
        }
        if (a == QLatin1String("--version")) {
            m_out << "fielddesk-cli " << QCoreApplication::applicationVersion() << '\n';
            m_out.flush();
            return ExitOk;
        }
        if (a == QLatin1String("--verbose")) {
            verbose = true;
        } else if (a == QLatin1String("--data")) {
            if (rest.isEmpty()) {
                CliContext ctx(QString(), m_out, m_err);
                return ctx.usage(tr("--data needs a folder."));
            }
            dataDir = rest.takeFirst();
        } else if (a.startsWith(QLatin1String("--data="))) {
            dataDir = a.mid(7);
        } else {
            CliContext ctx(QString(), m_out, m_err);
            return ctx.usage(tr("Unknown option %1 before the command.").arg(a));
        }
    }
    if (!verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("fielddesk.*.info=false\nfielddesk.*.debug=false"));

    if (rest.isEmpty()) {
        m_err << helpText();
        m_err.flush();
        return ExitUsage;
    }
    const auto [command, words] = find(rest);
    if (!command) {
        CliContext ctx(QString(), m_out, m_err);
        // "staff" alone: say which sub-commands exist.
        QStringList near;
        for (const auto &c : m_commands) {
            if (c->name().startsWith(rest.front() + QLatin1Char(' ')))
                near << c->name();
        }
        if (!near.isEmpty())
            return ctx.usage(tr("\"%1\" needs a sub-command: %2.").arg(rest.front(), near.join(QStringLiteral(", "))));
        return ctx.usage(tr("Unknown command \"%1\".").arg(rest.front()));
    }
    return runCommand(*command, dataDir, rest.mid(words));
}

int CliApp::runCommand(CliCommand &command, const QString &dataDir, const QStringList &rest)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QList<QCommandLineOption> specs;
    const QList<CliOption> options = command.options();
    for (const CliOption &o : options) {
        QCommandLineOption spec(o.name, o.description);
        if (!o.valueName.isEmpty()) {
            spec.setValueName(o.valueName);
            if (!o.defaultValue.isEmpty())
                spec.setDefaultValue(o.defaultValue);
        }
        specs << spec;
    }
    specs << QCommandLineOption(QStringLiteral("data"), QString(), QStringLiteral("DIR"));
    specs << QCommandLineOption(QStringList{QStringLiteral("help"), QStringLiteral("h")});
    parser.addOptions(specs);

    CliContext probe(QString(), m_out, m_err);
    if (!parser.parse(QStringList{QStringLiteral("fielddesk-cli")} + rest))
        return probe.usage(QStringLiteral("%1: %2").arg(command.name(), parser.errorText()));
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << command.helpText();
        m_out.flush();
        return ExitOk;
    }
    for (const CliOption &o : options) {
        if (o.required && !parser.isSet(o.name))
            return probe.usage(tr("%1 needs --%2.").arg(command.name(), o.name));
    }
    const QStringList positional = parser.positionalArguments();
    const QStringList expected = command.positional();
    qsizetype mandatory = 0;
    for (const QString &p : expected) {
        if (!p.startsWith(QLatin1Char('[')))
            ++mandatory;
    }
    if (positional.size() < mandatory || positional.size() > expected.size()) {
        const QString want = expected.isEmpty() ? tr("no arguments") : expected.join(QLatin1Char(' '));
        return probe.usage(tr("%1 takes %2; got %3.")
                               .arg(command.name(), want, positional.isEmpty() ? tr("none") : positional.join(QLatin1Char(' '))));
    }

    QString dir = parser.isSet(QStringLiteral("data")) ? parser.value(QStringLiteral("data")) : dataDir;
    if (dir.isEmpty())
        dir = defaultDataDir();
    CliContext ctx(dir, m_out, m_err);
    const int code = command.run(ctx, parser);
    m_out.flush();
    m_err.flush();
    return code;
}

} // namespace fd::cli
