// Wire-format pieces shared by client and server: JsonReader validation and the error body.

#include "errorbody.h"
#include "jsonreader.h"
#include "protocol.h"

#include <QJsonDocument>
#include <QTest>

using namespace fd;
using namespace fd::protocol;

class TestProtocol : public QObject
{
    Q_OBJECT

private:
    static JsonReader reader(const QByteArray &json)
    {
        auto r = JsonReader::fromJson(json);
        if (!r)
            qFatal("test JSON does not parse: %s", qPrintable(r.error().toString()));
        return r.value();
    }

private Q_SLOTS:
    void constants()
    {
        QCOMPARE(kVersion, 1);
        QCOMPARE(QByteArray(kApiPrefix), QByteArray("/v1"));
        QVERIFY(kMaxRequestBodyBytes >= 64 * 1024);
    }

    void fromJsonRejectsNonObjects_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray() << QString::fromLatin1(errc::kInvalidJson);
        QTest::newRow("garbage") << QByteArray("\x01\xff{") << QString::fromLatin1(errc::kInvalidJson);
        QTest::newRow("truncated") << QByteArray("{\"a\": ") << QString::fromLatin1(errc::kInvalidJson);
        QTest::newRow("trailing") << QByteArray("{} x") << QString::fromLatin1(errc::kInvalidJson);
        QTest::newRow("array") << QByteArray("[1,2]") << QString::fromLatin1(errc::kNotAnObject);
        QTest::newRow("deep") << QByteArray(5000, '[') << QString::fromLatin1(errc::kInvalidJson);
    }
    void fromJsonRejectsNonObjects()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        auto r = JsonReader::fromJson(body);
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
    }

    void fromJsonEnforcesSizeLimit()
    {
        const QByteArray body = "{\"a\":\"" + QByteArray(100, 'x') + "\"}";
        QVERIFY(JsonReader::fromJson(body, body.size()));
        auto r = JsonReader::fromJson(body, body.size() - 1);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QLatin1String(errc::kPayloadTooLarge));
    }

    void requireString()
    {
        const JsonReader r = reader(R"({"name":"Zhang San","n":5,"empty":"","nul":null,"emoji":"😀😀"})");
        auto name = r.requireString(u"name", 1, 50);
        QVERIFY(name);
        QCOMPARE(name.value(), QStringLiteral("Zhang San"));

        auto missing = r.requireString(u"nope", 0, 10);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QLatin1String(errc::kMissingField));
        QCOMPARE(missing.error().field, QStringLiteral("nope"));

        auto number = r.requireString(u"n", 0, 10);
        QVERIFY(!number);
        QCOMPARE(number.error().code, QLatin1String(errc::kWrongType));
        QVERIFY(number.error().message.contains(QLatin1String("a number")));

        auto null = r.requireString(u"nul", 0, 10);
        QVERIFY(!null);
        QCOMPARE(null.error().code, QLatin1String(errc::kWrongType));

        auto tooShort = r.requireString(u"empty", 1, 10);
        QVERIFY(!tooShort);
        QCOMPARE(tooShort.error().code, QLatin1String(errc::kTooShort));

        auto tooLong = r.requireString(u"name", 0, 8);
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().code, QLatin1String(errc::kTooLong));

        // Two emoji are four UTF-16 units but two characters.
        QVERIFY(r.requireString(u"emoji", 2, 2));
        QVERIFY(!r.requireString(u"emoji", 0, 1));
    }

    void stringsRejectControlCharactersAndBrokenUnicode_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QByteArray(R"({"s":"ok"})") << true;
        QTest::newRow("tab newline cr") << QByteArray(R"({"s":"a\tb\nc\rd"})") << true;
        QTest::newRow("chinese") << QByteArray(R"({"s":"粤A12345"})") << true;
        QTest::newRow("surrogate pair escape") << QByteArray(R"({"s":"\ud83d\ude00"})") << true;
        QTest::newRow("nul") << QByteArray(R"({"s":"a\u0000b"})") << false;
        // Not a raw string: moc 6.4 mis-parses this one as a raw string and then finds no class at all.
        QTest::newRow("escape char") << QByteArray("{\"s\":\"\\u001b[31m\"}") << false;
        QTest::newRow("del") << QByteArray(R"({"s":"\u007f"})") << false;
        QTest::newRow("lone high surrogate") << QByteArray(R"({"s":"a\ud800"})") << false;
        QTest::newRow("lone low surrogate") << QByteArray(R"({"s":"\udc00b"})") << false;
        QTest::newRow("reversed pair") << QByteArray(R"({"s":"\ude00\ud83d"})") << false;
    }
    void stringsRejectControlCharactersAndBrokenUnicode()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        auto s = reader(json).requireString(u"s", 0, 100);
        QCOMPARE(bool(s), valid);
        if (!valid)
            QCOMPARE(s.error().code, QLatin1String(errc::kInvalidText));
    }

    void optionalString()
    {
        const JsonReader r = reader(R"({"a":"x","n":null,"w":3})");
        auto a = r.optionalString(u"a", 0, 5);
        QVERIFY(a);
        QCOMPARE(a->value_or(QString()), QStringLiteral("x"));
        auto absent = r.optionalString(u"b", 1, 5);
        QVERIFY(absent);
        QVERIFY(!absent->has_value());
        auto null = r.optionalString(u"n", 1, 5);
        QVERIFY(null);
        QVERIFY(!null->has_value());
        auto wrong = r.optionalString(u"w", 0, 5);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, QLatin1String(errc::kWrongType));
    }

    void requireInt_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("min");
        QTest::addColumn<qint64>("max");
        QTest::addColumn<QString>("code"); // empty: valid
        QTest::addColumn<qint64>("expected");
        const qint64 big = 9007199254740993LL; // 2^53 + 1: not exact as a double
        QTest::newRow("zero") << QByteArray("0") << qint64(0) << qint64(10) << QString() << qint64(0);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-10) << qint64(10) << QString() << qint64(-5);
        QTest::newRow("at max") << QByteArray("10") << qint64(0) << qint64(10) << QString() << qint64(10);
        QTest::newRow("above max") << QByteArray("11") << qint64(0) << qint64(10) << QString::fromLatin1(errc::kOutOfRange) << qint64(0);
        QTest::newRow("below min") << QByteArray("-1") << qint64(0) << qint64(10) << QString::fromLatin1(errc::kOutOfRange) << qint64(0);
        QTest::newRow("exponent whole") << QByteArray("1e3") << qint64(0) << qint64(5000) << QString() << qint64(1000);
        QTest::newRow("fraction") << QByteArray("1.5") << qint64(0) << qint64(10) << QString::fromLatin1(errc::kWrongType) << qint64(0);
        QTest::newRow("string") << QByteArray("\"5\"") << qint64(0) << qint64(10) << QString::fromLatin1(errc::kWrongType) << qint64(0);
        QTest::newRow("bool") << QByteArray("true") << qint64(0) << qint64(10) << QString::fromLatin1(errc::kWrongType) << qint64(0);
        QTest::newRow("null") << QByteArray("null") << qint64(0) << qint64(10) << QString::fromLatin1(errc::kWrongType) << qint64(0);
        QTest::newRow("huge") << QByteArray("1e300") << qint64(0) << std::numeric_limits<qint64>::max() << QString::fromLatin1(errc::kOutOfRange) << qint64(0);
        QTest::newRow("huge negative") << QByteArray("-1e300") << std::numeric_limits<qint64>::min() << qint64(0) << QString::fromLatin1(errc::kOutOfRange) << qint64(0);
        QTest::newRow("exact beyond 2^53") << QByteArray::number(big) << qint64(0) << big << QString() << big;
        QTest::newRow("money fen") << QByteArray("123456789") << qint64(0) << qint64(1'000'000'000) << QString() << qint64(123456789);
    }
    void requireInt()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, min);
        QFETCH(qint64, max);
        QFETCH(QString, code);
        QFETCH(qint64, expected);
        auto n = reader("{\"n\":" + value + "}").requireInt(u"n", min, max);
        if (code.isEmpty()) {
            QVERIFY2(n, n ? "" : qPrintable(n.error().toString()));
            QCOMPARE(n.value(), expected);
        } else {
            QVERIFY(!n);
            QCOMPARE(n.error().code, code);
            QCOMPARE(n.error().field, QStringLiteral("n"));
        }
    }

    void optionalIntAndBool()
    {
        const JsonReader r = reader(R"({"n":3,"b":true,"s":"x"})");
        auto n = r.optionalInt(u"n", 0, 5);
        QVERIFY(n);
        QCOMPARE(n->value_or(-1), 3);
        auto absent = r.optionalInt(u"m", 0, 5);
        QVERIFY(absent);
        QVERIFY(!absent->has_value());
        QVERIFY(!r.optionalInt(u"n", 4, 5));
        QVERIFY(!r.requireInt(u"missing", 0, 5));

        auto b = r.requireBool(u"b");
        QVERIFY(b);
        QCOMPARE(b.value(), true);
        auto notBool = r.requireBool(u"s");
        QVERIFY(!notBool);
        QCOMPARE(notBool.error().code, QLatin1String(errc::kWrongType));
        QCOMPARE(r.requireBool(u"x").error().code, QLatin1String(errc::kMissingField));
    }

    void nestedPathsInErrors()
    {
        const JsonReader r = reader(R"({"batch":{"ops":[{"kind":"ticket.update"},{"kind":7},"x"]},"list":{}})");
        auto batch = r.requireObject(u"batch");
        QVERIFY(batch);
        QCOMPARE(batch->path(), QStringLiteral("batch"));
        QCOMPARE(batch->fieldPath(u"ops"), QStringLiteral("batch.ops"));

        // Item 2 is not an object: the whole array is refused, naming that item.
        auto ops = batch->requireObjectArray(u"ops", 10);
        QVERIFY(!ops);
        QCOMPARE(ops.error().code, QLatin1String(errc::kWrongType));
        QCOMPARE(ops.error().field, QStringLiteral("batch.ops[2]"));

        const JsonReader good = reader(R"({"ops":[{"kind":"ticket.update"},{"kind":7}]})");
        auto items = good.requireObjectArray(u"ops", 2);
        QVERIFY(items);
        QCOMPARE(items->size(), 2);
        QVERIFY(items->at(0).requireString(u"kind", 1, 40));
        auto kind = items->at(1).requireString(u"kind", 1, 40);
        QVERIFY(!kind);
        QCOMPARE(kind.error().field, QStringLiteral("ops[1].kind"));

        auto tooMany = good.requireObjectArray(u"ops", 1);
        QVERIFY(!tooMany);
        QCOMPARE(tooMany.error().code, QLatin1String(errc::kTooManyItems));

        QCOMPARE(r.requireObjectArray(u"list", 5).error().code, QLatin1String(errc::kWrongType));
        QCOMPARE(r.requireObject(u"none").error().code, QLatin1String(errc::kMissingField));
        QCOMPARE(batch->requireObject(u"ops").error().field, QStringLiteral("batch.ops"));
    }

    void errorBodyRoundTrip()
    {
        const Error original = makeError("out_of_range", QStringLiteral("amount must be between 0 and 10"),
                                         QStringLiteral("ops[2].amount"));
        const QByteArray encoded = ErrorBody::encode(original);
        const QJsonObject json = QJsonDocument::fromJson(encoded).object();
        QCOMPARE(json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("out_of_range"));

        auto decoded = ErrorBody::decode(encoded);
        QVERIFY(decoded);
        QCOMPARE(decoded->error().code, original.code);
        QCOMPARE(decoded->error().message, original.message);
        QCOMPARE(decoded->error().field, original.field);
    }

    void errorBodyWithoutFieldHasExactlyCodeAndMessage()
    {
        const QByteArray encoded = ErrorBody::encode(makeError("not_found", QStringLiteral("no such endpoint")));
        QCOMPARE(encoded, QByteArray(R"({"error":{"code":"not_found","message":"no such endpoint"}})"));
        auto decoded = ErrorBody::decode(encoded);
        QVERIFY(decoded);
        QVERIFY(decoded->error().field.isEmpty());
    }

    void errorBodyDecodeRejectsOtherBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("nginx html") << QByteArray("<html><body>502 Bad Gateway</body></html>")
                                    << QString::fromLatin1(errc::kInvalidJson);
        QTest::newRow("no error key") << QByteArray(R"({"status":"ok"})") << QString::fromLatin1(errc::kMissingField);
        QTest::newRow("error is string") << QByteArray(R"({"error":"bad"})") << QString::fromLatin1(errc::kWrongType);
        QTest::newRow("no code") << QByteArray(R"({"error":{"message":"x"}})") << QString::fromLatin1(errc::kMissingField);
        QTest::newRow("empty code") << QByteArray(R"({"error":{"code":"","message":"x"}})") << QString::fromLatin1(errc::kTooShort);
        QTest::newRow("numeric message") << QByteArray(R"({"error":{"code":"a","message":5}})") << QString::fromLatin1(errc::kWrongType);
        QTest::newRow("huge") << QByteArray(R"({"error":{"code":"a","message":")") + QByteArray(kMaxErrorBodyBytes, 'x') + "\"}}"
                              << QString::fromLatin1(errc::kPayloadTooLarge);
    }
    void errorBodyDecodeRejectsOtherBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        auto decoded = ErrorBody::decode(body);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().code, code);
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
