#include "customerrepository.h"
#include "residentid.h"
#include "searchindex.h"
#include "storefixture.h"
#include "ticketrepository.h"

#include <QTest>

using namespace fd;

/** Real Chinese queries against a real store. */
class TestSearchIndex : public QObject
{
    Q_OBJECT

    StoreFixture f;
    QHash<QString, QString> ids; // name → customer id

    static QString validId(const QString &first17) { return first17 + ResidentId::checkChar(first17); }

    void addCustomer(const QString &name, const QString &id17, const QString &phone, const QString &plate = {})
    {
        CustomerInput in;
        in.name = name;
        in.idNumber = validId(id17);
        in.phone = phone;
        in.address = QStringLiteral("安徽省合肥市蜀山区长江西路 100 号");
        auto c = CustomerRepository(*f.store).create(in, {}, QDate(2026, 1, 1));
        QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
        ids.insert(name, c->id);
        if (!plate.isEmpty()) {
            auto v = CustomerRepository(*f.store).addVehicle(c->id, plate, plate.size() == 8 ? QStringLiteral("green") : QStringLiteral("blue"),
                                                           {}, {});
            QVERIFY2(v, v ? "" : qPrintable(v.error().toString()));
        }
    }

    QStringList customerNames(const QString &query)
    {
        auto hits = SearchIndex(f.store->db()).searchCustomers(query, 50);
        if (!hits) {
            qWarning() << hits.error().toString();
            return {QStringLiteral("<error>")};
        }
        QStringList names;
        for (const SearchHit &h : hits.value())
            names << h.title;
        names.sort();
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(f.open());
        addCustomer(QStringLiteral("张三丰"), QStringLiteral("34010419800101123"), QStringLiteral("13800138000"), QStringLiteral("皖A12345"));
        addCustomer(QStringLiteral("张三"), QStringLiteral("11010519491231002"), QStringLiteral("+86 139 5511 2233"), QStringLiteral("皖AD12345"));
        addCustomer(QStringLiteral("李丰收"), QStringLiteral("34010219900215456"), QStringLiteral("15155667788"), QStringLiteral("京B7C8D9"));
        addCustomer(QStringLiteral("欧阳娜娜"), QStringLiteral("44030419950707321"), QStringLiteral("18655551234"));

        TicketRepository tickets(*f.store);
        NewTicket t;
        t.customerId = ids.value(QStringLiteral("张三丰"));
        t.title = QStringLiteral("OBU 无法识别");
        t.description = QStringLiteral("客户反映经过收费站时电子标签无法识别，车道抬杆失败。");
        t.address = QStringLiteral("合肥西收费站");
        QVERIFY(tickets.create(t, {}));
        t.title = QStringLiteral("ETC 卡余额显示异常");
        t.description = QStringLiteral("圈存后余额未更新");
        t.address = QStringLiteral("芜湖营业厅");
        QVERIFY(tickets.create(t, {}));
    }

    void byNameFragment()
    {
        QCOMPARE(customerNames(QStringLiteral("张三")), (QStringList{QStringLiteral("张三"), QStringLiteral("张三丰")}));
        QCOMPARE(customerNames(QStringLiteral("三丰")), QStringList{QStringLiteral("张三丰")});
        QCOMPARE(customerNames(QStringLiteral("丰")), (QStringList{QStringLiteral("张三丰"), QStringLiteral("李丰收")}));
        QCOMPARE(customerNames(QStringLiteral("娜娜")), QStringList{QStringLiteral("欧阳娜娜")});
        QCOMPARE(customerNames(QStringLiteral("三张")), QStringList{}); // order matters: a substring, not a bag of characters
        QCOMPARE(customerNames(QStringLiteral("王")), QStringList{});
    }

    void byPhone()
    {
        QCOMPARE(customerNames(QStringLiteral("2233")), QStringList{QStringLiteral("张三")}); // tail
        QCOMPARE(customerNames(QStringLiteral("1395511")), QStringList{QStringLiteral("张三")}); // head
        QCOMPARE(customerNames(QStringLiteral("139 5511 2233")), QStringList{QStringLiteral("张三")});
        QCOMPARE(customerNames(QStringLiteral("１３８００１３８０００")), QStringList{QStringLiteral("张三丰")}); // full-width
    }

    void byPlate()
    {
        QCOMPARE(customerNames(QStringLiteral("皖A12345")), QStringList{QStringLiteral("张三丰")});
        QCOMPARE(customerNames(QStringLiteral("皖a12345")), QStringList{QStringLiteral("张三丰")});
        QCOMPARE(customerNames(QStringLiteral("AD12345")), QStringList{QStringLiteral("张三")});
        QCOMPARE(customerNames(QStringLiteral("7C8D9")), QStringList{QStringLiteral("李丰收")});
    }

    void byIdNumberTail()
    {
        const QString id = validId(QStringLiteral("11010519491231002"));
        QCOMPARE(customerNames(id.right(4)), QStringList{QStringLiteral("张三")});
        QCOMPARE(customerNames(id.right(4).toLower()), QStringList{QStringLiteral("张三")});
    }

    void combinedTerms()
    {
        QCOMPARE(customerNames(QStringLiteral("张 2233")), QStringList{QStringLiteral("张三")});
        QCOMPARE(customerNames(QStringLiteral("合肥 欧阳")), QStringList{QStringLiteral("欧阳娜娜")});
    }

    void nothingSearchableFindsNothing()
    {
        QCOMPARE(customerNames(QString()), QStringList{});
        QCOMPARE(customerNames(QStringLiteral("   ")), QStringList{});
        QCOMPARE(customerNames(QStringLiteral("\"*()")), QStringList{});
        QCOMPARE(customerNames(QStringLiteral("NEAR(张 三)")), QStringList{});
    }

    void mergingIsLeftToTheIdleTick()
    {
        // Automatic merging is off so that it never runs inside a person's commit.
        for (const char *table : {"customer_search_config", "ticket_search_config"}) {
            auto r = f.store->db().run(QStringLiteral("SELECT v FROM %1 WHERE k = 'automerge'").arg(QString::fromLatin1(table)));
            QVERIFY(r && r.value().next());
            QCOMPARE(r.value().value(0).toInt(), 0);
        }
        // Many small segments, as many short transactions leave them; merging keeps every match.
        TicketRepository tickets(*f.store);
        for (int i = 0; i < 40; ++i) {
            NewTicket t;
            t.title = QStringLiteral("标签松动 %1").arg(i);
            QVERIFY(tickets.create(t, {}));
        }
        SearchIndex idx(f.store->db());
        QCOMPARE(idx.searchTickets(QStringLiteral("标签松动"), 100)->size(), 40);
        auto merged = idx.merge(200);
        QVERIFY2(merged, merged ? "" : qPrintable(merged.error().toString()));
        QCOMPARE(idx.searchTickets(QStringLiteral("标签松动"), 100)->size(), 40);
        QCOMPARE(customerNames(QStringLiteral("三丰")), QStringList{QStringLiteral("张三丰")});
    }

    void tickets()
    {
        SearchIndex idx(f.store->db());
        auto byText = idx.searchTickets(QStringLiteral("无法识别"), 10);
        QVERIFY(byText);
        QCOMPARE(byText->size(), 1);
        QVERIFY(byText->front().title.contains(QStringLiteral("OBU")));
        auto byNo = idx.searchTickets(QStringLiteral("T-0101-07-000002"), 10);
        QCOMPARE(byNo->size(), 1);
        QVERIFY(byNo->front().title.startsWith(QStringLiteral("T-0101-07-000002")));
        QCOMPARE(idx.searchTickets(QStringLiteral("000001"), 10)->size(), 1);
        QCOMPARE(idx.searchTickets(QStringLiteral("obu"), 10)->size(), 1);
        QCOMPARE(idx.searchTickets(QStringLiteral("余额"), 10)->size(), 1);
        QCOMPARE(idx.searchTickets(QStringLiteral("芜湖"), 10)->size(), 1);
        QCOMPARE(idx.searchTickets(QStringLiteral("北京"), 10)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
