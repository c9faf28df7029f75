#include "searchtokenizer.h"

#include <QRegularExpression>

#include <algorithm>

namespace fd {

bool SearchTokenizer::isCjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF)     // CJK Unified Ideographs
        || (c >= 0x3400 && c <= 0x4DBF)     // Extension A
        || (c >= 0x20000 && c <= 0x2EBEF)   // Extensions B–F
        || (c >= 0xF900 && c <= 0xFAFF)     // Compatibility Ideographs
        || (c >= 0x3040 && c <= 0x30FF)     // Kana, for Japanese names on foreign customers
        || (c >= 0xAC00 && c <= 0xD7AF);    // Hangul syllables
}

QString SearchTokenizer::normalize(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toLower();
}

QStringList SearchTokenizer::tokens(const QString &text)
{
    QStringList out;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty()) {
            out << word;
            word.clear();
        }
    };
    const QString norm = normalize(text);
    for (const char32_t c : norm.toUcs4()) {
        if (isCjk(c)) {
            flush();
            out << QString::fromUcs4(&c, 1);
        } else if (QChar::isLetterOrNumber(c)) {
            word += QString::fromUcs4(&c, 1);
        } else {
            flush();
        }
    }
    flush();
    return out;
}

namespace {
bool isCjkToken(const QString &token)
{
    const auto ucs = token.toUcs4();
    return ucs.size() == 1 && SearchTokenizer::isCjk(ucs.front());
}

QString reversed(const QString &token)
{
    auto ucs = token.toUcs4();
    std::reverse(ucs.begin(), ucs.end());
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs.constData()), ucs.size());
}
} // namespace

SearchTokenizer::Document SearchTokenizer::document(const QStringList &fields)
{
    QStringList forward;
    QStringList backward;
    for (const QString &field : fields) {
        if (field.isEmpty())
            continue;
        const QStringList toks = tokens(field);
        forward += toks;
        for (const QString &t : toks) {
            if (!isCjkToken(t) && t.size() >= 3)
                backward << reversed(t);
        }
        // A field boundary must not let a phrase run from one field into the next.
        forward << QStringLiteral("\u2029");
    }
    // unicode61 drops the separator character; a dedicated token keeps phrases apart instead.
    QString doc = forward.join(QLatin1Char(' '));
    doc.replace(QStringLiteral("\u2029"), QStringLiteral("zzsep"));
    return {doc, backward.join(QLatin1Char(' '))};
}

QString SearchTokenizer::matchExpression(const QString &userQuery)
{
    QString query = normalize(userQuery).trimmed();
    // "138 0013 8000" or "138-0013-8000": one number, as people read phone numbers aloud.
    static const QRegularExpression spacedDigits(QStringLiteral("^[0-9][0-9 \\-]*[0-9]$"));
    if (spacedDigits.match(query).hasMatch())
        query.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));

    QStringList terms;
    for (const QString &term : query.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList toks = tokens(term);
        if (toks.isEmpty())
            continue;
        if (toks.size() == 1 && !isCjkToken(toks.front())) {
            // One word or number: its start, or (3+ characters) its end.
            const QString &t = toks.front();
            if (t.size() >= 3)
                terms << QStringLiteral("(doc : \"%1\"* OR rev : \"%2\"*)").arg(t, reversed(t));
            else
                terms << QStringLiteral("doc : \"%1\"*").arg(t);
        } else {
            // Chinese and mixed terms ("张三", "京a123", "t-0101-07-000123"): the exact sequence,
            // its last token as a prefix so typing can stop anywhere.
            terms << QStringLiteral("doc : \"%1\"*").arg(toks.join(QLatin1Char(' ')));
        }
    }
    return terms.join(QLatin1String(" AND "));
}

} // namespace fd
