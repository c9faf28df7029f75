#include "qmlmessagecollector.h"

#include <QQmlEngine>

#include <cstdio>
#include <cstring>

namespace {
// qInstallMessageHandler takes a plain function; this is the collector it reports to.
QmlMessageCollector *g_active = nullptr;
} // namespace

QmlMessageCollector::QmlMessageCollector(QObject *parent) : QObject(parent)
{
    Q_ASSERT_X(!g_active, "QmlMessageCollector", "only one collector at a time");
    g_active = this;
    m_previous = qInstallMessageHandler(&QmlMessageCollector::handler);
}

QmlMessageCollector::~QmlMessageCollector()
{
    qInstallMessageHandler(m_previous);
    g_active = nullptr;
}

void QmlMessageCollector::watch(QQmlEngine *engine)
{
    engine->setOutputWarningsToStandardError(false);
    connect(engine, &QQmlEngine::warnings, this, &QmlMessageCollector::onEngineWarnings);
}

bool QmlMessageCollector::isQmlProblem(QtMsgType type, const char *category, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg)
        return false;
    if (category && (std::strcmp(category, "qml") == 0 || std::strcmp(category, "js") == 0 || std::strncmp(category, "qt.qml", 6) == 0))
        return true;
    // Some engine problems come without a category or a file, e.g. "QQmlComponent: Component is not ready".
    return message.contains(QLatin1String("qrc:")) || message.contains(QLatin1String("file:")) || message.startsWith(QLatin1String("QQml"));
}

void QmlMessageCollector::handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QmlMessageCollector *self = g_active;
    if (self && isQmlProblem(type, context.category, message))
        self->record(message);
    if (self && self->m_previous)
        self->m_previous(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

void QmlMessageCollector::record(const QString &message)
{
    m_messages << message;
}

void QmlMessageCollector::onEngineWarnings(const QList<QQmlError> &warnings)
{
    for (const QQmlError &w : warnings) {
        const QString text = w.toString();
        record(text);
        std::fprintf(stderr, "%s\n", qPrintable(text));
    }
}
