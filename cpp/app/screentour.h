#pragma once

#include "qmlsingletons.h"

#include <QSize>
#include <QString>
#include <QStringList>

class QmlMessageCollector;
class QQuickWindow;

/**
 * Walks through every screen of every mode in both languages — the sign-in, the crew's ticket
 * list and a ticket, the counter's search, customer, ticket and overdue list and its new-customer
 * and new-ticket forms (empty, and checked so their messages show), the kiosk's home and a
 * service panel — for `--self-test` (fail on any QML warning) and `--screenshot` (one PNG
 * per screen). Screens behind a sign-in are shown with Session::beginPreview() for the first
 * staff member in the store whose role fits; nothing is written to the store.
 */
class ScreenTour
{
public:
    struct Screen
    {
        QString mode;
        QString name; ///< as Main.qml's showScreen() knows it: "signin", "tickets", …
        QString argument; ///< a ticket or customer id, a search text, a kiosk service
    };

    ScreenTour(QQuickWindow *window, const QmlServices &services, QmlMessageCollector *messages);

    /** Where PNGs go; empty: none are written. */
    void setScreenshotDir(const QString &dir) { m_screenshotDir = dir; }

    /** Runs the tour; returns the process exit code (0 when every screen showed without a QML problem). */
    int run();

    /** Window size a mode is designed for: 1280x800 landscape, the kiosk 1080x1920 portrait. */
    [[nodiscard]] static QSize windowSize(const QString &mode);

private:
    /** Chooses the preview staff member and the records to show for @p mode; false with a reason if the store lacks them. */
    bool plan(const QString &mode, QString *staffId, QList<Screen> *screens);
    bool show(const Screen &screen, const QString &language);
    void settle();

    QQuickWindow *m_window;
    QmlServices m_services;
    QmlMessageCollector *m_messages;
    QString m_screenshotDir;
    QStringList m_failures;
    int m_shown = 0;
};
