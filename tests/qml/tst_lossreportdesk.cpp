// LossReportDesk, the counter's loss report (挂失) screen, on a fixture store: bad fields are all
// reported at once, keep what was typed and write nothing; a good report is one row with its
// etc.report_loss op, the most urgent in the outbox, and the form empties for the next customer;
// each row says what became of the report (reported, not yet frozen / frozen on list version N
// once the list carries the card / already listed / refused with the reason, as soon as its op
// failed) and the device's status list says its version, size and age; and it reads in Chinese.
#include "creditcode.h"
#include "datasource.h"
#include "fixture.h"
#include "languagemanager.h"
#include "lossreportdesk.h"
#include "outbox.h"
#include "remoteapplier.h"
#include "residentid.h"
#include "session.h"
#include "statuslistrepository.h"
#include "store.h"
#include "syncstatus.h"

#include <QDateTime>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMinute = 60'000;

QString residentId(const QString &first17)
{
    return first17 + fd::ResidentId::checkChar(first17);
}

} // namespace

class TestLossReportDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void badFieldsAllAtOnceKeepInputAndSaveNothing();
    void phoneReportNeedsTheHolderId();
    void signedOutSavesNothing();
    void reportWritesRowAndMostUrgentOp();
    void frozenOnceTheListCarriesTheCard();
    void refusedAsSoonAsItsOpFails();
    void alreadyListedAsTheServerWroteBack();
    void statusListAgeFollowsTheClock();
    void readsInChinese();
    void fixtureShowsEveryState();

private:
    int count(const QString &sql, const QVariantList &binds = {});
    QString opOf(const QString &reportId);
    /** A good report of @p cardNo at the counter, with the holder's ID; its id, or empty. */
    QString reportCard(LossReportDesk &desk, const QString &cardNo);
    /** What a pull brings: status-list entries (version, card, action), the feed read to its end. */
    bool pullListEntries(const QList<std::tuple<qint64, QString, QString>> &entries);
    std::unique_ptr<LossReportDesk> newDesk();
    QVariantMap rowOf(const LossReportDesk &desk, const QString &id);

    LanguageManager m_language;
    QTemporaryDir *m_dir = nullptr;
    fd::ManualClock m_clock;
    std::unique_ptr<fd::Store> m_store;
    FixtureFacts m_facts;
    DataSource *m_data = nullptr;
    Session *m_session = nullptr;
    qint64 m_seq = 0;
    const qint64 m_end = QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC).toMSecsSinceEpoch();
};

void TestLossReportDesk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // As the app runs: English comes from its translation too (its plural forms).
    QVERIFY(m_language.setLanguage(u"en"_s));
}

void TestLossReportDesk::init()
{
    QVERIFY(m_language.setLanguage(u"en"_s)); // whatever a failed test left
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    auto s = fd::Store::open(m_dir->path(), m_clock);
    QVERIFY2(s, s ? "" : qPrintable(s.error().toString()));
    m_store = std::move(s).value();
    auto facts = Fixture::populate(*m_store, m_clock, m_end);
    QVERIFY2(facts, facts ? "" : qPrintable(facts.error().toString()));
    m_facts = facts.value();
    m_data = new DataSource;
    m_data->setStore(m_store.get());
    m_session = new Session;
    m_session->setDataSource(m_data);
    m_session->setMode(u"counter"_s);
    QVERIFY(m_session->signIn(u"2001"_s, u"3690"_s));
    m_seq = 0;
}

void TestLossReportDesk::cleanup()
{
    delete m_session;
    m_session = nullptr;
    delete m_data;
    m_data = nullptr;
    m_store.reset();
    delete m_dir;
    m_dir = nullptr;
}

int TestLossReportDesk::count(const QString &sql, const QVariantList &binds)
{
    auto r = m_store->db().run(sql, binds);
    return r && r.value().next() ? r.value().value(0).toInt() : -1;
}

QString TestLossReportDesk::opOf(const QString &reportId)
{
    auto r = m_store->db().run(u"SELECT op_id FROM outbox WHERE entity_id = ? AND kind = 'etc.report_loss'"_s, {reportId});
    return r && r.value().next() ? r.value().value(0).toString() : QString();
}

std::unique_ptr<LossReportDesk> TestLossReportDesk::newDesk()
{
    auto desk = std::make_unique<LossReportDesk>();
    desk->setSource(m_data);
    desk->setSession(m_session);
    return desk;
}

QString TestLossReportDesk::reportCard(LossReportDesk &desk, const QString &cardNo)
{
    desk.setChannel(u"counter"_s);
    desk.setCardNo(cardNo);
    desk.setHolderIdNumber(residentId(u"34010419880315003"_s));
    desk.setHolderName(u"张三"_s);
    desk.setReporterPhone(u"13800138000"_s);
    if (!desk.submit()) {
        qWarning() << "report not saved:" << desk.errorMessage() << desk.fieldErrors();
        return {};
    }
    return desk.savedReportId();
}

bool TestLossReportDesk::pullListEntries(const QList<std::tuple<qint64, QString, QString>> &entries)
{
    fd::protocol::PullPage page;
    for (const auto &[version, cardNo, action] : entries) {
        fd::protocol::RemoteChange c;
        c.seq = ++m_seq;
        c.entity = u"status_list_entry"_s;
        c.id = m_store->newId();
        c.fields = {{u"list_version"_s, version}, {u"media_kind"_s, u"card"_s}, {u"media_no"_s, cardNo},
                    {u"action"_s, action},        {u"reason"_s, u"lost"_s},     {u"at"_s, m_clock.nowMs()}};
        c.createdAt = c.updatedAt = m_clock.nowMs();
        page.changes.append(c);
    }
    page.next = m_seq;
    page.more = false;
    page.serverTimeMs = m_clock.nowMs();
    auto applied = fd::RemoteApplier(*m_store).apply(page);
    if (!applied) {
        qWarning() << "pull page:" << applied.error().toString();
        return false;
    }
    m_data->notifyChanged(); // as SyncStatus does after a cycle that pulled something
    return true;
}

QVariantMap TestLossReportDesk::rowOf(const LossReportDesk &desk, const QString &id)
{
    for (const QVariant &v : desk.reports()) {
        if (v.toMap().value(u"id"_s).toString() == id)
            return v.toMap();
    }
    return {};
}

void TestLossReportDesk::badFieldsAllAtOnceKeepInputAndSaveNothing()
{
    auto desk = newDesk();
    const int outbox = count(u"SELECT count(*) FROM outbox"_s);
    QVERIFY(outbox > 0);

    // 1. A card number a digit short, an ID with a wrong check character, a ten-digit phone.
    const QString goodId = residentId(u"34010419880315003"_s);
    const QString badId = goodId.left(17) + (goodId.endsWith(u'0') ? u'1' : u'0');
    desk->setCardNo(u"3401 2201 0000 0000 004"_s);
    desk->setHolderIdNumber(badId);
    desk->setHolderName(u"张三"_s);
    desk->setReporterPhone(u"1380013800"_s);
    QSignalSpy saved(desk.get(), &LossReportDesk::saved);
    QVERIFY(!desk->submit());
    const QVariantMap errors = desk->fieldErrors();
    QCOMPARE(QSet<QString>(errors.keyBegin(), errors.keyEnd()),
             (QSet<QString>{u"cardNo"_s, u"holderIdNumber"_s, u"reporterPhone"_s}));
    QVERIFY(errors.value(u"cardNo"_s).toString().contains(u"20"_s));
    QVERIFY(errors.value(u"holderIdNumber"_s).toString().contains(u"check character"_s)); // the resident ID's own reason
    QVERIFY(!desk->errorMessage().isEmpty());
    QVERIFY(desk->message().isEmpty());
    QCOMPARE(saved.size(), 0);

    // 2. What was typed stays, to be corrected; nothing was written.
    QCOMPARE(desk->cardNo(), u"3401 2201 0000 0000 004"_s);
    QCOMPARE(desk->holderIdNumber(), badId);
    QCOMPARE(desk->holderName(), u"张三"_s);
    QCOMPARE(desk->reporterPhone(), u"1380013800"_s);
    QCOMPARE(count(u"SELECT count(*) FROM loss_reports"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), outbox);
    QCOMPARE(desk->reportCount(), 0);

    // 3. Editing a field clears its message only; a name too long is its own message.
    desk->setCardNo(u"3401-2201-0000-0000-0042"_s);
    QVERIFY(!desk->fieldErrors().contains(u"cardNo"_s));
    QVERIFY(desk->fieldErrors().contains(u"reporterPhone"_s));
    desk->setHolderName(QString(61, u'张'));
    QVERIFY(!desk->validate());
    QVERIFY(desk->fieldErrors().contains(u"holderName"_s));
    QVERIFY(!desk->fieldErrors().contains(u"cardNo"_s));

    // 4. Put right, it is saved: a credit code is a holder ID as well, the phone is optional.
    const QString first17 = u"91340100MA2N0XK3T"_s;
    desk->setHolderIdNumber(first17 + fd::CreditCode::checkChar(first17));
    desk->setHolderName(u"安徽通达物流有限公司"_s);
    desk->setReporterPhone(QString());
    QVERIFY2(desk->submit(), qPrintable(desk->errorMessage()));
    QVERIFY(desk->fieldErrors().isEmpty());
    QCOMPARE(count(u"SELECT count(*) FROM loss_reports WHERE card_no = '34012201000000000042'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), outbox + 1);
}

void TestLossReportDesk::phoneReportNeedsTheHolderId()
{
    auto desk = newDesk();
    // 1. On the phone nobody sees papers: without the ID nothing is saved, and the field says so.
    desk->setChannel(u"phone"_s);
    desk->setCardNo(u"34012201000000000063"_s);
    QVERIFY(!desk->submit());
    QCOMPARE(desk->fieldErrors().keys(), QStringList{u"holderIdNumber"_s});
    QCOMPARE(count(u"SELECT count(*) FROM loss_reports"_s), 0);
    // 2. Back at the counter the clerk has seen the ID card: the message goes, and it may be saved.
    desk->setChannel(u"counter"_s);
    QVERIFY(desk->fieldErrors().isEmpty());
    desk->setChannel(u"phone"_s);
    desk->setHolderIdNumber(residentId(u"34010219920607002"_s).toLower()); // a lower-case x is fine
    QVERIFY2(desk->submit(), qPrintable(desk->errorMessage()));
    QCOMPARE(count(u"SELECT count(*) FROM loss_reports WHERE channel = 'phone' AND holder_id_number = ?"_s,
                   {residentId(u"34010219920607002"_s)}),
             1);
    // 3. A channel the counter does not take is refused at the field.
    desk->setChannel(u"kiosk"_s);
    desk->setCardNo(u"34012201000000000084"_s);
    QVERIFY(!desk->submit());
    QVERIFY(desk->fieldErrors().contains(u"channel"_s));
    QCOMPARE(count(u"SELECT count(*) FROM loss_reports"_s), 1);
}

void TestLossReportDesk::signedOutSavesNothing()
{
    auto desk = newDesk();
    m_session->signOut();
    desk->setCardNo(u"34012201000000000042"_s);
    QVERIFY(!desk->submit());
    QVERIFY(!desk->errorMessage().isEmpty());
    QCOMPARE(desk->cardNo(), u"34012201000000000042"_s);
    QCOMPARE(count(u"SELECT count(*) FROM loss_reports"_s), 0);

    LossReportDesk bare; // no store at all
    bare.setSession(m_session);
    bare.setCardNo(u"34012201000000000042"_s);
    QVERIFY(!bare.submit());
    QVERIFY(!bare.errorMessage().isEmpty());
}

void TestLossReportDesk::reportWritesRowAndMostUrgentOp()
{
    auto desk = newDesk();
    QSignalSpy saved(desk.get(), &LossReportDesk::saved);
    QSignalSpy reportsChanged(desk.get(), &LossReportDesk::reportsChanged);
    m_clock.advanceMs(kMinute);
    const qint64 at = m_clock.nowMs();

    // 1. Typed as read aloud: groups of four, a phone with spaces.
    desk->setCardNo(u"3401 2201 0000 0000 0042"_s);
    desk->setHolderIdNumber(u" "_s + residentId(u"34010419880315003"_s) + u" "_s);
    desk->setHolderName(u" 张三 "_s);
    desk->setReporterPhone(u"138 0013 8000"_s);
    QVERIFY2(desk->submit(), qPrintable(desk->errorMessage()));
    const QString id = desk->savedReportId();
    QVERIFY(!id.isEmpty());
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().toString(), id);
    QCOMPARE(desk->message(), u"Reported. The card is frozen once the server confirms it."_s);
    QVERIFY(desk->errorMessage().isEmpty());

    // 2. The form is empty for the next customer.
    QVERIFY(desk->cardNo().isEmpty());
    QVERIFY(desk->holderIdNumber().isEmpty());
    QVERIFY(desk->holderName().isEmpty());
    QVERIFY(desk->reporterPhone().isEmpty());
    QCOMPARE(desk->channel(), u"counter"_s);

    // 3. The row, as the clerk gave it, by the signed-in clerk, pending.
    auto row = m_store->db().run(u"SELECT card_no, channel, holder_id_number, holder_name, reporter_phone, staff_id, state, reported_at,"
                                 " outlet_id FROM loss_reports WHERE id = ?"_s,
                                 {id});
    QVERIFY(row && row.value().next());
    QSqlQuery &r = row.value();
    QCOMPARE(r.value(0).toString(), u"34012201000000000042"_s);
    QCOMPARE(r.value(1).toString(), u"counter"_s);
    QCOMPARE(r.value(2).toString(), residentId(u"34010419880315003"_s));
    QCOMPARE(r.value(3).toString(), u"张三"_s);
    QCOMPARE(r.value(4).toString(), u"13800138000"_s);
    QCOMPARE(r.value(5).toString(), m_session->staffId());
    QCOMPARE(r.value(6).toString(), u"pending"_s);
    QCOMPARE(r.value(7).toLongLong(), at);
    QCOMPARE(r.value(8).toString(), m_facts.outletId);

    // 4. Its op: etc.report_loss, urgent, more urgent than anything else waiting, and sent first
    //    although the fixture's ops are all older.
    const QString opId = opOf(id);
    QVERIFY(!opId.isEmpty());
    QCOMPARE(count(u"SELECT priority FROM outbox WHERE op_id = ?"_s, {opId}), int(fd::Outbox::Urgent));
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE state = 'pending' AND priority <= ? AND op_id <> ?"_s,
                   {int(fd::Outbox::Urgent), opId}),
             0);
    QVERIFY(count(u"SELECT count(*) FROM outbox WHERE state = 'pending' AND seq < (SELECT seq FROM outbox WHERE op_id = ?)"_s, {opId}) > 10);
    auto next = m_store->outbox().pending(1, m_clock.nowMs());
    QVERIFY(next && !next->isEmpty());
    QCOMPARE(next->first().opId, opId);
    QCOMPARE(next->first().kind, u"etc.report_loss"_s);
    QCOMPARE(next->first().entityId, id);

    // 5. The list shows it at the top: masked, not yet frozen, not sent yet.
    QVERIFY(reportsChanged.size() >= 1);
    QCOMPARE(desk->reportCount(), 1);
    QCOMPARE(desk->pendingCount(), 1);
    const QVariantMap shown = desk->reports().first().toMap();
    QCOMPARE(shown.value(u"id"_s).toString(), id);
    QCOMPARE(shown.value(u"maskedCardNo"_s).toString(), u"3401 2201 ···· ···· 0042"_s);
    QCOMPARE(shown.value(u"holderName"_s).toString(), u"张三"_s);
    QCOMPARE(shown.value(u"channel"_s).toString(), u"counter"_s);
    QCOMPARE(shown.value(u"reportedAt"_s).toDouble(), double(at));
    QCOMPARE(shown.value(u"state"_s).toString(), u"pending"_s);
    QCOMPARE(shown.value(u"stateText"_s).toString(), u"Reported, not yet frozen"_s);
    QVERIFY(shown.value(u"detail"_s).toString().startsWith(u"Waiting to be sent"_s));
    QCOMPARE(shown.value(u"tone"_s).toString(), u"warning"_s);

    // 6. Sent (the op left the outbox), the server's answer not back yet: still not frozen.
    QVERIFY(m_store->outbox().markDone(opId));
    desk->reload();
    QCOMPARE(rowOf(*desk, id).value(u"stateText"_s).toString(), u"Reported, not yet frozen"_s);
    QVERIFY(rowOf(*desk, id).value(u"detail"_s).toString().startsWith(u"Sent"_s));
}

void TestLossReportDesk::frozenOnceTheListCarriesTheCard()
{
    auto desk = newDesk();
    const QString id = reportCard(*desk, u"34012201000000000042"_s);
    const QString other = reportCard(*desk, u"34012201000000000063"_s);
    QVERIFY(!id.isEmpty() && !other.isEmpty());
    QCOMPARE(desk->pendingCount(), 2);
    QCOMPARE(desk->listVersion(), 0.0);
    QCOMPARE(desk->listCurrentAt(), 0.0);
    QVERIFY(desk->listStale());

    // 1. A pull brings list version 7 with the first card on it (and another card, off again).
    QSignalSpy listChanged(desk.get(), &LossReportDesk::statusListChanged);
    m_clock.advanceMs(2 * kMinute);
    QVERIFY(pullListEntries({{6, u"34012201000000000999"_s, u"add"_s},
                             {7, u"34012201000000000999"_s, u"remove"_s},
                             {7, u"34012201000000000042"_s, u"add"_s}}));
    QVERIFY(listChanged.size() >= 1);
    QVariantMap row = rowOf(*desk, id);
    QCOMPARE(row.value(u"state"_s).toString(), u"frozen"_s);
    QCOMPARE(row.value(u"stateText"_s).toString(), u"Frozen — on status list version 7"_s);
    QCOMPARE(row.value(u"listVersion"_s).toDouble(), 7.0);
    QCOMPARE(row.value(u"tone"_s).toString(), u"success"_s);
    // 2. The other card is not on it: still pending, and said so.
    QCOMPARE(rowOf(*desk, other).value(u"stateText"_s).toString(), u"Reported, not yet frozen"_s);
    QCOMPARE(desk->pendingCount(), 1);
    // 3. The list: version 7, one card on it (the other was taken off), current now.
    QCOMPARE(desk->listVersion(), 7.0);
    QCOMPARE(desk->listedCount(), 1.0);
    QCOMPARE(desk->listCurrentAt(), double(m_clock.nowMs()));
    QCOMPARE(desk->listAgeText(), u"Current as of just now"_s);
    QVERIFY(!desk->listStale());
}

void TestLossReportDesk::refusedAsSoonAsItsOpFails()
{
    SyncStatus sync;
    sync.setDataSource(m_data);
    auto desk = newDesk();
    desk->setSync(&sync);
    const QString id = reportCard(*desk, u"34012201000000000021"_s);
    const QString unknown = reportCard(*desk, u"34012201000000000084"_s);
    QVERIFY(!id.isEmpty() && !unknown.isEmpty());
    QCOMPARE(rowOf(*desk, id).value(u"state"_s).toString(), u"pending"_s);

    // 1. The server refused it (a push result: nothing pulled, no local write): the sync bar's
    //    refused count moves and the row says so at once, with the reason in the UI's words.
    QVERIFY(m_store->outbox().markFailed(opOf(id), u"identity_mismatch"_s, u"The ID number given is not the card holder's."_s));
    QSignalSpy reportsChanged(desk.get(), &LossReportDesk::reportsChanged);
    sync.refresh();
    QCOMPARE(sync.failedCount(), 1);
    QVERIFY(reportsChanged.size() >= 1);
    QVariantMap row = rowOf(*desk, id);
    QCOMPARE(row.value(u"state"_s).toString(), u"refused"_s);
    QCOMPARE(row.value(u"stateText"_s).toString(), u"Refused: the ID number given is not the card holder's."_s);
    QCOMPARE(row.value(u"tone"_s).toString(), u"danger"_s);
    QVERIFY(row.value(u"detail"_s).toString().contains(u"NOT frozen"_s));
    QCOMPARE(desk->pendingCount(), 1);

    // 2. A code the desk does not know: the server's own words.
    QVERIFY(m_store->outbox().markFailed(opOf(unknown), u"something_new"_s, u"Card range closed."_s));
    sync.refresh();
    QCOMPARE(rowOf(*desk, unknown).value(u"stateText"_s).toString(), u"Refused: Card range closed."_s);
    QCOMPARE(desk->pendingCount(), 0);

    // 3. Sent again from the sync panel: pending once more.
    QVERIFY(m_store->outbox().retry(opOf(id)));
    m_data->notifyChanged(); // the sync panel's retry announces itself so
    QCOMPARE(rowOf(*desk, id).value(u"stateText"_s).toString(), u"Reported, not yet frozen"_s);
    QCOMPARE(desk->pendingCount(), 1);
}

void TestLossReportDesk::alreadyListedAsTheServerWroteBack()
{
    auto desk = newDesk();
    const QString id = reportCard(*desk, u"34012201000000000042"_s);
    QVERIFY(!id.isEmpty());
    QVERIFY(m_store->outbox().markDone(opOf(id)));

    // The server's answer comes back in the pull: the card had been listed by an earlier report.
    auto fields = m_store->db().run(u"SELECT card_no, channel, holder_name, holder_id_number, reporter_phone, reported_at, staff_id,"
                                    " outlet_id, created_at FROM loss_reports WHERE id = ?"_s,
                                    {id});
    QVERIFY(fields && fields.value().next());
    QSqlQuery &f = fields.value();
    fd::protocol::PullPage page;
    fd::protocol::RemoteChange c;
    c.seq = 1;
    c.entity = u"loss_report"_s;
    c.id = id;
    c.fields = {{u"card_no"_s, f.value(0).toString()},       {u"channel"_s, f.value(1).toString()},
                {u"holder_name"_s, f.value(2).toString()},   {u"holder_id_number"_s, f.value(3).toString()},
                {u"reporter_phone"_s, f.value(4).toString()}, {u"reported_at"_s, f.value(5).toLongLong()},
                {u"staff_id"_s, f.value(6).toString()},      {u"outlet_id"_s, f.value(7).toString()},
                {u"state"_s, u"already_listed"_s},           {u"list_version"_s, 5},
                {u"frozen_at"_s, m_clock.nowMs()},           {u"identity"_s, u"verified"_s}};
    c.createdAt = f.value(8).toLongLong();
    c.updatedAt = m_clock.nowMs();
    page.changes = {c};
    page.next = 1;
    auto applied = fd::RemoteApplier(*m_store).apply(page);
    QVERIFY2(applied, applied ? "" : qPrintable(applied.error().toString()));
    m_data->notifyChanged();

    const QVariantMap row = rowOf(*desk, id);
    QCOMPARE(row.value(u"state"_s).toString(), u"already_listed"_s);
    QCOMPARE(row.value(u"stateText"_s).toString(), u"Already on the status list"_s);
    QCOMPARE(row.value(u"listVersion"_s).toDouble(), 5.0);
    QCOMPARE(desk->pendingCount(), 0);
}

void TestLossReportDesk::statusListAgeFollowsTheClock()
{
    auto desk = newDesk();
    QCOMPARE(desk->listAgeText(), u"Never received from the server"_s);
    QVERIFY(desk->listStale());
    QVERIFY(pullListEntries({{3, u"34012201000000000042"_s, u"add"_s}}));
    QCOMPARE(desk->listAgeText(), u"Current as of just now"_s);

    // The app's clock ticks: the age moves with it, and the desk says so.
    QSignalSpy listChanged(desk.get(), &LossReportDesk::statusListChanged);
    m_clock.advanceMs(3 * kMinute);
    m_data->refreshNow();
    QVERIFY(listChanged.size() >= 1);
    QCOMPARE(desk->listAgeText(), u"Current as of 3 min ago"_s);
    QVERIFY(!desk->listStale());
    m_clock.advanceMs(2 * 60 * kMinute);
    m_data->refreshNow();
    QCOMPARE(desk->listAgeText(), u"Current as of 2 hours ago"_s);
    QVERIFY(desk->listStale());
    m_clock.advanceMs(3 * 24 * 60 * kMinute);
    m_data->refreshNow();
    QCOMPARE(desk->listAgeText(), u"Current as of 3 days ago"_s);
    // Read to the end again: current again.
    QVERIFY(pullListEntries({}));
    QCOMPARE(desk->listAgeText(), u"Current as of just now"_s);
    QVERIFY(!desk->listStale());
    QCOMPARE(desk->listVersion(), 3.0);
}

void TestLossReportDesk::readsInChinese()
{
    QVERIFY(m_language.setLanguage(u"zh_CN"_s));
    auto desk = newDesk();
    desk->setLanguage(u"zh_CN"_s);
    const QString id = reportCard(*desk, u"34012201000000000042"_s);
    QVERIFY(!id.isEmpty());
    QCOMPARE(desk->message(), u"挂失已受理。服务器确认后，卡片才会冻结。"_s);
    QCOMPARE(rowOf(*desk, id).value(u"stateText"_s).toString(), u"挂失已受理，尚未冻结"_s);
    QCOMPARE(desk->listAgeText(), u"尚未从服务器收到"_s);
    QVERIFY(pullListEntries({{9, u"34012201000000000042"_s, u"add"_s}}));
    QCOMPARE(rowOf(*desk, id).value(u"stateText"_s).toString(), u"已冻结——已列入第 9 版状态名单"_s);
    m_clock.advanceMs(5 * kMinute);
    m_data->refreshNow();
    QCOMPARE(desk->listAgeText(), u"5 分钟前更新"_s);

    // Back to English: the rows and the message follow the language property.
    QVERIFY(m_language.setLanguage(u"en"_s));
    QSignalSpy messageChanged(desk.get(), &LossReportDesk::messageChanged);
    desk->setLanguage(u"en"_s);
    QCOMPARE(messageChanged.size(), 1);
    QCOMPARE(desk->message(), u"Reported. The card is frozen once the server confirms it."_s);
    QCOMPARE(rowOf(*desk, id).value(u"stateText"_s).toString(), u"Frozen — on status list version 9"_s);
}

void TestLossReportDesk::fixtureShowsEveryState()
{
    // The data the screen tour shows: one report in each state, and the list as the server sent it.
    auto reports = Fixture::addLossReports(*m_store, m_clock, m_facts);
    QVERIFY2(reports, reports ? "" : qPrintable(reports.error().toString()));
    auto desk = newDesk();
    QCOMPARE(desk->reportCount(), 4);
    const QStringList order = {reports->sentId, reports->unsentId, reports->refusedId, reports->frozenId};
    QStringList shown;
    for (const QVariant &v : desk->reports())
        shown << v.toMap().value(u"id"_s).toString();
    QCOMPARE(shown, order); // newest first
    QCOMPARE(rowOf(*desk, reports->unsentId).value(u"state"_s).toString(), u"pending"_s);
    QVERIFY(rowOf(*desk, reports->unsentId).value(u"detail"_s).toString().startsWith(u"Waiting to be sent"_s));
    QCOMPARE(rowOf(*desk, reports->sentId).value(u"state"_s).toString(), u"pending"_s);
    QVERIFY(rowOf(*desk, reports->sentId).value(u"detail"_s).toString().startsWith(u"Sent"_s));
    QCOMPARE(rowOf(*desk, reports->frozenId).value(u"stateText"_s).toString(), u"Frozen — on status list version 43"_s);
    QCOMPARE(rowOf(*desk, reports->refusedId).value(u"stateText"_s).toString(),
             u"Refused: the ID number given is not the card holder's."_s);
    QCOMPARE(desk->pendingCount(), 2);
    QCOMPARE(desk->listVersion(), 43.0);
    QCOMPARE(desk->listedCount(), 2.0);
    QCOMPARE(desk->listAgeText(), u"Current as of 3 min ago"_s);
}

QTEST_GUILESS_MAIN(TestLossReportDesk)
#include "tst_lossreportdesk.moc"
