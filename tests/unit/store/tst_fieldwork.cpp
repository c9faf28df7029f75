#include "fieldworkrepository.h"
#include "storefixture.h"
#include "ticketrepository.h"
#include "workrecordfill.h"

#include <QBuffer>
#include <QDirIterator>
#include <QImage>
#include <QJsonObject>
#include <QLocale>
#include <QScopeGuard>
#include <QTest>

using namespace fd;

/**
 * The crew's work record: every refusal writes nothing (no row, no op, no file), every success
 * exactly one row and its op; the record is made on site only; the finish checklist gates Finish.
 */
class TestFieldWork : public QObject
{
    Q_OBJECT

private:
    /** The error of a refusal; code "ok" when it unexpectedly succeeded, so the test fails instead of crashing. */
    template<typename T>
    static Error errorOf(const Result<T> &r)
    {
        return r ? Error{QStringLiteral("ok"), {}, {}} : r.error();
    }

    /** A ticket moved through the workflow up to @p target (at most "arrived"). */
    static QString ticketAt(StoreFixture &f, TicketState target)
    {
        Transaction tx(f.store->db());
        Change crew;
        crew.opKind = QStringLiteral("crew.create");
        crew.entity = QStringLiteral("crew");
        crew.entityId = f.store->newId();
        crew.fields = {{QStringLiteral("outlet_id"), f.outletId}, {QStringLiteral("name"), QStringLiteral("班组 ") + crew.entityId}};
        if (!f.store->write(crew) || !tx.commit())
            return {};
        TicketRepository repo(*f.store);
        NewTicket in;
        in.title = QStringLiteral("OBU 无法识别");
        in.address = QStringLiteral("合肥西收费站 3 号车道");
        in.contactPhone = QStringLiteral("139 5511 2233");
        auto t = repo.create(in, {});
        if (!t)
            return {};
        const QList<TicketEvent> steps = {TicketEvent::Send,   TicketEvent::Receive, TicketEvent::Dispatch, TicketEvent::Deliver,
                                          TicketEvent::Accept, TicketEvent::Depart,  TicketEvent::Arrive};
        TicketState state = t->state;
        for (TicketEvent e : steps) {
            if (state == target)
                break;
            f.clock.advanceMs(60 * 1000);
            auto moved = repo.apply(t->id, e, {}, {}, e == TicketEvent::Dispatch ? crew.entityId : QString());
            if (!moved) {
                qWarning() << moved.error().toString();
                return {};
            }
            state = moved->state;
        }
        return state == target ? t->id : QString();
    }

    static FaultInput fault()
    {
        FaultInput in;
        in.causeCategory = QStringLiteral("obu");
        in.causeSubcategory = QStringLiteral("no_read");
        in.ownership = QStringLiteral("customer");
        in.genuine = true;
        in.workDone = QStringLiteral("更换 OBU 电池，现场试通行正常。");
        return in;
    }

    static QByteArray image(const char *format, Qt::GlobalColor colour = Qt::darkCyan)
    {
        QImage img(32, 24, QImage::Format_RGB32);
        img.fill(colour);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!img.save(&buffer, format))
            qWarning() << "cannot write a" << format << "image";
        return bytes;
    }

    static qint64 fileCount(StoreFixture &f)
    {
        qint64 n = 0;
        QDirIterator it(f.store->dataDir() + QStringLiteral("/attachments"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++n;
        }
        return n;
    }

    /** Everything a work-record call may write, in one comparable line. */
    static QString snapshot(StoreFixture &f, const QString &ticketId)
    {
        auto state = f.store->db().run(QStringLiteral("SELECT state FROM tickets WHERE id = ?"), {ticketId});
        QString s;
        if (state) {
            QSqlQuery q = std::move(state).value();
            s = q.next() ? q.value(0).toString() : QStringLiteral("(none)");
        }
        return QStringLiteral("outbox=%1 faults=%2 parts=%3 attachments=%4 checks=%5 events=%6 files=%7 state=%8")
            .arg(f.count(QStringLiteral("outbox")))
            .arg(f.count(QStringLiteral("fault_records")))
            .arg(f.count(QStringLiteral("ticket_parts")))
            .arg(f.count(QStringLiteral("attachments")))
            .arg(f.count(QStringLiteral("ticket_checks")))
            .arg(f.count(QStringLiteral("ticket_events")))
            .arg(fileCount(f))
            .arg(s);
    }

    /** The one op written for @p entityId, checked to be of @p kind. */
    static QJsonObject onlyOp(StoreFixture &f, const QString &entityId, const QString &kind)
    {
        auto ops = f.store->outbox().pendingFor(entityId);
        if (!ops || ops->size() != 1 || ops->first().kind != kind) {
            qWarning() << "expected one" << kind << "op for" << entityId;
            return {};
        }
        return ops->first().payload.value(QStringLiteral("fields")).toObject();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void catalogueAndChecklistDefaultToTheBuiltInOnes()
    {
        StoreFixture f;
        QVERIFY(f.open());
        FieldWorkRepository work(*f.store);
        auto c = work.catalogue();
        QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
        QCOMPARE(c->categories().size(), FaultCatalogue::builtIn().categories().size());
        QVERIFY(c->category(QStringLiteral("obu")));
        auto l = work.checklist();
        QVERIFY(l);
        QStringList keys;
        for (const FinishChecklist::Item &i : l->items())
            keys << i.key;
        QCOMPARE(keys, (QStringList{QStringLiteral("fault_record"), QStringLiteral("parts"), QStringLiteral("photo"),
                                    QStringLiteral("tested"), QStringLiteral("signature")}));
    }

    void faultRecordRefusalsWriteNothing_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("sub");
        QTest::addColumn<QString>("ownership");
        QTest::addColumn<QString>("workDone");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QString work = QStringLiteral("更换电池");
        QTest::newRow("unknown cause") << "teleport" << "" << "customer" << work << "invalid_cause" << "cause_category";
        QTest::newRow("no cause") << "" << "" << "customer" << work << "invalid_cause" << "cause_category";
        QTest::newRow("subcategory missing") << "obu" << "" << "customer" << work << "invalid_cause" << "cause_subcategory";
        QTest::newRow("subcategory of another") << "obu" << "chip_damaged" << "customer" << work << "invalid_cause"
                                                << "cause_subcategory";
        QTest::newRow("subcategory where none") << "other" << "no_read" << "customer" << work << "invalid_cause"
                                                << "cause_subcategory";
        QTest::newRow("ownership") << "obu" << "no_read" << "nobody" << work << "invalid_ownership" << "ownership";
        QTest::newRow("no work done") << "obu" << "no_read" << "company" << "   " << "invalid_work_done" << "work_done";
        QTest::newRow("work done too long") << "obu" << "no_read" << "company" << QString(2001, QLatin1Char('x'))
                                            << "invalid_work_done" << "work_done";
    }

    void faultRecordRefusalsWriteNothing()
    {
        QFETCH(QString, category);
        QFETCH(QString, sub);
        QFETCH(QString, ownership);
        QFETCH(QString, workDone);
        QFETCH(QString, code);
        QFETCH(QString, field);
        StoreFixture f;
        QVERIFY(f.open());
        const QString id = ticketAt(f, TicketState::Arrived);
        QVERIFY(!id.isEmpty());
        const QString before = snapshot(f, id);
        FaultInput in{category, sub, ownership, true, workDone};
        auto r = FieldWorkRepository(*f.store).recordFault(id, in, {});
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
        QCOMPARE(r.error().field, field);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(snapshot(f, id), before);
    }

    void faultRecordWritesOneRowAndOneOp()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString id = ticketAt(f, TicketState::Arrived);
        QVERIFY(!id.isEmpty());
        FieldWorkRepository work(*f.store);
        const qint64 ops = f.count(QStringLiteral("outbox"));
        FaultInput in = fault();
        in.genuine = false;
        in.workDone = QStringLiteral("  客户误操作，已指导。  ");
        auto row = work.recordFault(id, in, {});
        QVERIFY2(row, row ? "" : qPrintable(row.error().toString()));
        QCOMPARE(row->workDone, QStringLiteral("客户误操作，已指导。"));
        QCOMPARE(f.count(QStringLiteral("fault_records")), 1);
        QCOMPARE(f.count(QStringLiteral("fault_records"), QStringLiteral("genuine = 0 AND cause_subcategory = 'no_read'")), 1);
        QCOMPARE(f.count(QStringLiteral("outbox")), ops + 1);
        const QJsonObject fields = onlyOp(f, row->id, QStringLiteral("ticket.fault_record"));
        QCOMPARE(fields.value(QStringLiteral("ticket_id")).toString(), id);
        QCOMPARE(fields.value(QStringLiteral("ownership")).toString(), QStringLiteral("customer"));
        QCOMPARE(fields.value(QStringLiteral("genuine")).toInt(), 0);

        // A correction is a new record; the newest one counts. A category without subcategories takes none.
        f.clock.advanceMs(1000);
        FaultInput other = fault();
        other.causeCategory = QStringLiteral("other");
        other.causeSubcategory.clear();
        QVERIFY(work.recordFault(id, other, {}));
        QCOMPARE(f.count(QStringLiteral("fault_records")), 2);
        QCOMPARE(f.count(QStringLiteral("outbox")), ops + 2);
        auto record = work.workRecord(id);
        QVERIFY(record && record->fault);
        QCOMPARE(record->fault->causeCategory, QStringLiteral("other"));
        QVERIFY(record->facts.faultRecorded);

        QCOMPARE(errorOf(work.recordFault(QStringLiteral("no-such-ticket"), fault(), {})).code, QStringLiteral("not_found"));
        QCOMPARE(f.count(QStringLiteral("outbox")), ops + 2);
    }

    void partsAreCheckedAndWrittenOneByOne()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString id = ticketAt(f, TicketState::Arrived);
        QVERIFY(!id.isEmpty());
        FieldWorkRepository work(*f.store);
        const QString before = snapshot(f, id);
        const QString code = QStringLiteral("OBU-BAT-01");
        const QString name = QStringLiteral("OBU 电池");
        QCOMPARE(errorOf(work.addPart(id, QStringLiteral(" "), name, 1, {})).field, QStringLiteral("part_code"));
        QCOMPARE(errorOf(work.addPart(id, QString(41, QLatin1Char('A')), name, 1, {})).field, QStringLiteral("part_code"));
        QCOMPARE(errorOf(work.addPart(id, code, QString(), 1, {})).field, QStringLiteral("part_name"));
        QCOMPARE(errorOf(work.addPart(id, code, name, 0, {})).field, QStringLiteral("quantity"));
        QCOMPARE(errorOf(work.addPart(id, code, name, 1000, {})).code, QStringLiteral("invalid_quantity"));
        QCOMPARE(errorOf(work.addPart(QStringLiteral("no-such-ticket"), code, name, 1, {})).code, QStringLiteral("not_found"));
        QCOMPARE(snapshot(f, id), before);

        const qint64 ops = f.count(QStringLiteral("outbox"));
        auto part = work.addPart(id, QStringLiteral(" OBU-BAT-01 "), name, 2, {});
        QVERIFY2(part, part ? "" : qPrintable(part.error().toString()));
        QCOMPARE(part->code, code);
        QCOMPARE(f.count(QStringLiteral("ticket_parts"), QStringLiteral("quantity = 2 AND part_code = 'OBU-BAT-01'")), 1);
        QCOMPARE(f.count(QStringLiteral("outbox")), ops + 1);
        QCOMPARE(onlyOp(f, part->id, QStringLiteral("ticket.part")).value(QStringLiteral("ticket_id")).toString(), id);
        f.clock.advanceMs(1000);
        QVERIFY(work.addPart(id, QStringLiteral("CARD-01"), QStringLiteral("ETC 卡"), 1, {}));
        auto record = work.workRecord(id);
        QCOMPARE(record->parts.size(), 2);
        QCOMPARE(record->parts.first().code, code); // in the order they were recorded
        QCOMPARE(record->facts.partCount, 2);
    }

    void workIsRecordedOnSiteOnly()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString id = ticketAt(f, TicketState::Departed);
        QVERIFY(!id.isEmpty());
        FieldWorkRepository work(*f.store);
        const auto refusedEverything = [&] {
            const QString before = snapshot(f, id);
            const QList<Error> errors = {errorOf(work.recordFault(id, fault(), {})),
                                         errorOf(work.addPart(id, QStringLiteral("P1"), QStringLiteral("电池"), 1, {})),
                                         errorOf(work.confirm(id, QStringLiteral("tested"), {})),
                                         errorOf(work.attach(id, QStringLiteral("photo"), test::tinyPng(), QStringLiteral("a.png"), {}))};
            for (const Error &e : errors) {
                if (e.code != QLatin1String("wrong_state") || e.message.isEmpty()) {
                    qWarning() << e.toString();
                    return false;
                }
            }
            return snapshot(f, id) == before;
        };
        // Not arrived yet.
        QVERIFY(refusedEverything());

        TicketRepository tickets(*f.store);
        QVERIFY(tickets.apply(id, TicketEvent::Arrive, {}));
        QVERIFY(test::completeWorkRecord(*f.store, id, {}));
        QVERIFY(tickets.apply(id, TicketEvent::Finish, {}));
        // Finished: the record is what the callback is judged on and cannot grow any more.
        QVERIFY(refusedEverything());
    }

    void attachmentIsStoredOnceUnderItsHash()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString id = ticketAt(f, TicketState::Arrived);
        QVERIFY(!id.isEmpty());
        FieldWorkRepository work(*f.store);
        const QByteArray png = image("PNG");
        QVERIFY(!png.isEmpty());
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());
        const qint64 ops = f.count(QStringLiteral("outbox"));

        auto first = work.attach(id, QStringLiteral("photo"), png, QStringLiteral("/sdcard/DCIM/../site.png"), {});
        QVERIFY2(first, first ? "" : qPrintable(first.error().toString()));
        QCOMPARE(first->sha256, sha);
        QCOMPARE(first->mime, QStringLiteral("image/png"));
        QCOMPARE(first->sizeBytes, qint64(png.size()));
        QCOMPARE(first->fileName, QStringLiteral("site.png"));
        const QString path = f.store->dataDir() + QStringLiteral("/attachments/%1/%2").arg(sha.left(2), sha);
        QCOMPARE(first->localPath, path);
        QCOMPARE(work.attachmentPath(sha), path);
        QCOMPARE(fileSha256(path), sha.toLatin1());
        QCOMPARE(f.count(QStringLiteral("outbox")), ops + 1);
        const QJsonObject fields = onlyOp(f, first->id, QStringLiteral("attachment.create"));
        QCOMPARE(fields.value(QStringLiteral("owner_kind")).toString(), QStringLiteral("ticket"));
        QCOMPARE(fields.value(QStringLiteral("owner_id")).toString(), id);
        QCOMPARE(fields.value(QStringLiteral("sha256")).toString(), sha);
        QCOMPARE(fields.value(QStringLiteral("size_bytes")).toInteger(), qint64(png.size()));

        // The same picture again (the signature pad exports the same file): a second record, one file.
        auto again = work.attach(id, QStringLiteral("signature"), png, QStringLiteral("sign.png"), {});
        QVERIFY(again);
        QVERIFY(again->id != first->id);
        QCOMPARE(again->localPath, path);
        QCOMPARE(f.count(QStringLiteral("attachments")), 2);
        QCOMPARE(f.count(QStringLiteral("outbox")), ops + 2);
        QCOMPARE(fileCount(f), 1);
        QCOMPARE(fileSha256(path), sha.toLatin1());

        auto record = work.workRecord(id);
        QVERIFY(record);
        QCOMPARE(record->attachments.size(), 2);
        QCOMPARE(record->attachments.at(0).localPath, path);
        QCOMPARE(record->attachments.at(1).kind, QStringLiteral("signature"));
        QCOMPARE(record->facts.photoCount, 1);
        QVERIFY(record->facts.signature);
    }

    void attachmentTypesAndSizeAreChecked()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString id = ticketAt(f, TicketState::Arrived);
        QVERIFY(!id.isEmpty());
        FieldWorkRepository work(*f.store);
        const QByteArray png = image("PNG", Qt::red);
        const QByteArray jpeg = image("JPEG", Qt::blue);
        QVERIFY(jpeg.startsWith("\xFF\xD8"));
        const QByteArray text = "回访记录：客户满意。\n";
        QByteArray huge(FieldWorkRepository::kMaxAttachmentBytes + 1, '\0');
        huge.replace(0, png.size(), png);

        const QString before = snapshot(f, id);
        const auto refused = [&](const QString &kind, const QByteArray &bytes) {
            auto r = work.attach(id, kind, bytes, QStringLiteral("file"), {});
            return r ? QStringLiteral("accepted") : r.error().code + QLatin1Char('/') + r.error().field;
        };
        QCOMPARE(refused(QStringLiteral("photo"), text), QStringLiteral("invalid_file_type/file"));
        QCOMPARE(refused(QStringLiteral("signature"), text), QStringLiteral("invalid_file_type/file"));
        QCOMPARE(refused(QStringLiteral("signature"), jpeg), QStringLiteral("invalid_file_type/file"));
        QCOMPARE(refused(QStringLiteral("photo"), QByteArray()), QStringLiteral("empty_file/file"));
        QCOMPARE(refused(QStringLiteral("photo"), huge), QStringLiteral("file_too_large/file"));
        QCOMPARE(refused(QStringLiteral("receipt"), png), QStringLiteral("invalid_kind/kind"));
        huge.clear();
        QCOMPARE(snapshot(f, id), before);

        auto photo = work.attach(id, QStringLiteral("photo"), jpeg, QStringLiteral("site.jpg"), {});
        QVERIFY2(photo, photo ? "" : qPrintable(photo.error().toString()));
        QCOMPARE(photo->mime, QStringLiteral("image/jpeg"));
        auto signature = work.attach(id, QStringLiteral("signature"), png, QStringLiteral("sign.png"), {});
        QVERIFY(signature);
        QCOMPARE(fileCount(f), 2);
        QCOMPARE(f.count(QStringLiteral("attachments")), 2);
    }

    void confirmingTwiceChangesNothing()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString id = ticketAt(f, TicketState::Arrived);
        QVERIFY(!id.isEmpty());
        FieldWorkRepository work(*f.store);
        const QString before = snapshot(f, id);
        // Only confirm items and "no parts used" are confirmed by hand.
        for (const QString &item : {QStringLiteral("photo"), QStringLiteral("signature"), QStringLiteral("fault_record"),
                                    QStringLiteral("teleported"), QString()}) {
            auto r = work.confirm(id, item, {});
            QVERIFY2(!r, qPrintable(item));
            QCOMPARE(r.error().code, QStringLiteral("invalid_item"));
            QCOMPARE(r.error().field, QStringLiteral("item"));
        }
        QCOMPARE(errorOf(work.confirm(QStringLiteral("no-such-ticket"), QStringLiteral("tested"), {})).code, QStringLiteral("not_found"));
        QCOMPARE(snapshot(f, id), before);

        const qint64 ops = f.count(QStringLiteral("outbox"));
        QVERIFY(work.confirm(id, QStringLiteral("tested"), {}));
        QCOMPARE(f.count(QStringLiteral("ticket_checks"), QStringLiteral("item = 'tested'")), 1);
        QCOMPARE(f.count(QStringLiteral("outbox")), ops + 1);
        QCOMPARE(f.count(QStringLiteral("outbox"), QStringLiteral("kind = 'ticket.check' AND entity_kind = 'ticket_check'")), 1);
        const QString once = snapshot(f, id);
        f.clock.advanceMs(1000);
        QVERIFY(work.confirm(id, QStringLiteral("tested"), {}));
        QCOMPARE(snapshot(f, id), once);
        QVERIFY(work.confirm(id, QStringLiteral("parts"), {}));
        auto facts = work.facts(id);
        QVERIFY(facts);
        QCOMPARE(facts->confirmed, (QSet<QString>{QStringLiteral("tested"), QStringLiteral("parts")}));
        QCOMPARE(facts->partCount, 0);
    }

    void outletCatalogueIsUsed()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString id = ticketAt(f, TicketState::Arrived);
        QVERIFY(!id.isEmpty());
        FieldWorkRepository work(*f.store);
        QVERIFY(f.store->setSetting(QStringLiteral("fault.catalogue"),
                                    QStringLiteral(R"({"categories": [
            {"key": "rsu_fault", "zh": "路侧单元故障", "en": "Roadside unit fault",
             "sub": [{"key": "antenna", "zh": "天线损坏", "en": "Antenna damaged"}]},
            {"key": "misc", "zh": "其他", "en": "Other"}]})")));
        auto c = work.catalogue();
        QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
        QCOMPARE(c->categories().size(), 2);
        const QString before = snapshot(f, id);
        // The built-in causes are not known to this outlet.
        QCOMPARE(errorOf(work.recordFault(id, fault(), {})).field, QStringLiteral("cause_category"));
        FaultInput in = fault();
        in.causeCategory = QStringLiteral("rsu_fault");
        QCOMPARE(errorOf(work.recordFault(id, in, {})).field, QStringLiteral("cause_subcategory"));
        QCOMPARE(snapshot(f, id), before);
        in.causeSubcategory = QStringLiteral("antenna");
        QVERIFY(work.recordFault(id, in, {}));
        QCOMPARE(f.count(QStringLiteral("fault_records"), QStringLiteral("cause_category = 'rsu_fault'")), 1);
    }

    void brokenCatalogueIsReported_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("where");
        QTest::newRow("not json") << "{categories: [" << "$";
        QTest::newRow("no categories") << R"({"categories": []})" << "categories";
        QTest::newRow("bad key") << R"({"categories": [{"key": "OBU fault", "zh": "OBU", "en": "OBU"}]})" << "categories[0]";
        QTest::newRow("one language") << R"({"categories": [{"key": "obu", "zh": "OBU 故障"}]})" << "categories[0]";
        QTest::newRow("twice") << R"({"categories": [{"key": "obu", "zh": "a", "en": "a"}, {"key": "obu", "zh": "b", "en": "b"}]})"
                               << "categories[1]";
        QTest::newRow("bad subcategory") << R"({"categories": [{"key": "obu", "zh": "a", "en": "a", "sub": [{"key": "x"}]}]})"
                                         << "categories[0].sub[0]";
    }

    void brokenCatalogueIsReported()
    {
        QFETCH(QString, json);
        QFETCH(QString, where);
        StoreFixture f;
        QVERIFY(f.open());
        const QString id = ticketAt(f, TicketState::Arrived);
        QVERIFY(!id.isEmpty());
        QVERIFY(f.store->setSetting(QStringLiteral("fault.catalogue"), json));
        FieldWorkRepository work(*f.store);
        auto c = work.catalogue();
        QVERIFY(!c);
        QCOMPARE(c.error().code, QStringLiteral("invalid_catalogue"));
        QVERIFY2(c.error().message.contains(where + QLatin1Char(':')), qPrintable(c.error().message));
        const QString before = snapshot(f, id);
        QCOMPARE(errorOf(work.recordFault(id, fault(), {})).code, QStringLiteral("invalid_catalogue"));
        QCOMPARE(snapshot(f, id), before);
    }

    void outletChecklistIsUsed()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString id = ticketAt(f, TicketState::Arrived);
        QVERIFY(!id.isEmpty());
        QVERIFY(f.store->setSetting(QStringLiteral("checklist.finish"),
                                    QStringLiteral(R"({"items": [
            {"key": "fault_record", "kind": "fault_record", "zh": "填写故障记录", "en": "Fault record entered"},
            {"key": "keys_returned", "kind": "confirm", "zh": "车钥匙已交还客户", "en": "Car keys handed back"}]})")));
        FieldWorkRepository work(*f.store);
        TicketRepository tickets(*f.store);
        const QString before = snapshot(f, id);
        // "tested" is not on this outlet's list.
        QCOMPARE(errorOf(work.confirm(id, QStringLiteral("tested"), {})).code, QStringLiteral("invalid_item"));
        QCOMPARE(snapshot(f, id), before);

        auto refused = tickets.apply(id, TicketEvent::Finish, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("checklist_incomplete"));
        auto list = work.checklist();
        QVERIFY(list);
        for (const FinishChecklist::Item &i : list->items())
            QVERIFY2(refused.error().message.contains(i.label(QLocale().name())), qPrintable(refused.error().message));
        QCOMPARE(snapshot(f, id), before);

        QVERIFY(work.recordFault(id, fault(), {}));
        QVERIFY(work.confirm(id, QStringLiteral("keys_returned"), {}));
        // No photo, no signature, no parts: this outlet does not ask for them.
        auto finished = tickets.apply(id, TicketEvent::Finish, {});
        QVERIFY2(finished, finished ? "" : qPrintable(finished.error().toString()));
        QCOMPARE(finished->state, TicketState::Finished);
    }

    void brokenChecklistIsReported()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString id = ticketAt(f, TicketState::Arrived);
        QVERIFY(!id.isEmpty());
        QVERIFY(test::completeWorkRecord(*f.store, id, {}));
        QVERIFY(f.store->setSetting(QStringLiteral("checklist.finish"),
                                    QStringLiteral(R"({"items": [{"key": "tested", "kind": "handshake", "zh": "试用", "en": "Tested"}]})")));
        FieldWorkRepository work(*f.store);
        auto list = work.checklist();
        QVERIFY(!list);
        QCOMPARE(list.error().code, QStringLiteral("invalid_checklist"));
        QVERIFY2(list.error().message.contains(QStringLiteral("items[0]")), qPrintable(list.error().message));
        const QString before = snapshot(f, id);
        QCOMPARE(errorOf(work.confirm(id, QStringLiteral("tested"), {})).code, QStringLiteral("invalid_checklist"));
        // A ticket is not finished against a checklist nobody can read.
        QCOMPARE(errorOf(TicketRepository(*f.store).apply(id, TicketEvent::Finish, {})).code, QStringLiteral("invalid_checklist"));
        QCOMPARE(snapshot(f, id), before);
    }

    void finishNamesWhatIsMissingUntilComplete()
    {
        const auto restoreLocale = qScopeGuard([] { QLocale::setDefault(QLocale::system()); });
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        StoreFixture f;
        QVERIFY(f.open());
        const QString id = ticketAt(f, TicketState::Arrived);
        QVERIFY(!id.isEmpty());
        FieldWorkRepository work(*f.store);
        TicketRepository tickets(*f.store);
        const auto finishError = [&] {
            auto r = tickets.apply(id, TicketEvent::Finish, {});
            return r ? QStringLiteral("finished") : r.error().message;
        };
        const QString before = snapshot(f, id);
        QString message = finishError();
        QCOMPARE(errorOf(tickets.apply(id, TicketEvent::Finish, {})).field, QStringLiteral("checklist"));
        for (const QString &label : {QStringLiteral("Fault record entered"), QStringLiteral("Parts used recorded (or none used)"),
                                     QStringLiteral("Photo of the site"), QStringLiteral("Tested with the customer"),
                                     QStringLiteral("Customer's signature")})
            QVERIFY2(message.contains(label), qPrintable(message));
        QCOMPARE(snapshot(f, id), before);

        QVERIFY(work.recordFault(id, fault(), {}));
        // A part recorded counts for the parts item without a confirmation.
        QVERIFY(work.addPart(id, QStringLiteral("OBU-BAT-01"), QStringLiteral("OBU 电池"), 1, {}));
        QVERIFY(work.attach(id, QStringLiteral("photo"), image("JPEG"), QStringLiteral("site.jpg"), {}));
        message = finishError();
        QVERIFY2(!message.contains(QStringLiteral("Fault record")) && !message.contains(QStringLiteral("Parts"))
                     && !message.contains(QStringLiteral("Photo")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Tested with the customer")) && message.contains(QStringLiteral("Customer's signature")),
                 qPrintable(message));
        QCOMPARE(tickets.get(id)->state, TicketState::Arrived);

        QVERIFY(work.confirm(id, QStringLiteral("tested"), {}));
        // In Chinese the list is in Chinese.
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        message = finishError();
        QVERIFY2(message.contains(QStringLiteral("客户签字确认")) && !message.contains(QStringLiteral("与客户一起试用正常")), qPrintable(message));

        QVERIFY(work.attach(id, QStringLiteral("signature"), image("PNG"), QStringLiteral("sign.png"), {}));
        const qint64 ops = f.count(QStringLiteral("outbox"));
        QCOMPARE(finishError(), QStringLiteral("finished"));
        QCOMPARE(tickets.get(id)->state, TicketState::Finished);
        QCOMPARE(f.count(QStringLiteral("outbox")), ops + 2); // the step and its timeline event
    }

    void notesAndChasesFollowTheirRules()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QString id = ticketAt(f, TicketState::Dispatched);
        QVERIFY(!id.isEmpty());
        FieldWorkRepository work(*f.store);
        TicketRepository tickets(*f.store);
        const QString before = snapshot(f, id);
        QCOMPARE(errorOf(work.addNote(id, QStringLiteral("  "), {})).field, QStringLiteral("note"));
        QCOMPARE(errorOf(work.addNote(id, QString(2001, QLatin1Char('x')), {})).code, QStringLiteral("invalid_note"));
        QCOMPARE(errorOf(work.chase(id, QString(), {})).code, QStringLiteral("reason_required"));
        QCOMPARE(errorOf(work.chase(id, QString(501, QLatin1Char('x')), {})).field, QStringLiteral("reason"));
        QCOMPARE(errorOf(work.chase(QStringLiteral("no-such-ticket"), QStringLiteral("客户再次来电"), {})).code, QStringLiteral("not_found"));
        QCOMPARE(snapshot(f, id), before);

        // Each is one timeline entry and one op.
        const qint64 ops = f.count(QStringLiteral("outbox"));
        QVERIFY(work.chase(id, QStringLiteral("  客户再次来电催促  "), {}));
        QCOMPARE(f.count(QStringLiteral("ticket_events"), QStringLiteral("kind = 'chase' AND note = '客户再次来电催促'")), 1);
        QCOMPARE(f.count(QStringLiteral("outbox")), ops + 1);
        QCOMPARE(f.count(QStringLiteral("outbox"), QStringLiteral("kind = 'ticket.event' AND payload LIKE '%\"chase\"%'")), 1);
        QVERIFY(work.addNote(id, QStringLiteral("客户要求下午两点后上门"), {}));
        QCOMPARE(f.count(QStringLiteral("ticket_events"), QStringLiteral("kind = 'note'")), 1);
        QCOMPARE(f.count(QStringLiteral("outbox")), ops + 2);
        QCOMPARE(tickets.timeline(id)->last().note, QStringLiteral("客户要求下午两点后上门"));
        QCOMPARE(tickets.get(id)->state, TicketState::Dispatched); // neither moves the ticket

        // Finished: the crew is done, nothing to chase; a note is still welcome.
        for (TicketEvent e : {TicketEvent::Deliver, TicketEvent::Accept, TicketEvent::Depart, TicketEvent::Arrive})
            QVERIFY(tickets.apply(id, e, {}));
        QVERIFY(work.chase(id, QStringLiteral("超时未完成"), {}));
        QVERIFY(test::completeWorkRecord(*f.store, id, {}));
        QVERIFY(tickets.apply(id, TicketEvent::Finish, {}));
        QString now = snapshot(f, id);
        QCOMPARE(errorOf(work.chase(id, QStringLiteral("再催"), {})).code, QStringLiteral("wrong_state"));
        QCOMPARE(snapshot(f, id), now);
        QVERIFY(work.addNote(id, QStringLiteral("等待回访"), {}));

        // Closed: the record is complete.
        QVERIFY(test::closeBySatisfiedCallback(*f.store, id, {}));
        now = snapshot(f, id);
        QCOMPARE(errorOf(work.addNote(id, QStringLiteral("补充说明"), {})).code, QStringLiteral("wrong_state"));
        QCOMPARE(errorOf(work.chase(id, QStringLiteral("再催"), {})).code, QStringLiteral("wrong_state"));
        QCOMPARE(snapshot(f, id), now);
    }
};

QTEST_GUILESS_MAIN(TestFieldWork)
#include "tst_fieldwork.moc"
