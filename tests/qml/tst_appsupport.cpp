// The app's plumbing: command line, language switching (and the store's translated messages),
// the kiosk's idle watcher, and what the self-test counts as a QML problem.
#include "appoptions.h"
#include "idlewatcher.h"
#include "languagemanager.h"
#include "qmlmessagecollector.h"
#include "screentour.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

class TestAppSupport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void options_data();
    void options();
    void optionsHelpListsEveryOption();
    void languageSwitchesTranslations();
    void storeMessagesAreTranslated();
    void unknownLanguageIsRefused();
    void idleWatcherFiresWithoutInput();
    void idleWatcherRestartsOnInput();
    void qmlProblemRules();
    void windowSizes();
};

void TestAppSupport::options_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("language");

    using A = AppOptions::Action;
    QTest::newRow("defaults") << QStringList{} << int(A::Run) << QString() << QStringLiteral("zh_CN");
    QTest::newRow("tablet") << QStringList{"--mode", "tablet"} << int(A::Run) << QStringLiteral("tablet") << QStringLiteral("zh_CN");
    QTest::newRow("kiosk en") << QStringList{"--mode", "kiosk", "--lang", "en"} << int(A::Run) << QStringLiteral("kiosk") << QStringLiteral("en");
    QTest::newRow("bad mode") << QStringList{"--mode", "desktop"} << int(A::Invalid) << QString() << QString();
    QTest::newRow("bad lang") << QStringList{"--lang", "fr"} << int(A::Invalid) << QString() << QString();
    QTest::newRow("unknown option") << QStringList{"--colour"} << int(A::Invalid) << QString() << QString();
    QTest::newRow("stray argument") << QStringList{"tablet"} << int(A::Invalid) << QString() << QString();
    QTest::newRow("two tours") << QStringList{"--self-test", "--startup-benchmark"} << int(A::Invalid) << QString() << QString();
    QTest::newRow("help") << QStringList{"--help"} << int(A::Help) << QString() << QString();
    QTest::newRow("qt gui options pass") << QStringList{"-platform", "offscreen", "--mode", "counter", "-reverse"} << int(A::Run)
                                         << QStringLiteral("counter") << QStringLiteral("zh_CN");
}

void TestAppSupport::options()
{
    QFETCH(QStringList, args);
    QFETCH(int, action);
    QFETCH(QString, mode);
    QFETCH(QString, language);
    const AppOptions o = AppOptions::parse(QStringList{QStringLiteral("fielddesk")} + args);
    QCOMPARE(int(o.action), action);
    if (o.action == AppOptions::Action::Run) {
        QCOMPARE(o.mode, mode);
        QCOMPARE(o.language, language);
    } else {
        QVERIFY(!o.message.isEmpty());
    }
}

void TestAppSupport::optionsHelpListsEveryOption()
{
    const AppOptions help = AppOptions::parse({QStringLiteral("fielddesk"), QStringLiteral("--help")});
    for (const char *option : {"--mode", "--data", "--lang", "--self-test", "--screenshot", "--startup-benchmark"})
        QVERIFY2(help.message.contains(QLatin1String(option)), option);
    const AppOptions all = AppOptions::parse({QStringLiteral("fielddesk"), QStringLiteral("--data"), QStringLiteral("/tmp/x"),
                                              QStringLiteral("--screenshot"), QStringLiteral("/tmp/shots")});
    QCOMPARE(int(all.action), int(AppOptions::Action::Run));
    QCOMPARE(all.dataDir, QStringLiteral("/tmp/x"));
    QCOMPARE(all.screenshotDir, QStringLiteral("/tmp/shots"));
    QVERIFY(!all.selfTest);
}

void TestAppSupport::languageSwitchesTranslations()
{
    LanguageManager language;
    QSignalSpy changed(&language, &LanguageManager::languageChanged);
    QVERIFY(language.setLanguage(QStringLiteral("zh_CN")));
    QCOMPARE(language.language(), QStringLiteral("zh_CN"));
    QCOMPARE(QCoreApplication::translate("Session", "Enter your staff number."), QStringLiteral("请输入工号。"));
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("Session", "Enter your staff number."), QStringLiteral("Enter your staff number."));
    // English plural forms come from the English translation.
    QCOMPARE(QCoreApplication::translate("StaffRepository", "Wrong staff number or PIN. %n attempt(s) left.", nullptr, 1),
             QStringLiteral("Wrong staff number or PIN. 1 attempt left."));
    QCOMPARE(changed.count(), 2);
    QVERIFY(language.setLanguage(QStringLiteral("en"))); // no change, no signal
    QCOMPARE(changed.count(), 2);
}

void TestAppSupport::storeMessagesAreTranslated()
{
    // lupdate files the store's messages under "fd::Store", "fd" …; the runtime asks for "Store".
    LanguageManager language;
    QVERIFY(language.setLanguage(QStringLiteral("zh_CN")));
    const QString locked = QCoreApplication::translate("StaffRepository", "Too many wrong PINs. This staff number is locked for %1 minutes.");
    QVERIFY2(locked.contains(QStringLiteral("分钟")), qPrintable(locked));
    const QString corrupt = QCoreApplication::translate("Database", "The data file %1 is damaged (%2). It was left untouched.");
    QVERIFY2(corrupt.contains(QStringLiteral("数据文件")), qPrintable(corrupt));
    const QString plural = QCoreApplication::translate("StaffRepository", "Wrong staff number or PIN. %n attempt(s) left.", nullptr, 3);
    QVERIFY2(plural.contains(QLatin1Char('3')) && plural.contains(QStringLiteral("工号")), qPrintable(plural));
    const QString workflow = QCoreApplication::translate("TicketWorkflow", "A ticket that is %1 cannot be %2.");
    QVERIFY2(workflow.contains(QStringLiteral("工单")), qPrintable(workflow));
}

void TestAppSupport::unknownLanguageIsRefused()
{
    LanguageManager language;
    QVERIFY(!language.setLanguage(QStringLiteral("fr")));
    QVERIFY(language.language().isEmpty());
    QVERIFY(LanguageManager::isValidLanguage(LanguageManager::defaultLanguage()));
    QCOMPARE(LanguageManager::defaultLanguage(), QStringLiteral("zh_CN"));
}

void TestAppSupport::idleWatcherFiresWithoutInput()
{
    IdleWatcher watcher;
    watcher.setTimeout(50);
    QSignalSpy idle(&watcher, &IdleWatcher::idle);
    QVERIFY(idle.wait(1000));
    watcher.setActive(false);
    idle.clear();
    QTest::qWait(150);
    QCOMPARE(idle.count(), 0);
}

void TestAppSupport::idleWatcherRestartsOnInput()
{
    IdleWatcher watcher;
    watcher.setTimeout(300);
    QSignalSpy idle(&watcher, &IdleWatcher::idle);
    QObject target;
    // Keep "typing" for longer than the timeout: never idle.
    for (int i = 0; i < 6; ++i) {
        QTest::qWait(100);
        QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
        QCoreApplication::sendEvent(&target, &key);
    }
    QCOMPARE(idle.count(), 0);
    QVERIFY(idle.wait(1000));
}

void TestAppSupport::qmlProblemRules()
{
    QVERIFY(QmlMessageCollector::isQmlProblem(QtWarningMsg, "qml", QStringLiteral("anything")));
    QVERIFY(QmlMessageCollector::isQmlProblem(QtWarningMsg, "js", QStringLiteral("anything")));
    QVERIFY(QmlMessageCollector::isQmlProblem(QtWarningMsg, "default", QStringLiteral("qrc:/FieldDesk/qml/Main.qml:3: TypeError")));
    QVERIFY(QmlMessageCollector::isQmlProblem(QtCriticalMsg, "default", QStringLiteral("file:///x.qml:1: error")));
    QVERIFY(QmlMessageCollector::isQmlProblem(QtWarningMsg, "default", QStringLiteral("QQmlComponent: Component is not ready")));
    QVERIFY(!QmlMessageCollector::isQmlProblem(QtDebugMsg, "qml", QStringLiteral("console.log")));
    QVERIFY(!QmlMessageCollector::isQmlProblem(QtWarningMsg, "fielddesk.store", QStringLiteral("busy")));
}

void TestAppSupport::windowSizes()
{
    QCOMPARE(ScreenTour::windowSize(QStringLiteral("tablet")), QSize(1280, 800));
    QCOMPARE(ScreenTour::windowSize(QStringLiteral("counter")), QSize(1280, 800));
    QCOMPARE(ScreenTour::windowSize(QStringLiteral("kiosk")), QSize(1080, 1920));
}

QTEST_MAIN(TestAppSupport)
#include "tst_appsupport.moc"
