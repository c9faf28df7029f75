#pragma once

#include <QList>
#include <QObject>
#include <QQmlError>
#include <QStringList>

class QQmlEngine;

/**
 * Catches every QML warning and error while it exists: the engine's warnings signal, and any
 * warning logged in the "qml", "js" or "qt.qml.*" categories, naming a QML file (file:, qrc:) or
 * coming from the engine's classes ("QQmlComponent: …"). Messages are still printed. --self-test uses it to fail on the first sign of a broken screen.
 */
class QmlMessageCollector : public QObject
{
    Q_OBJECT

public:
    explicit QmlMessageCollector(QObject *parent = nullptr);
    ~QmlMessageCollector() override;

    /** Also collects @p engine's warnings (which it then no longer prints itself). */
    void watch(QQmlEngine *engine);

    [[nodiscard]] QStringList messages() const { return m_messages; }
    void clear() { m_messages.clear(); }

    /** Whether a log message is a QML problem by the rules above. */
    [[nodiscard]] static bool isQmlProblem(QtMsgType type, const char *category, const QString &message);

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message);
    void record(const QString &message);
    void onEngineWarnings(const QList<QQmlError> &warnings);

    QtMessageHandler m_previous = nullptr;
    QStringList m_messages;
};
