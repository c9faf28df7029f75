#pragma once

#include <QTranslator>

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QQmlEngine;

/**
 * The user interface language, switchable at run time: installs the compiled translations from
 * the resources (":/i18n/fielddesk_<lang>.qm") and asks the QML engine to re-evaluate every
 * qsTr() binding. Chinese (zh_CN) is the default; English is the source language.
 *
 * Published to QML as the singleton Language.
 */
class LanguageManager : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QString defaultLanguage READ defaultLanguage CONSTANT)
    Q_PROPERTY(QStringList languages READ languages CONSTANT)

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    [[nodiscard]] static QStringList languages() { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }
    [[nodiscard]] static bool isValidLanguage(const QString &language) { return languages().contains(language); }
    [[nodiscard]] static QString defaultLanguage() { return QStringLiteral("zh_CN"); }

    /** C++ only: the engine whose bindings are re-evaluated on a switch. */
    void setEngine(QQmlEngine *engine);

    [[nodiscard]] QString language() const { return m_language; }
    /** Switches to "zh_CN" or "en". Returns false for anything else or a missing translation. */
    Q_INVOKABLE bool setLanguage(const QString &language);

Q_SIGNALS:
    void languageChanged();

private:
    QQmlEngine *m_engine = nullptr;
    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
};
