#pragma once

#include <QString>
#include <QStringList>

/** What `fielddesk` was asked to do on its command line. */
struct AppOptions
{
    enum class Action { Run, Help, Version, Invalid };

    Action action = Action::Run;
    /** Why the command line was refused (Invalid), or the text to print (Help, Version). */
    QString message;

    /** tablet, counter or kiosk; empty: the device identity's mode, else counter. */
    QString mode;
    /** Empty: Store::defaultDataDir(). */
    QString dataDir;
    QString language = QStringLiteral("zh_CN");
    bool selfTest = false;
    /** Non-empty: write one PNG per screen, mode and language there, then exit. */
    QString screenshotDir;
    bool startupBenchmark = false;

    /**
     * Parses `fielddesk [options]`; @p arguments includes the program name. Qt's own GUI options
     * (-platform offscreen, -reverse, …) are left for QGuiApplication.
     */
    [[nodiscard]] static AppOptions parse(const QStringList &arguments);
};
