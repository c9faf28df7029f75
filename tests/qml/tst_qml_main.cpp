// The QML test runner: one process per tst_*.qml (ctest passes -input <file>). The setup opens a
// store with the fixture in a temporary folder, creates the same managers main() creates and
// publishes them as the same singletons; tests also get a FieldDeskTest.Fixture singleton with
// the fixture's facts and the few controls a test needs (mode, clock).
#include "fixture.h"
#include "qmlsingletons.h"
#include "store.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(FieldDeskPlugin)

/** What QML tests may ask of the fixture. */
class TestFixture : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int crew1OpenTickets READ crew1OpenTickets CONSTANT)
    Q_PROPERTY(double endMs READ endMs CONSTANT)

public:
    TestFixture(FixtureFacts facts, fd::ManualClock &clock, DataSource &data, DeviceInfo &device, Session &session)
        : m_facts(std::move(facts)), m_clock(clock), m_data(data), m_device(device), m_session(session)
    {
    }

    [[nodiscard]] int crew1OpenTickets() const { return m_facts.crew1OpenTickets; }
    [[nodiscard]] double endMs() const { return double(m_facts.endMs); }

    /** Switches the device to tablet, counter or kiosk (signs out, as a mode change does). */
    Q_INVOKABLE void setMode(const QString &mode)
    {
        m_device.setMode(mode);
        m_session.setMode(mode);
        m_session.signOut();
        m_session.clearError();
    }
    /** Moves the store's clock on and lets the app see it at once. */
    Q_INVOKABLE void advanceClock(int minutes)
    {
        m_clock.advanceMs(qint64(minutes) * 60'000);
        m_data.refreshNow();
    }
    /** Ticket @p number of the fixture script, 1-based (T1 … T11). */
    Q_INVOKABLE QString ticketId(int number) const { return m_facts.ticketIds.value(number - 1); }
    Q_INVOKABLE QString customerId(const QString &name) const { return m_facts.customerIds.value(name); }
    /**
     * Rows in one of the tables a form writes (customers, vehicles, tickets, outbox), so a test
     * can prove that bad input saved nothing. -1 for any other table or a failed query.
     */
    Q_INVOKABLE int count(const QString &table) const
    {
        static const QStringList tables = {QStringLiteral("customers"), QStringLiteral("vehicles"), QStringLiteral("tickets"),
                                           QStringLiteral("outbox")};
        if (!tables.contains(table) || !m_data.store())
            return -1;
        auto r = m_data.store()->db().run(QStringLiteral("SELECT count(*) FROM ") + table);
        return r && r.value().next() ? r.value().value(0).toInt() : -1;
    }

    // Files a test hands to the app as if a person had picked them.
    /** Writes a small PNG named @p fileName (a photo from the camera, say) and returns its file URL; empty if it failed. */
    Q_INVOKABLE QUrl writeImage(const QString &fileName)
    {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(QColor(0x34, 0x55, 0x7a));
        const QString path = m_files.filePath(fileName);
        return m_files.isValid() && image.save(path, "PNG") ? QUrl::fromLocalFile(path) : QUrl();
    }

private:
    QTemporaryDir m_files;
    FixtureFacts m_facts;
    fd::ManualClock &m_clock;
    DataSource &m_data;
    DeviceInfo &m_device;
    Session &m_session;
};

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        QGuiApplication::setFont(font);

        auto opened = fd::Store::open(m_dir.path(), m_clock);
        if (!opened)
            qFatal("cannot open the test store: %s", qPrintable(opened.error().toString()));
        m_store = std::move(opened).value();
        const qint64 end = QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC).toMSecsSinceEpoch();
        auto facts = Fixture::populate(*m_store, m_clock, end);
        if (!facts)
            qFatal("cannot write the fixture: %s", qPrintable(facts.error().toString()));

        m_data.setStore(m_store.get());
        m_device.setDataSource(&m_data);
        m_session.setDataSource(&m_data);
        m_sync.setDataSource(&m_data);
        if (!m_language.setLanguage(LanguageManager::defaultLanguage()))
            qFatal("the default translation is missing");
        publishQmlSingletons({&m_data, &m_session, &m_device, &m_language, &m_sync});

        m_fixture = std::make_unique<TestFixture>(facts.value(), m_clock, m_data, m_device, m_session);
        qmlRegisterSingletonInstance("FieldDeskTest", 1, 0, "Fixture", m_fixture.get());
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        m_language.setEngine(engine);
    }

private:
    QTemporaryDir m_dir;
    fd::ManualClock m_clock;
    std::unique_ptr<fd::Store> m_store;
    DataSource m_data;
    DeviceInfo m_device;
    Session m_session;
    LanguageManager m_language;
    SyncStatus m_sync;
    std::unique_ptr<TestFixture> m_fixture;
};

QUICK_TEST_MAIN_WITH_SETUP(fielddesk_qml, Setup)

#include "tst_qml_main.moc"
