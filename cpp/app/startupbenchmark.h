#pragma once

#include <QElapsedTimer>

class QQuickWindow;

/**
 * --startup-benchmark: prints "first-frame-ms <N> rss-kb <M>" when @p window has put its first
 * frame on screen, N counted by @p sinceStart (started at the top of main), M the
 * resident set size then; then quits the application with exit code 0.
 */
class StartupBenchmark
{
public:
    static void arm(QQuickWindow *window, QElapsedTimer sinceStart);
    /** VmRSS from /proc/self/status in kB, or -1 where there is none. */
    [[nodiscard]] static qint64 residentKb();
};
