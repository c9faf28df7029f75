#include "languagemanager.h"


#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QQmlEngine>

Q_LOGGING_CATEGORY(lcLanguage, "fielddesk.app.language")

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    // Test runners may destroy the application object first.
    if (m_translator && QCoreApplication::instance())
        QCoreApplication::removeTranslator(m_translator.get());
}

void LanguageManager::setEngine(QQmlEngine *engine)
{
    m_engine = engine;
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!isValidLanguage(language))
        return false;
    if (language == m_language)
        return true;
    auto translator = std::make_unique<QTranslator>();
    const QString file = QStringLiteral(":/i18n/fielddesk_%1.qm").arg(language);
    if (!translator->load(file)) {
        qCWarning(lcLanguage) << "cannot load translation" << file;
        return false;
    }
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(translator);
    QCoreApplication::installTranslator(m_translator.get());
    QLocale::setDefault(QLocale(language));
    m_language = language;
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
    return true;
}
