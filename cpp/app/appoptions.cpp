#include "appoptions.h"

#include "deviceinfo.h"
#include "languagemanager.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
/**
 * QGuiApplication's own options (-platform offscreen, -reverse, …). The command line is parsed
 * before the GUI application exists, so they are still in the list and must not count as unknown.
 */
QStringList withoutQtGuiOptions(const QStringList &arguments)
{
    static const QStringList withValue = {QStringLiteral("platform"), QStringLiteral("platformpluginpath"),
                                          QStringLiteral("platformtheme"), QStringLiteral("plugin"),
                                          QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
                                          QStringLiteral("qwindowtitle"), QStringLiteral("session"),
                                          QStringLiteral("display"), QStringLiteral("geometry")};
    static const QStringList flags = {QStringLiteral("reverse")};
    QStringList out;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        QString name = a;
        while (name.startsWith(QLatin1Char('-')))
            name.remove(0, 1);
        if (i > 0 && a.startsWith(QLatin1Char('-')) && !a.startsWith(QLatin1String("--"))) {
            if (withValue.contains(name)) {
                ++i; // and its value
                continue;
            }
            if (flags.contains(name) || name.startsWith(QLatin1String("qmljsdebugger=")))
                continue;
        }
        out << a;
    }
    return out;
}
} // namespace

AppOptions AppOptions::parse(const QStringList &rawArguments)
{
    const QStringList arguments = withoutQtGuiOptions(rawArguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "FieldDesk: ETC customer service and repair work orders, offline first.\n"
        "One app, three modes: tablet (repair crews), counter (branch staff), kiosk (customers)."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption modeOption(QStringLiteral("mode"),
                                        QStringLiteral("Run as tablet, counter or kiosk. Default: the mode this device was "
                                                       "enrolled with, else counter."),
                                        QStringLiteral("mode"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("Folder holding the local store (fielddesk.db). Default: the user's "
                                                       "application data folder."),
                                        QStringLiteral("dir"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Start in zh_CN (default) or en. Can be switched in the app."),
                                        QStringLiteral("language"));
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"),
                                            QStringLiteral("Load every screen of every mode in both languages and exit; "
                                                           "exit code 1 if any QML warning or error appeared."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Write one PNG per screen, mode and language into <dir> "
                                                             "(e.g. tablet-tickets-zh_CN.png) and exit."),
                                              QStringLiteral("dir"));
    const QCommandLineOption benchmarkOption(QStringLiteral("startup-benchmark"),
                                             QStringLiteral("Print \"first-frame-ms <N> rss-kb <M>\" once the first frame "
                                                            "is on screen, then exit 0."));
    parser.addOptions({modeOption, dataOption, langOption, selfTestOption, screenshotOption, benchmarkOption});

    AppOptions o;
    if (!parser.parse(arguments)) {
        o.action = Action::Invalid;
        o.message = parser.errorText();
        return o;
    }
    if (parser.isSet(helpOption)) {
        o.action = Action::Help;
        o.message = parser.helpText();
        return o;
    }
    if (parser.isSet(versionOption)) {
        o.action = Action::Version;
        o.message = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
        return o;
    }
    if (!parser.positionalArguments().isEmpty()) {
        o.action = Action::Invalid;
        o.message = QStringLiteral("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return o;
    }
    if (parser.isSet(modeOption)) {
        o.mode = parser.value(modeOption);
        if (!DeviceInfo::isValidMode(o.mode)) {
            o.action = Action::Invalid;
            o.message = QStringLiteral("Unknown mode \"%1\": use %2.").arg(o.mode, DeviceInfo::modes().join(QLatin1String(", ")));
            return o;
        }
    }
    if (parser.isSet(langOption)) {
        o.language = parser.value(langOption);
        if (!LanguageManager::isValidLanguage(o.language)) {
            o.action = Action::Invalid;
            o.message = QStringLiteral("Unknown language \"%1\": use %2.")
                            .arg(o.language, LanguageManager::languages().join(QLatin1String(" or ")));
            return o;
        }
    }
    o.dataDir = parser.value(dataOption);
    o.selfTest = parser.isSet(selfTestOption);
    o.screenshotDir = parser.value(screenshotOption);
    o.startupBenchmark = parser.isSet(benchmarkOption);
    if (parser.isSet(screenshotOption) && o.screenshotDir.isEmpty()) {
        o.action = Action::Invalid;
        o.message = QStringLiteral("--screenshot needs a folder.");
        return o;
    }
    if (int(o.selfTest) + int(!o.screenshotDir.isEmpty()) + int(o.startupBenchmark) > 1) {
        o.action = Action::Invalid;
        o.message = QStringLiteral("Use only one of --self-test, --screenshot and --startup-benchmark.");
        return o;
    }
    return o;
}
