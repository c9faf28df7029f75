// bench_startup: start-up time and memory of the app. Runs
//   fielddesk --mode counter --data DIR --startup-benchmark
// (which prints "first-frame-ms <N> rss-kb <M>" and exits) several times on the offscreen
// platform and prints p50 and max. Never asserts a timing; never prints a figure it did not measure.

#include "benchstats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Start-up benchmark of the fielddesk app (first frame, resident memory)."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"data"_s, u"Data folder the app opens (the demo store)."_s, u"DIR"_s},
        {u"app"_s, u"Path of the fielddesk binary (default: the one built with this tree)."_s, u"PATH"_s,
         QStringLiteral(FIELDDESK_APP)},
        {u"mode"_s, u"App mode."_s, u"MODE"_s, u"counter"_s},
        {u"runs"_s, u"Number of starts."_s, u"N"_s, u"10"_s},
        {u"timeout"_s, u"Seconds to wait for one start."_s, u"S"_s, u"120"_s},
    });
    parser.process(app);

    const QString appPath = parser.value(u"app"_s);
    const QString dataDir = parser.value(u"data"_s);
    if (appPath.isEmpty() || !QFileInfo(appPath).isExecutable()) {
        err << "error: the fielddesk app binary "
            << (appPath.isEmpty() ? u"is not part of this build (no `fielddesk` target when it was configured)"_s
                                  : u"\"%1\" does not exist or is not executable"_s.arg(appPath))
            << ".\nBuild the `fielddesk` target (cpp/app) and reconfigure, or pass --app PATH. No figures were measured.\n";
        return 2;
    }
    if (dataDir.isEmpty() || !QFileInfo::exists(QDir(dataDir).filePath(u"fielddesk.db"_s))) {
        err << "error: no FieldDesk store in \"" << dataDir << "\"; make one with fielddesk-cli --data DIR demo\n";
        return 2;
    }

    const int runs = qMax(1, parser.value(u"runs"_s).toInt());
    const int timeoutMs = qMax(1, parser.value(u"timeout"_s).toInt()) * 1000;
    const QRegularExpression line(u"first-frame-ms\\s+([0-9]+(?:\\.[0-9]+)?)\\s+rss-kb\\s+([0-9]+)"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);

    BenchSamples frame;
    BenchSamples rss;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(appPath, {u"--mode"_s, parser.value(u"mode"_s), u"--data"_s, dataDir, u"--startup-benchmark"_s});
        if (!p.waitForStarted(timeoutMs)) {
            err << "error: cannot start " << appPath << ": " << p.errorString() << '\n';
            return 1;
        }
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            err << "error: run " << i + 1 << " did not finish within " << timeoutMs / 1000 << " s (does the app support --startup-benchmark?)\n";
            return 1;
        }
        const QString stdoutText = QString::fromUtf8(p.readAllStandardOutput());
        const QRegularExpressionMatch m = line.match(stdoutText);
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || !m.hasMatch()) {
            err << "error: run " << i + 1 << " of " << appPath << " exited with " << p.exitCode()
                << " without printing \"first-frame-ms <N> rss-kb <M>\"; does the app support --startup-benchmark yet?\n"
                << "stderr (last lines):\n"
                << QString::fromUtf8(p.readAllStandardError()).right(1500) << '\n';
            return 1;
        }
        frame.add(m.captured(1).toDouble());
        rss.add(m.captured(2).toDouble() / 1024.0);
    }
    out << "startup first_frame_p50_ms=" << BenchSamples::number(frame.percentile(50))
        << " first_frame_max_ms=" << BenchSamples::number(frame.max()) << " rss_p50_mb=" << BenchSamples::number(rss.percentile(50))
        << " rss_max_mb=" << BenchSamples::number(rss.max()) << " n=" << runs << " mode=" << parser.value(u"mode"_s) << '\n';
    return 0;
}
