#include "startupbenchmark.h"

#include <QCoreApplication>
#include <QFile>
#include <QQuickWindow>

#include <cstdio>
#include <memory>

void StartupBenchmark::arm(QQuickWindow *window, QElapsedTimer sinceStart)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(window, &QQuickWindow::frameSwapped, window, [connection, sinceStart] {
        QObject::disconnect(*connection);
        const qint64 ms = sinceStart.elapsed();
        std::printf("first-frame-ms %lld rss-kb %lld\n", static_cast<long long>(ms), static_cast<long long>(residentKb()));
        std::fflush(stdout);
        // Queued: the render loop is still inside the frame that was just swapped.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    });
}

qint64 StartupBenchmark::residentKb()
{
    // /proc files have no size, so read them whole rather than testing atEnd().
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:")) {
            bool ok = false;
            const qint64 kb = line.mid(6).simplified().split(' ').value(0).toLongLong(&ok);
            return ok ? kb : -1;
        }
    }
    return -1;
}
