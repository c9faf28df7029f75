// fielddesk-server: parse the command line, start the server, run until SIGTERM/SIGINT.

#include "fielddeskserver.h"
#include "serverlogging.h"
#include "serveroptions.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <csignal>

namespace {

int fail(const QString &message, int exitCode)
{
    QTextStream(stderr) << "fielddesk-server: " << message << Qt::endl;
    return exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fielddesk-server"));
    QCoreApplication::setApplicationVersion(fd::FieldDeskServer::version());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "FieldDesk central server: HTTP+JSON API under /v1 for the FieldDesk apps.\n\n"
            "Exit status: 0 after SIGTERM/SIGINT, 1 if it cannot listen (e.g. the port is taken),\n"
            "2 for invalid arguments or a database it refuses to open (not SQLite, not a\n"
            "fielddesk-server database, or a newer schema); such a file is left unchanged."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          QStringLiteral("Address to listen on: 127.0.0.1:8080, [::1]:8080, "
                                                         "0.0.0.0:8080. Port 0 picks a free port."),
                                          QStringLiteral("HOST:PORT"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Database: sqlite:PATH (created if missing). "
                                                     "postgresql:// URLs are not supported yet."),
                                      QStringLiteral("URL"));
    parser.addOption(listenOption);
    parser.addOption(dbOption);

    constexpr int usageError = fd::FieldDeskServer::ExitConfigError;
    const QString usageHint = QStringLiteral(" (see --help)");
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText() + usageHint, usageError);
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()) + usageHint,
                    usageError);
    if (!parser.isSet(listenOption) || !parser.isSet(dbOption))
        return fail(QStringLiteral("both --listen HOST:PORT and --db sqlite:PATH are required") + usageHint, usageError);

    auto options = fd::ServerOptions::fromArguments(parser.value(listenOption), parser.value(dbOption));
    if (!options)
        return fail(options.error().message, usageError);

    // Installed before start() so a SIGTERM during start-up waits for the event loop.
    fd::SignalWatcher watcher({SIGTERM, SIGINT});
    QObject::connect(&watcher, &fd::SignalWatcher::signalReceived, &app, [](int signalNumber) {
        qCInfo(fd::lcServer) << "signal" << signalNumber << "received, shutting down";
        QCoreApplication::quit();
    });

    fd::SystemClock clock;
    fd::FieldDeskServer server(options.value(), clock);
    if (auto started = server.start(); !started)
        return fail(started.error().message, fd::FieldDeskServer::exitCodeFor(started.error()));

    // Tests and supervisors wait for exactly this line; endl flushes it through a pipe.
    QTextStream(stdout) << "fielddesk-server listening on " << server.url() << " (db "
                        << options->databaseDisplayName() << ")" << Qt::endl;

    const int exitCode = QCoreApplication::exec();
    server.stop();
    return exitCode;
}
