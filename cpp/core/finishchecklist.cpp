#include "finishchecklist.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace fd {

namespace {

constexpr char kBuiltIn[] = R"json({"items": [
 {"key": "fault_record", "kind": "fault_record", "zh": "填写故障记录", "en": "Fault record entered"},
 {"key": "parts", "kind": "parts", "zh": "登记所用配件（或确认未用配件）", "en": "Parts used recorded (or none used)"},
 {"key": "photo", "kind": "photo", "zh": "拍摄现场照片", "en": "Photo of the site"},
 {"key": "tested", "kind": "confirm", "zh": "与客户一起试用正常", "en": "Tested with the customer"},
 {"key": "signature", "kind": "signature", "zh": "客户签字确认", "en": "Customer's signature"}
]})json";

Error invalid(const QString &path, const QString &why)
{
    return makeError("invalid_checklist",
        QCoreApplication::translate("FinishChecklist", "Finish checklist, %1: %2").arg(path, why));
}

std::optional<FinishChecklist::Kind> kindFromString(const QString &s)
{
    using K = FinishChecklist::Kind;
    if (s == QLatin1String("fault_record"))
        return K::FaultRecord;
    if (s == QLatin1String("parts"))
        return K::Parts;
    if (s == QLatin1String("photo"))
        return K::Photo;
    if (s == QLatin1String("signature"))
        return K::Signature;
    if (s == QLatin1String("confirm"))
        return K::Confirm;
    return std::nullopt;
}

} // namespace

QString FinishChecklist::Item::label(const QString &language) const
{
    return language.startsWith(QLatin1String("en")) ? en : zh;
}

const FinishChecklist &FinishChecklist::builtIn()
{
    static const FinishChecklist list = [] {
        auto c = fromJson(QByteArray(kBuiltIn));
        Q_ASSERT_X(c, "FinishChecklist::builtIn", "the shipped checklist must be valid");
        return c ? std::move(c).value() : FinishChecklist();
    }();
    return list;
}

Result<FinishChecklist> FinishChecklist::fromJson(const QByteArray &json)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9_]{1,32}$"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("$"), parseError.errorString());
    const QJsonValue list = doc.object().value(QLatin1String("items"));
    if (!list.isArray())
        return invalid(
            QStringLiteral("items"), QCoreApplication::translate("FinishChecklist", "expected a list"));
    FinishChecklist c;
    const QJsonArray items = list.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("items[%1]").arg(i);
        const QJsonObject o = items.at(i).toObject();
        Item item;
        item.key = o.value(QLatin1String("key")).toString();
        item.zh = o.value(QLatin1String("zh")).toString().trimmed();
        item.en = o.value(QLatin1String("en")).toString().trimmed();
        const auto kind = kindFromString(o.value(QLatin1String("kind")).toString());
        if (!keyPattern.match(item.key).hasMatch())
            return invalid(path,
                QCoreApplication::translate(
                    "FinishChecklist", "the key must be 1 to 32 lowercase letters, digits or _"));
        if (!kind)
            return invalid(path,
                QCoreApplication::translate(
                    "FinishChecklist", "the kind must be fault_record, parts, photo, signature or confirm"));
        if (item.zh.isEmpty() || item.en.isEmpty())
            return invalid(path,
                QCoreApplication::translate(
                    "FinishChecklist", "a label in both languages (zh, en) is required"));
        if (c.item(item.key))
            return invalid(path,
                QCoreApplication::translate("FinishChecklist", "the key %1 appears twice").arg(item.key));
        item.kind = *kind;
        c.m_items.append(item);
    }
    return c;
}

const FinishChecklist::Item *FinishChecklist::item(const QString &key) const
{
    for (const Item &i : m_items) {
        if (i.key == key)
            return &i;
    }
    return nullptr;
}

bool FinishChecklist::isDone(const Item &item, const WorkFacts &facts)
{
    switch (item.kind) {
    case Kind::FaultRecord:
        return facts.faultRecorded;
    case Kind::Parts:
        return facts.partCount > 0 || facts.confirmed.contains(item.key);
    case Kind::Photo:
        return facts.photoCount > 0;
    case Kind::Signature:
        return facts.signature;
    case Kind::Confirm:
        return facts.confirmed.contains(item.key);
    }
    return false;
}

QStringList FinishChecklist::missing(const WorkFacts &facts, const QString &language) const
{
    QStringList out;
    for (const Item &i : m_items) {
        if (!isDone(i, facts))
            out << i.label(language);
    }
    return out;
}

Result<void> FinishChecklist::checkFinish(const WorkFacts &facts) const
{
    const QStringList open = missing(facts, QLocale().name());
    if (open.isEmpty())
        return {};
    return makeError("checklist_incomplete",
        QCoreApplication::translate("FinishChecklist", "Before finishing, still to do: %1.")
            .arg(open.join(QLocale().name().startsWith(QLatin1String("en")) ? QStringLiteral(", ")
                                                                            : QStringLiteral("、"))),
        QStringLiteral("checklist"));
}

} // namespace fd
