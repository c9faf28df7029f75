#include "screentour.h"

#include "qmlmessagecollector.h"
#include "store.h"
#include "ticketrepository.h"

#include <QDir>
#include <QEventLoop>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

namespace {
QString firstValue(fd::Store &store, const QString &sql, const QVariantList &binds = {})
{
    auto r = store.db().run(sql, binds);
    if (!r || !r.value().next())
        return {};
    return r.value().value(0).toString();
}

const QString kOpenStates = QStringLiteral("('dispatched', 'delivered', 'accepted', 'departed', 'arrived')");
} // namespace

ScreenTour::ScreenTour(QQuickWindow *window, const QmlServices &services, QmlMessageCollector *messages)
    : m_window(window), m_services(services), m_messages(messages)
{
}

QSize ScreenTour::windowSize(const QString &mode)
{
    return mode == QLatin1String("kiosk") ? QSize(1080, 1920) : QSize(1280, 800);
}

bool ScreenTour::plan(const QString &mode, QString *staffId, QList<Screen> *screens)
{
    fd::Store &store = *m_services.data->store();
    if (mode == QLatin1String("kiosk")) {
        screens->append({mode, QStringLiteral("home"), {}});
        screens->append({mode, QStringLiteral("service"), QStringLiteral("recharge")});
        // A customer following up a request: typed in, found and masked; then a wrong phone.
        const QString ticketNo = firstValue(store, QStringLiteral("SELECT ticket_no FROM tickets WHERE contact_phone <> ''"
                                                                  " ORDER BY reported_at DESC LIMIT 1"));
        const QString phone = firstValue(store, QStringLiteral("SELECT contact_phone FROM tickets WHERE ticket_no = ?"), {ticketNo});
        auto json = [](const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); };
        screens->append({mode, QStringLiteral("case"), json({{QStringLiteral("kind"), QStringLiteral("ticket")}})});
        if (ticketNo.isEmpty()) {
            m_failures << QStringLiteral("kiosk: the store has no ticket with a contact phone to show the follow-up with");
        } else {
            QString digits = ticketNo.mid(2);
            digits.remove(u'-');
            screens->append({mode, QStringLiteral("case-found"),
                             json({{QStringLiteral("kind"), QStringLiteral("ticket")}, {QStringLiteral("number"), digits},
                                   {QStringLiteral("phone"), phone}, {QStringLiteral("find"), true}})});
            screens->append({mode, QStringLiteral("case-notfound"),
                             json({{QStringLiteral("kind"), QStringLiteral("ticket")}, {QStringLiteral("number"), digits},
                                   {QStringLiteral("phone"), QStringLiteral("13900000000")}, {QStringLiteral("find"), true}})});
        }
        // A customer filing a repair request and a complaint, part-way through; then a request with
        // its messages showing. Only checked, never submitted: the tour writes nothing.
        screens->append({mode, QStringLiteral("request-repair"),
                         json({{QStringLiteral("problem"), QStringLiteral("obu_not_read")},
                               {QStringLiteral("description"), QStringLiteral("过合肥南收费站时车道提示“无标签”，只能走人工车道。")},
                               {QStringLiteral("plate"), QStringLiteral("皖A12345")},
                               {QStringLiteral("name"), QStringLiteral("张先生")}})});
        screens->append({mode, QStringLiteral("request-complaint"),
                         json({{QStringLiteral("category"), QStringLiteral("service")},
                               {QStringLiteral("content"), QStringLiteral("上周在营业厅办理换卡，等了四十分钟，窗口只开了一个。")},
                               {QStringLiteral("name"), QStringLiteral("李女士")},
                               {QStringLiteral("phone"), QStringLiteral("139 1234 5678")}})});
        screens->append({mode, QStringLiteral("request-errors"),
                         json({{QStringLiteral("kind"), QStringLiteral("repair")},
                               {QStringLiteral("plate"), QStringLiteral("皖A1234")}, // one digit short
                               {QStringLiteral("phone"), QStringLiteral("1380013800")}})}); // 10 digits
        // PREVIEW ONLY: the receipt with a made-up number and phone, since nothing is saved here.
        screens->append({mode, QStringLiteral("request-receipt"),
                         json({{QStringLiteral("kind"), QStringLiteral("repair")},
                               {QStringLiteral("number"), QStringLiteral("T-0101-01-000123")},
                               {QStringLiteral("maskedPhone"), QStringLiteral("138****8000")}})});
        return true;
    }
    screens->append({mode, QStringLiteral("signin"), {}});
    if (mode == QLatin1String("tablet")) {
        // The crew member whose crew has the most open work shows the list best; a crew that is
        // on site somewhere comes first, so the work record can be shown too.
        *staffId = firstValue(store, QStringLiteral("SELECT s.id FROM staff s"
                                                    " JOIN staff_roles r ON r.staff_id = s.id AND r.granted = 1 AND r.role = 'crew'"
                                                    " JOIN crew_members m ON m.staff_id = s.id AND m.active = 1"
                                                    " WHERE s.active = 1 ORDER BY EXISTS (SELECT 1 FROM tickets a WHERE a.crew_id = m.crew_id"
                                                    " AND a.state = 'arrived') DESC, (SELECT count(*) FROM tickets t WHERE t.crew_id = m.crew_id"
                                                    " AND t.state IN ") + kOpenStates + QStringLiteral(") DESC, s.staff_no LIMIT 1"));
        if (staffId->isEmpty()) {
            m_failures << QStringLiteral("tablet: the store has no active crew member to preview the crew's screens with");
            return false;
        }
        const QString crewId = firstValue(store, QStringLiteral("SELECT crew_id FROM crew_members WHERE staff_id = ? AND active = 1"
                                                                " ORDER BY updated_at DESC LIMIT 1"),
                                          {*staffId});
        auto first = fd::TicketRepository(store).forCrew(crewId, 1);
        QString ticketId = first && !first->isEmpty() ? first->constFirst().id : QString();
        if (ticketId.isEmpty())
            ticketId = firstValue(store, QStringLiteral("SELECT id FROM tickets ORDER BY reported_at DESC LIMIT 1"));
        screens->append({mode, QStringLiteral("tickets"), {}});
        screens->append({mode, QStringLiteral("sync"), {}});
        if (ticketId.isEmpty())
            m_failures << QStringLiteral("tablet: the store has no ticket to show in the ticket screen");
        else
            screens->append({mode, QStringLiteral("ticket"), ticketId});
        // The work record is made on site: an arrived ticket of the same crew.
        const QString arrivedId = firstValue(store, QStringLiteral("SELECT id FROM tickets WHERE crew_id = ? AND state = 'arrived'"
                                                                   " ORDER BY state_at DESC LIMIT 1"),
                                             {crewId});
        if (arrivedId.isEmpty()) {
            m_failures << QStringLiteral("tablet: the crew has no arrived ticket to show the work record with");
        } else {
            screens->append({mode, QStringLiteral("work"), arrivedId});
            screens->append({mode, QStringLiteral("signature"), arrivedId});
        }
        // The crew's status panel, as a crew member opens it from the list header.
        screens->append({mode, QStringLiteral("crewstatus"), {}});
        screens->append({mode, QStringLiteral("crewstatus-away"), {}});
        return true;
    }

    // Counter: a supervisor sees every counter screen, the overdue list included.
    for (const char *role : {"supervisor", "counter", "admin", "finance"}) {
        *staffId = firstValue(store, QStringLiteral("SELECT s.id FROM staff s JOIN staff_roles r ON r.staff_id = s.id AND r.granted = 1"
                                                    " WHERE r.role = ? AND s.active = 1 ORDER BY s.staff_no LIMIT 1"),
                              {QString::fromLatin1(role)});
        if (!staffId->isEmpty())
            break;
    }
    if (staffId->isEmpty()) {
        m_failures << QStringLiteral("counter: the store has no active counter, finance, supervisor or admin staff member");
        return false;
    }
    const QString customerId = firstValue(store, QStringLiteral("SELECT c.id FROM customers c ORDER BY (SELECT count(*) FROM tickets t"
                                                                " WHERE t.customer_id = c.id) DESC, c.local_no LIMIT 1"));
    const QString customerName = firstValue(store, QStringLiteral("SELECT name FROM customers WHERE id = ?"), {customerId});
    QString ticketId = firstValue(store, QStringLiteral("SELECT id FROM tickets WHERE due_at IS NOT NULL AND due_at < ? ORDER BY due_at LIMIT 1"),
                                  {store.nowMs()});
    if (ticketId.isEmpty())
        ticketId = firstValue(store, QStringLiteral("SELECT id FROM tickets ORDER BY reported_at DESC LIMIT 1"));
    if (customerId.isEmpty() || ticketId.isEmpty()) {
        m_failures << QStringLiteral("counter: the store needs at least one customer and one ticket to show the counter's screens");
        return false;
    }
    screens->append({mode, QStringLiteral("search"), customerName});
    screens->append({mode, QStringLiteral("customer"), customerId});
    screens->append({mode, QStringLiteral("ticket"), ticketId});
    screens->append({mode, QStringLiteral("overdue"), {}});
    screens->append({mode, QStringLiteral("dispatch"), {}});
    // A ticket and a crew chosen, so the confirmation shows; nothing is dispatched.
    screens->append({mode, QStringLiteral("dispatch-chosen"), {}});
    screens->append({mode, QStringLiteral("closeout"), {}});
    auto callbackJson = [](const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); };
    screens->append({mode, QStringLiteral("closeout-filled"),
                     callbackJson({{QStringLiteral("satisfaction"), 2},
                                   {QStringLiteral("verdict"), QStringLiteral("unsatisfied")},
                                   {QStringLiteral("suggestions"), QStringLiteral("OBU 隔天又提示标签失效，希望换新设备。")}})});
    // Outage notices: the list with the first in force chosen, and the publish form filled in
    // (not published, so the tour still writes nothing).
    screens->append({mode, QStringLiteral("outages"), {}});
    screens->append({mode, QStringLiteral("outages-new"),
                     callbackJson({{QStringLiteral("kind"), QStringLiteral("power")},
                                   {QStringLiteral("title"), QStringLiteral("政务区营业厅计划停电，暂停办理 ETC 业务")},
                                   {QStringLiteral("scope"), QStringLiteral("合肥政务区营业厅")},
                                   {QStringLiteral("detail"), QStringLiteral("停电期间可到就近网点或使用自助终端办理。")},
                                   {QStringLiteral("startsAt"), QStringLiteral("2026-03-05 09:00")},
                                   {QStringLiteral("expectedEndAt"), QStringLiteral("2026-03-05 12:00")},
                                   {QStringLiteral("outletOnly"), true}})});
    // Complaints: the list, the one due soonest (a store may have none: demo data writes none),
    // the form empty and checked. Only checked, never submitted.
    screens->append({mode, QStringLiteral("complaints"), {}});
    const QString complaintId = firstValue(store, QStringLiteral("SELECT id FROM complaints ORDER BY state IN ('closed', 'archived'),"
                                                                 " due_at IS NULL, due_at, received_at DESC LIMIT 1"));
    if (!complaintId.isEmpty())
        screens->append({mode, QStringLiteral("complaint"), complaintId});
    screens->append({mode, QStringLiteral("newcomplaint"), {}});
    screens->append({mode, QStringLiteral("newcomplaint-errors"),
                     callbackJson({{QStringLiteral("complainantName"), QStringLiteral("王女士")},
                                   {QStringLiteral("complainantPhone"), QStringLiteral("1390000")}, // 7 digits
                                   {QStringLiteral("content"), QStringLiteral("太慢")}, // too short
                                   {QStringLiteral("emergency"), true}})});
    // Card load: the first card on the (simulated) reader read, an amount typed in; never loaded.
    const QStringList readerCards = QDir(QDir(store.dataDir()).filePath(QStringLiteral("card-reader")))
                                        .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    screens->append({mode, QStringLiteral("cardload"),
                     readerCards.isEmpty() ? QString()
                                           : callbackJson({{QStringLiteral("card"), readerCards.first().chopped(5)},
                                                           {QStringLiteral("amount"), QStringLiteral("200")}})});
    // Report loss: the device's reports in their states (the fixture has one of each), then the
    // form on the phone with its messages showing. Only checked, never submitted.
    screens->append({mode, QStringLiteral("lossreport"), {}});
    screens->append({mode, QStringLiteral("lossreport-errors"),
                     callbackJson({{QStringLiteral("channel"), QStringLiteral("phone")},
                                   {QStringLiteral("cardNo"), QStringLiteral("3401 2201 0000 0000 004")}, // 19 digits
                                   {QStringLiteral("holderName"), QStringLiteral("张三")},
                                   {QStringLiteral("reporterPhone"), QStringLiteral("1380013800")}})}); // 10 digits
    screens->append({mode, QStringLiteral("sync"), {}});
    // A search that finds nothing offers to open a new customer.
    screens->append({mode, QStringLiteral("search-nomatch"), QStringLiteral("李明远")});

    // The counter's forms, empty and with their messages showing. They are only checked, never
    // submitted, so the tour still writes nothing.
    auto json = [](const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); };
    screens->append({mode, QStringLiteral("newcustomer"), {}});
    screens->append({mode, QStringLiteral("newcustomer-errors"),
                     json({{QStringLiteral("name"), QStringLiteral("张三丰")},
                           {QStringLiteral("idNumber"), QStringLiteral("340104198813150031")}, // month 13
                           {QStringLiteral("phone"), QStringLiteral("1380013800")}, // 10 digits
                           {QStringLiteral("email"), QStringLiteral("zhang.example.com")},
                           {QStringLiteral("plate"), QStringLiteral("皖AD12345")}, // new-energy, so not blue
                           {QStringLiteral("plateColour"), QStringLiteral("blue")}})});
    screens->append({mode, QStringLiteral("newcustomer-corporate-errors"),
                     json({{QStringLiteral("kind"), QStringLiteral("corporate")},
                           {QStringLiteral("name"), QStringLiteral("合肥恒通运输有限公司")},
                           {QStringLiteral("creditCode"), QStringLiteral("91340100MA2N0XK3TZ")}, // Z is not in the alphabet
                           {QStringLiteral("phone"), QStringLiteral("18655100000")},
                           {QStringLiteral("agentIdNumber"), QStringLiteral("3401231980010100")}})}); // 16 digits
    screens->append({mode, QStringLiteral("newticket"), customerId});
    screens->append({mode, QStringLiteral("newticket-errors"),
                     json({{QStringLiteral("customerId"), customerId},
                           {QStringLiteral("title"), QString()},
                           {QStringLiteral("contactPhone"), QStringLiteral("1234567")}})});
    return true;
}

void ScreenTour::settle()
{
    // Lets loaders, layouts and list views finish; the offscreen window renders on grab.
    for (int i = 0; i < 3; ++i) {
        QEventLoop loop;
        QTimer::singleShot(30, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

bool ScreenTour::show(const Screen &screen, const QString &language)
{
    QObject *root = m_window;
    QVariant shown;
    const bool invoked = QMetaObject::invokeMethod(root, "showScreen", Q_RETURN_ARG(QVariant, shown), Q_ARG(QVariant, screen.name),
                                                   Q_ARG(QVariant, screen.argument));
    settle();
    const QString label = QStringLiteral("%1-%2-%3").arg(screen.mode, screen.name, language);
    if (!invoked || !shown.toBool()) {
        m_failures << QStringLiteral("%1: the screen could not be shown").arg(label);
        return false;
    }
    const QImage image = m_window->grabWindow();
    if (image.isNull()) {
        m_failures << QStringLiteral("%1: the window could not be grabbed").arg(label);
        return false;
    }
    ++m_shown;
    if (!m_screenshotDir.isEmpty()) {
        const QString path = QDir(m_screenshotDir).filePath(label + QStringLiteral(".png"));
        if (!image.save(path)) {
            m_failures << QStringLiteral("%1: cannot write %2").arg(label, path);
            return false;
        }
        std::printf("%s\n", qPrintable(path));
    }
    return true;
}

int ScreenTour::run()
{
    if (!m_screenshotDir.isEmpty() && !QDir().mkpath(m_screenshotDir)) {
        std::fprintf(stderr, "Cannot create the screenshot folder %s\n", qPrintable(m_screenshotDir));
        return 2;
    }
    const QString startLanguage = m_services.language->language();
    const QString startMode = m_services.device->mode();
    for (const QString &mode : DeviceInfo::modes()) {
        m_services.session->signOut();
        m_services.device->setMode(mode);
        m_services.session->setMode(mode);
        m_window->resize(windowSize(mode));
        QString staffId;
        QList<Screen> screens;
        if (!plan(mode, &staffId, &screens))
            continue;
        for (const QString &language : LanguageManager::languages()) {
            if (!m_services.language->setLanguage(language)) {
                m_failures << QStringLiteral("%1: the %2 translation could not be loaded").arg(mode, language);
                continue;
            }
            for (const Screen &screen : std::as_const(screens)) {
                const bool needsStaff = mode != QLatin1String("kiosk") && screen.name != QLatin1String("signin");
                if (needsStaff && !m_services.session->signedIn() && !m_services.session->beginPreview(staffId)) {
                    m_failures << QStringLiteral("%1: cannot preview as staff %2: %3").arg(mode, staffId, m_services.session->errorMessage());
                    break;
                }
                if (!needsStaff)
                    m_services.session->signOut();
                show(screen, language);
            }
        }
    }
    m_services.session->signOut();
    m_services.language->setLanguage(startLanguage);
    m_services.device->setMode(startMode);
    m_services.session->setMode(startMode);
    settle();

    const QStringList problems = m_messages ? m_messages->messages() : QStringList();
    for (const QString &f : std::as_const(m_failures))
        std::fprintf(stderr, "FAIL %s\n", qPrintable(f));
    for (const QString &p : problems)
        std::fprintf(stderr, "QML %s\n", qPrintable(p));
    const bool ok = m_failures.isEmpty() && problems.isEmpty();
    const char *what = m_screenshotDir.isEmpty() ? "self-test" : "screenshots";
    std::printf("%s %s: %d screens shown, %lld failures, %lld QML warnings\n", what, ok ? "passed" : "FAILED", m_shown,
                static_cast<long long>(m_failures.size()), static_cast<long long>(problems.size()));
    std::fflush(stdout);
    return ok ? 0 : 1;
}
