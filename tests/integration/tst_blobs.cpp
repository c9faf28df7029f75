// Attachments on the real fielddesk-server (127.0.0.1): chunked, resumable uploads named by
// SHA-256, stored once however many devices send them, checked before they become visible, and
// continued after the server was killed in the middle.

#include "blobstore.h"
#include "syncfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;
using namespace Qt::StringLiterals;

class TestBlobs : public QObject
{
    Q_OBJECT

    static constexpr qint64 kChunk = 1024 * 1024; // the request body limit

    QTemporaryDir m_dir;
    SyncFixture m_fixture{m_dir.path()};
    QByteArray m_tokenA;
    QByteArray m_tokenB;

    struct Http
    {
        int status = 0;
        QByteArray body;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        QString errorCode() const { return json().value(u"error"_s).toObject().value(u"code"_s).toString(); }
    };

    Http request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &token, const QByteArray &body = {})
    {
        QNetworkRequest r(QUrl(m_fixture.url() + pathAndQuery));
        if (!token.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + token);
        r.setHeader(QNetworkRequest::ContentTypeHeader, "application/octet-stream");
        QNetworkReply *reply = m_fixture.network().sendCustomRequest(r, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(30000);
        Http h{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return h;
    }

    static QByteArray randomBytes(qint64 n)
    {
        QByteArray b(n, Qt::Uninitialized);
        QRandomGenerator rng{quint32(n)};
        for (qint64 i = 0; i < n; ++i)
            b[i] = char(rng.bounded(256));
        return b;
    }

    static QString sha(const QByteArray &content)
    {
        return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    }

    Http put(const QByteArray &token, const QString &hash, qint64 size, qint64 offset, const QByteArray &chunk)
    {
        return request("PUT", u"/v1/blobs?sha256=%1&size=%2&offset=%3"_s.arg(hash).arg(size).arg(offset), token, chunk);
    }

    /** Sends @p content from @p from in request-sized chunks; the last answer. */
    Http upload(const QByteArray &token, const QByteArray &content, qint64 from = 0)
    {
        const QString hash = sha(content);
        Http last;
        for (qint64 offset = from; offset < content.size(); offset += kChunk) {
            last = put(token, hash, content.size(), offset, content.mid(offset, kChunk));
            if (last.status != 200)
                return last;
        }
        return last;
    }

    QString blobDir() const { return m_fixture.databasePath() + u".blobs"_s; }

    /** Files under the blob folder (complete and partial), as paths relative to it. */
    QStringList filesOnDisk() const
    {
        QStringList files;
        QDirIterator it(blobDir(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QDir(blobDir()).relativeFilePath(it.next());
        files.sort();
        return files;
    }

    int auditCount(const QString &hash) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tst-blobs"_s);
        db.setDatabaseName(m_fixture.databasePath());
        int n = -1;
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT count(*) FROM audit_log WHERE action = 'blob.complete' AND detail LIKE '%%1%'"_s.arg(hash))
                && q.next())
                n = q.value(0).toInt();
        }
        db = {};
        QSqlDatabase::removeDatabase(u"tst-blobs"_s);
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_fixture.setUp());
        auto a = m_fixture.enroll(u"a"_s, u"tablet"_s);
        auto b = m_fixture.enroll(u"b"_s, u"counter"_s);
        QVERIFY(a && b);
        m_tokenA = a->store->setting(u"device_token"_s).value().toLatin1();
        m_tokenB = b->store->setting(u"device_token"_s).value().toLatin1();
        QVERIFY(!m_tokenA.isEmpty() && !m_tokenB.isEmpty());
    }

    void cleanupTestCase() { QCOMPARE(m_fixture.stop(), 0); }

    void chunkedUploadBecomesVisibleOnlyWhenCompleteAndIntact()
    {
        const QByteArray photo = randomBytes(2 * kChunk + 12345);
        const QString hash = sha(photo);
        // 1. Nothing yet.
        Http s = request("GET", u"/v1/blobs?sha256=%1&size=%2"_s.arg(hash).arg(photo.size()), m_tokenA);
        QCOMPARE(s.status, 200);
        QCOMPARE(s.json().value(u"received"_s).toInteger(), 0);
        QCOMPARE(s.json().value(u"complete"_s).toBool(), false);
        // 2. Two chunks in: the status says how far, the file cannot be fetched yet.
        QCOMPARE(put(m_tokenA, hash, photo.size(), 0, photo.left(kChunk)).status, 200);
        Http p = put(m_tokenA, hash, photo.size(), kChunk, photo.mid(kChunk, kChunk));
        QCOMPARE(p.status, 200);
        QCOMPARE(p.json().value(u"received"_s).toInteger(), 2 * kChunk);
        QCOMPARE(p.json().value(u"complete"_s).toBool(), false);
        QCOMPARE(request("GET", u"/v1/blobs/content?sha256=%1"_s.arg(hash), m_tokenB).status, 404);
        // 3. The last chunk completes it; any device can fetch exactly these bytes.
        p = put(m_tokenA, hash, photo.size(), 2 * kChunk, photo.mid(2 * kChunk));
        QCOMPARE(p.status, 200);
        QCOMPARE(p.json().value(u"complete"_s).toBool(), true);
        QCOMPARE(p.json().value(u"size"_s).toInteger(), photo.size());
        const Http got = request("GET", u"/v1/blobs/content?sha256=%1"_s.arg(hash), m_tokenB);
        QCOMPARE(got.status, 200);
        QVERIFY(got.body == photo);
        // 4. On disk: the complete file only, under its name; the audit trail has the upload once.
        QCOMPARE(filesOnDisk(), QStringList{hash.left(2) + u'/' + hash});
        QCOMPARE(auditCount(hash), 1);
    }

    void secondUploadOfTheSameFileIsStoredOnce()
    {
        const QByteArray signature = randomBytes(40000);
        const QString hash = sha(signature);
        QCOMPARE(upload(m_tokenA, signature).json().value(u"complete"_s).toBool(), true);
        const QStringList before = filesOnDisk();
        // Another device sends the same content: complete at once, nothing written, no new audit line.
        const Http again = put(m_tokenB, hash, signature.size(), 0, signature);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(u"complete"_s).toBool(), true);
        QCOMPARE(filesOnDisk(), before);
        QCOMPARE(auditCount(hash), 1);
        QCOMPARE(QFileInfo(blobDir() + u'/' + hash.left(2) + u'/' + hash).size(), signature.size());
    }

    void wrongOffsetIsRefusedAndTheUploadGoesOnFromTheServersPosition()
    {
        const QByteArray scan = randomBytes(kChunk + 999);
        const QString hash = sha(scan);
        QCOMPARE(put(m_tokenA, hash, scan.size(), 0, scan.left(kChunk)).status, 200);
        // 1. A client that lost its answer sends the first chunk again: 409, nothing appended twice.
        Http p = put(m_tokenA, hash, scan.size(), 0, scan.left(kChunk));
        QCOMPARE(p.status, 409);
        QCOMPARE(p.errorCode(), u"offset_mismatch"_s);
        // 2. It asks where the server stands and sends the rest from there.
        const Http s = request("GET", u"/v1/blobs?sha256=%1"_s.arg(hash), m_tokenA);
        QCOMPARE(s.json().value(u"received"_s).toInteger(), kChunk);
        QCOMPARE(s.json().value(u"size"_s).toInteger(), scan.size());
        p = upload(m_tokenA, scan, s.json().value(u"received"_s).toInteger());
        QCOMPARE(p.status, 200);
        QCOMPARE(p.json().value(u"complete"_s).toBool(), true);
        QVERIFY(request("GET", u"/v1/blobs/content?sha256=%1"_s.arg(hash), m_tokenA).body == scan);
    }

    void contentThatIsNotItsHashIsDropped()
    {
        const QByteArray promised = randomBytes(5000);
        QByteArray sent = promised;
        sent[4999] = char(sent.at(4999) ^ 0x5a);
        const QString hash = sha(promised);
        const Http p = put(m_tokenA, hash, sent.size(), 0, sent);
        QCOMPARE(p.status, 422);
        QCOMPARE(p.errorCode(), u"hash_mismatch"_s);
        // Nothing of it stays: not as a file, not as a part; the honest upload then works.
        QCOMPARE(request("GET", u"/v1/blobs?sha256=%1&size=5000"_s.arg(hash), m_tokenA).json().value(u"received"_s).toInteger(), 0);
        QVERIFY(!filesOnDisk().join(u' ').contains(hash));
        QCOMPARE(upload(m_tokenA, promised).json().value(u"complete"_s).toBool(), true);
    }

    void uploadCutByAKilledServerGoesOnAfterItsRestart()
    {
        const QByteArray photo = randomBytes(3 * kChunk);
        const QString hash = sha(photo);
        QCOMPARE(put(m_tokenA, hash, photo.size(), 0, photo.left(kChunk)).status, 200);
        // kill -9 after the first chunk's answer: what was answered is on disk.
        const quint16 port = m_fixture.port();
        m_fixture.kill();
        QVERIFY(m_fixture.start(port)); // the devices keep the address they were enrolled with
        const Http s = request("GET", u"/v1/blobs?sha256=%1&size=%2"_s.arg(hash).arg(photo.size()), m_tokenA);
        QCOMPARE(s.status, 200);
        QCOMPARE(s.json().value(u"received"_s).toInteger(), kChunk);
        const Http p = upload(m_tokenA, photo, kChunk);
        QCOMPARE(p.status, 200);
        QCOMPARE(p.json().value(u"complete"_s).toBool(), true);
        QVERIFY(request("GET", u"/v1/blobs/content?sha256=%1"_s.arg(hash), m_tokenB).body == photo);
    }

    void cliUploadGoesOnFromTheServersPositionAndDownloadChecksTheHash()
    {
        // A headless device (its folder "a", enrolled in initTestCase) with a photo on disk.
        const QByteArray photo = randomBytes(2 * kChunk + 77);
        const QString hash = sha(photo);
        const QString file = m_fixture.path(u"photo.jpg"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(photo), photo.size());
        }
        // 1. An earlier attempt got one chunk in before it was cut.
        QCOMPARE(put(m_tokenA, hash, photo.size(), 0, photo.left(kChunk)).status, 200);
        // 2. `blob put` sends only the rest.
        const QString out = m_fixture.cli({u"--data"_s, m_fixture.path(u"a"_s), u"blob"_s, u"put"_s, file});
        QVERIFY2(out.contains(u"sha256: "_s + hash), qPrintable(out));
        QVERIFY2(out.contains(u"sent: %1"_s.arg(photo.size() - kChunk)), qPrintable(out));
        // 3. Again: the server has it, nothing is sent.
        QVERIFY(m_fixture.cli({u"--data"_s, m_fixture.path(u"a"_s), u"blob"_s, u"put"_s, file}).contains(u"sent: 0"_s));
        // 4. Another device fetches exactly these bytes.
        const QString copy = m_fixture.path(u"copy.jpg"_s);
        QVERIFY(!m_fixture.cli({u"--data"_s, m_fixture.path(u"b"_s), u"blob"_s, u"get"_s, hash, u"--out"_s, copy}).isEmpty());
        QFile c(copy);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QVERIFY(c.readAll() == photo);
        // 5. A hash the server does not have: the command fails and writes nothing.
        const QString missing = m_fixture.path(u"missing.bin"_s);
        QVERIFY(m_fixture.cli({u"--data"_s, m_fixture.path(u"b"_s), u"blob"_s, u"get"_s, sha("none"), u"--out"_s, missing})
                        .isEmpty());
        QVERIFY(!QFileInfo::exists(missing));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString h = sha("refused");
        const auto put = [&](const QString &q) { return u"/v1/blobs?"_s + q; };
        QTest::newRow("put without token") << QByteArray("PUT") << put(u"sha256=%1&size=3&offset=0"_s.arg(h)) << false
                                           << QByteArray("abc") << 401 << u"unauthorized"_s;
        QTest::newRow("status without token") << QByteArray("GET") << u"/v1/blobs?sha256=%1"_s.arg(h) << false << QByteArray()
                                              << 401 << u"unauthorized"_s;
        QTest::newRow("content without token") << QByteArray("GET") << u"/v1/blobs/content?sha256=%1"_s.arg(h) << false
                                               << QByteArray() << 401 << u"unauthorized"_s;
        QTest::newRow("upper-case hash") << QByteArray("PUT") << put(u"sha256=%1&size=3&offset=0"_s.arg(h.toUpper())) << true
                                         << QByteArray("abc") << 400 << u"bad_request"_s;
        QTest::newRow("short hash") << QByteArray("PUT") << put(u"sha256=abc&size=3&offset=0"_s) << true << QByteArray("abc")
                                    << 400 << u"bad_request"_s;
        QTest::newRow("no size") << QByteArray("PUT") << put(u"sha256=%1&offset=0"_s.arg(h)) << true << QByteArray("abc") << 400
                                 << u"missing_field"_s;
        QTest::newRow("no offset") << QByteArray("PUT") << put(u"sha256=%1&size=3"_s.arg(h)) << true << QByteArray("abc") << 400
                                   << u"missing_field"_s;
        QTest::newRow("size zero") << QByteArray("PUT") << put(u"sha256=%1&size=0&offset=0"_s.arg(h)) << true << QByteArray()
                                   << 400 << u"out_of_range"_s;
        QTest::newRow("size over the limit")
                << QByteArray("PUT") << put(u"sha256=%1&size=%2&offset=0"_s.arg(h).arg(BlobStore::kMaxBlobBytes + 1)) << true
                << QByteArray("abc") << 400 << u"out_of_range"_s;
        QTest::newRow("negative offset") << QByteArray("PUT") << put(u"sha256=%1&size=3&offset=-1"_s.arg(h)) << true
                                         << QByteArray("abc") << 400 << u"out_of_range"_s;
        QTest::newRow("bytes past the size") << QByteArray("PUT") << put(u"sha256=%1&size=2&offset=0"_s.arg(h)) << true
                                             << QByteArray("abc") << 400 << u"too_long"_s;
        QTest::newRow("offset ahead of the server") << QByteArray("PUT") << put(u"sha256=%1&size=9&offset=3"_s.arg(h)) << true
                                                    << QByteArray("abc") << 409 << u"offset_mismatch"_s;
        QTest::newRow("content not there") << QByteArray("GET") << u"/v1/blobs/content?sha256=%1"_s.arg(h) << true
                                           << QByteArray() << 404 << u"not_found"_s;
        QTest::newRow("chunk over the body limit")
                << QByteArray("PUT") << put(u"sha256=%1&size=%2&offset=0"_s.arg(h).arg(2 * kChunk)) << true
                << QByteArray(kChunk + 1, 'x') << 413 << u"payload_too_large"_s;
        QTest::newRow("delete") << QByteArray("DELETE") << u"/v1/blobs?sha256=%1"_s.arg(h) << true << QByteArray() << 405
                                << u"method_not_allowed"_s;
    }

    void refusals()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(bool, withToken);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QStringList before = filesOnDisk();
        const Http h = request(method, path, withToken ? m_tokenA : QByteArray(), body);
        QCOMPARE(h.status, status);
        QCOMPARE(h.errorCode(), code);
        QCOMPARE(filesOnDisk(), before); // nothing stored, not even a part
        QCOMPARE(request("GET", u"/v1/health"_s, {}).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestBlobs)
#include "tst_blobs.moc"
