// Nobody can add a string without its Chinese translation: the checked-in .ts files must match
// what lupdate finds in the sources now, and every zh_CN message must be translated (with the
// same placeholders). To fix a failure: ninja fielddesk_app_lupdate, then translate in
// assets/translations/fielddesk_zh_CN.ts (Qt Linguist or an editor) and remove type="unfinished".
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations;

    [[nodiscard]] QString key() const { return context + QLatin1String(" | ") + source + QLatin1String(" | ") + comment; }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                m = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
            } else if (name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                m.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                m.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!m.numerus)
                    m.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                m.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            out << m;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0).remove(QLatin1Char('L'));
    found.sort();
    found.removeDuplicates();
    return found;
}

QStringList split(const char *joined)
{
    return QString::fromUtf8(joined).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

QString tsFile(const QString &language)
{
    for (const QString &f : split(FIELDDESK_TS_FILES)) {
        if (f.endsWith(QStringLiteral("_%1.ts").arg(language)))
            return f;
    }
    return {};
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filesAreCurrent_data();
    void filesAreCurrent();
    void chineseIsComplete();
    void englishPluralsAreComplete();
};

void TestTranslations::filesAreCurrent_data()
{
    QTest::addColumn<QString>("ts");
    for (const QString &f : split(FIELDDESK_TS_FILES))
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TestTranslations::filesAreCurrent()
{
    QFETCH(QString, ts);
    QTemporaryDir tmp;
    const QString copy = QDir(tmp.path()).filePath(QFileInfo(ts).fileName());
    QVERIFY(QFile::copy(ts, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(FIELDDESK_SOURCE_DIR));
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args = split(FIELDDESK_LUPDATE_OPTIONS);
    args << QStringLiteral("-extensions") << QStringLiteral("cpp,h,qml");
    args += split(FIELDDESK_TR_DIRS);
    args << QStringLiteral("-ts") << copy;
    lupdate.start(QStringLiteral(FIELDDESK_LUPDATE), args);
    QVERIFY2(lupdate.waitForFinished(120'000), "lupdate did not finish");
    const QString log = QString::fromUtf8(lupdate.readAll());
    QVERIFY2(lupdate.exitCode() == 0, qPrintable(log));

    QString error;
    const QList<Message> checkedIn = readTs(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Message> fresh = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QSet<QString> have;
    for (const Message &m : checkedIn)
        have.insert(m.key());
    QSet<QString> want;
    for (const Message &m : fresh) {
        if (m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"))
            want.insert(m.key());
    }
    QStringList missing(want.cbegin(), want.cend());
    missing.erase(std::remove_if(missing.begin(), missing.end(), [&](const QString &k) { return have.contains(k); }), missing.end());
    QStringList stale(have.cbegin(), have.cend());
    stale.erase(std::remove_if(stale.begin(), stale.end(), [&](const QString &k) { return want.contains(k); }), stale.end());
    missing.sort();
    stale.sort();
    QVERIFY2(missing.isEmpty() && stale.isEmpty(),
             qPrintable(QStringLiteral("%1 is out of date; run `ninja fielddesk_app_lupdate` and translate.\nNew in the sources:\n  %2\n"
                                       "No longer in the sources:\n  %3")
                            .arg(ts, missing.join(QLatin1String("\n  ")), stale.join(QLatin1String("\n  ")))));
}

void TestTranslations::chineseIsComplete()
{
    QString error;
    const QList<Message> messages = readTs(tsFile(QStringLiteral("zh_CN")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = m.context + QLatin1String(": ") + m.source;
        if (!m.type.isEmpty()) {
            problems << QStringLiteral("%1 (%2)").arg(where, m.type);
            continue;
        }
        if (m.translations.isEmpty() || std::any_of(m.translations.cbegin(), m.translations.cend(), [](const QString &t) { return t.trimmed().isEmpty(); })) {
            problems << QStringLiteral("%1 (empty)").arg(where);
            continue;
        }
        for (const QString &t : m.translations) {
            if (placeholders(t) != placeholders(m.source))
                problems << QStringLiteral("%1 (placeholders differ: %2)").arg(where, t);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 Chinese translation(s) missing or wrong:\n  %2")
                                                .arg(problems.size())
                                                .arg(problems.join(QLatin1String("\n  ")))));
}

void TestTranslations::englishPluralsAreComplete()
{
    // English is the source language; only plural forms ("%n item(s)") need translating.
    QString error;
    const QList<Message> messages = readTs(tsFile(QStringLiteral("en")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    int numerus = 0;
    for (const Message &m : messages) {
        if (!m.numerus)
            continue;
        ++numerus;
        if (m.type == QLatin1String("unfinished") || m.translations.size() != 2
            || std::any_of(m.translations.cbegin(), m.translations.cend(), [](const QString &t) { return t.trimmed().isEmpty(); }))
            problems << m.context + QLatin1String(": ") + m.source;
    }
    QVERIFY(numerus > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("English plural forms missing:\n  ") + problems.join(QLatin1String("\n  "))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
