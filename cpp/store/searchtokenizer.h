#pragma once

#include <QString>
#include <QStringList>

namespace fd {

/**
 * How FieldDesk makes Chinese and numbers searchable with SQLite FTS5's unicode61 tokenizer.
 *
 * unicode61 would keep a run of Chinese characters as one token, so "张三丰" could only be found
 * whole. Documents are therefore written with every CJK character as its own token, and a
 * Chinese query becomes a phrase of single characters, which matches exactly that substring
 * ("三丰" finds "张三丰"). Letters and digits stay whole tokens (found by prefix); every such
 * token of three or more characters is also written reversed into a second column, so a query
 * can match its tail: the last four digits of a phone, a card or an ID number.
 */
class SearchTokenizer
{
public:
    struct Document
    {
        QString doc; // forward tokens, space-separated
        QString rev; // reversed letter/digit tokens
    };

    /** NFKC (full-width to half-width), lower case. */
    [[nodiscard]] static QString normalize(const QString &text);
    [[nodiscard]] static QStringList tokens(const QString &text);
    [[nodiscard]] static Document document(const QStringList &fields);
    /**
     * An FTS5 MATCH expression for what a person typed, all terms required; empty when the
     * text holds nothing searchable. Digits broken up by spaces or dashes ("138 0013 8000") are
     * read as one number.
     */
    [[nodiscard]] static QString matchExpression(const QString &userQuery);

    [[nodiscard]] static bool isCjk(char32_t c);
};

} // namespace fd
