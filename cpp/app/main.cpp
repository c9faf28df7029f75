// fielddesk: the one app for repair crews (tablet), branch counters (counter) and customers (kiosk).
#include "appoptions.h"
#include "dispatchboard.h"
#include "attachmentsync.h"
#include "nudgelistener.h"
#include "qmlmessagecollector.h"
#include "qmlsingletons.h"
#include "screentour.h"
#include "startupbenchmark.h"
#include "store.h"
#include "syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFont>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QNetworkAccessManager>
#include <QSGRendererInterface>
#include <QTimer>

#include <cstdio>
#include <optional>

Q_IMPORT_QML_PLUGIN(FieldDeskPlugin)

namespace {
/** Between sync cycles when nothing else asks for one; failures back off further (SyncEngine). */
constexpr int kSyncIntervalMs = 20'000;
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    // The command line is read before the GUI starts, so --help and bad options work without a display.
    AppOptions options;
    {
        QCoreApplication commandLine(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("fielddesk"));
        QCoreApplication::setApplicationVersion(QStringLiteral(FIELDDESK_VERSION));
        options = AppOptions::parse(QCoreApplication::arguments());
    }
    switch (options.action) {
    case AppOptions::Action::Help:
    case AppOptions::Action::Version:
        std::printf("%s\n", qPrintable(options.message));
        return 0;
    case AppOptions::Action::Invalid:
        std::fprintf(stderr, "fielddesk: %s\nTry 'fielddesk --help'.\n", qPrintable(options.message));
        return 2;
    case AppOptions::Action::Run:
        break;
    }

    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("FieldDesk"));
    QGuiApplication::setApplicationName(QStringLiteral("fielddesk"));
    QGuiApplication::setApplicationVersion(QStringLiteral(FIELDDESK_VERSION));

    // Without a display (CI, the self-test, benchmarks) there is no GPU: render in software.
    const QString platform = QGuiApplication::platformName();
    if (platform == QLatin1String("offscreen") || platform == QLatin1String("minimal"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"), QStringLiteral("PingFang SC"),
                      QStringLiteral("Microsoft YaHei"), QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("DejaVu Sans")});
    QGuiApplication::setFont(font);

    // Before the store opens, so that its errors come out in the chosen language.
    LanguageManager language;
    if (!language.setLanguage(options.language)) {
        std::fprintf(stderr, "fielddesk: the %s translation is missing from this build.\n", qPrintable(options.language));
        return 2;
    }

    fd::SystemClock clock;
    const QString dataDir = options.dataDir.isEmpty() ? fd::Store::defaultDataDir() : options.dataDir;
    auto opened = fd::Store::open(dataDir, clock);
    if (!opened) {
        // The store refuses damaged or newer files without touching them; so do we.
        std::fprintf(stderr, "fielddesk: %s\n", qPrintable(opened.error().message));
        return 2;
    }
    std::unique_ptr<fd::Store> store = std::move(opened).value();

    const QString enrolledMode = store->identity().mode;
    const QString mode = !options.mode.isEmpty() ? options.mode
                         : DeviceInfo::isValidMode(enrolledMode) ? enrolledMode
                                                                 : QStringLiteral("counter");

    DataSource data;
    data.setStore(store.get());
    DeviceInfo device;
    device.setDataSource(&data);
    device.setMode(mode);
    Session session;
    session.setDataSource(&data);
    session.setMode(mode);
    SyncStatus sync;
    sync.setDataSource(&data);
    const QmlServices services{&data, &session, &device, &language, &sync};
    publishQmlSingletons(services);

    const bool tour = options.selfTest || !options.screenshotDir.isEmpty();
    // Sync runs beside the UI, which never waits for it: on start, on a timer, on demand from
    // the sync bar, right after a local change, and when the server's nudge channel says another device changed something
    // (also right after that channel connects, and after an enrollment). The screen tour shows
    // the store as it is and talks to no server.
    QNetworkAccessManager network;
    fd::SyncEngine syncEngine(*store, network);
    fd::NudgeListener nudges;
    fd::AttachmentSync attachments(*store);
    QTimer syncTimer;
    if (!tour && !options.startupBenchmark) {
        sync.setEngine(&syncEngine);
        nudges.follow(syncEngine);
        attachments.follow(syncEngine);
        data.setAttachments(&attachments);
        // A change made here goes out at once, not at the next timer cycle.
        QObject::connect(&data, &DataSource::changed, &syncEngine, &fd::SyncEngine::localChanged);
        syncTimer.setInterval(kSyncIntervalMs);
        QObject::connect(&syncTimer, &QTimer::timeout, &syncEngine, &fd::SyncEngine::syncIfDue);
        syncTimer.start();
        QTimer::singleShot(0, &syncEngine, &fd::SyncEngine::syncIfDue);
    }
    // The accept watch: a counter alerts (and escalates) the orders it dispatched that no crew
    // accepted in time. The tour writes nothing, so it does not watch.
    QTimer acceptWatch;
    if (!tour && !options.startupBenchmark && mode == QLatin1String("counter")) {
        acceptWatch.setInterval(DataSource::kTickMs);
        QObject::connect(&acceptWatch, &QTimer::timeout, &data, [&data] { DispatchBoard::raiseDueAlerts(&data); });
        acceptWatch.start();
        QTimer::singleShot(0, &data, [&data] { DispatchBoard::raiseDueAlerts(&data); });
    }
    std::optional<QmlMessageCollector> messages;
    if (tour)
        messages.emplace();

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    language.setEngine(&engine);
    if (messages)
        messages->watch(&engine);
    engine.load(QUrl(QStringLiteral("qrc:/FieldDesk/qml/Main.qml")));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        std::fprintf(stderr, "fielddesk: the user interface could not be loaded.\n");
        return 1;
    }
    window->resize(ScreenTour::windowSize(mode));

    if (tour) {
        window->show();
        ScreenTour screens(window, services, &*messages);
        screens.setScreenshotDir(options.screenshotDir);
        return screens.run();
    }
    if (options.startupBenchmark) {
        StartupBenchmark::arm(window, sinceStart);
        window->show();
    } else if (mode == QLatin1String("kiosk")) {
        window->showFullScreen();
    } else {
        window->show();
    }
    return QGuiApplication::exec();
}
