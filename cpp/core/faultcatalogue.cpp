#include "faultcatalogue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace fd {

namespace {

// The shipped catalogue. Data, not source strings: an outlet replaces it with its own JSON.
constexpr char kBuiltIn[] = R"json({"categories": [
 {"key": "obu", "zh": "OBU 故障", "en": "OBU fault", "sub": [
   {"key": "no_read", "zh": "无法读取或交易失败", "en": "Not read or transaction fails"},
   {"key": "tamper", "zh": "拆卸触发标签失效", "en": "Tamper flag set (removed)"},
   {"key": "display", "zh": "显示屏不亮", "en": "Display off"},
   {"key": "power", "zh": "电池或供电故障", "en": "Battery or power"},
   {"key": "installation", "zh": "安装位置不当", "en": "Mounted in the wrong place"}]},
 {"key": "card", "zh": "卡片故障", "en": "Card fault", "sub": [
   {"key": "not_recognised", "zh": "无法识别", "en": "Not recognised"},
   {"key": "chip_damaged", "zh": "芯片损坏", "en": "Chip damaged"},
   {"key": "balance_mismatch", "zh": "余额不符", "en": "Balance does not match"},
   {"key": "expired", "zh": "卡片过期", "en": "Card expired"}]},
 {"key": "vehicle", "zh": "车辆原因", "en": "Vehicle", "sub": [
   {"key": "metal_film", "zh": "前挡金属膜遮挡", "en": "Metallised windscreen film"},
   {"key": "windscreen", "zh": "更换前挡玻璃", "en": "Windscreen replaced"},
   {"key": "plate_mismatch", "zh": "车牌信息不符", "en": "Plate does not match"}]},
 {"key": "lane", "zh": "车道设备", "en": "Lane equipment", "sub": [
   {"key": "rsu", "zh": "路侧天线", "en": "Roadside antenna (RSU)"},
   {"key": "lane_controller", "zh": "车道控制器", "en": "Lane controller"},
   {"key": "network", "zh": "通信中断", "en": "Network down"}]},
 {"key": "operation", "zh": "使用与操作", "en": "Use and handling", "sub": [
   {"key": "card_inserted", "zh": "卡片未插或插反", "en": "Card missing or inserted wrongly"},
   {"key": "not_activated", "zh": "OBU 未激活", "en": "OBU not activated"},
   {"key": "guidance", "zh": "操作指导后恢复", "en": "Fixed by showing how to use it"}]},
 {"key": "other", "zh": "其他", "en": "Other", "sub": []}
]})json";

Error invalid(const QString &path, const QString &why)
{
    return makeError("invalid_catalogue",
        QCoreApplication::translate("FaultCatalogue", "Fault catalogue, %1: %2").arg(path, why));
}

Result<FaultCatalogue::Entry> readEntry(const QJsonValue &value, const QString &path, bool withSub)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9_]{1,32}$"));
    if (!value.isObject())
        return invalid(path, QCoreApplication::translate("FaultCatalogue", "expected an object"));
    const QJsonObject o = value.toObject();
    FaultCatalogue::Entry e;
    e.key = o.value(QLatin1String("key")).toString();
    e.zh = o.value(QLatin1String("zh")).toString().trimmed();
    e.en = o.value(QLatin1String("en")).toString().trimmed();
    if (!keyPattern.match(e.key).hasMatch())
        return invalid(path,
            QCoreApplication::translate(
                "FaultCatalogue", "the key must be 1 to 32 lowercase letters, digits or _"));
    if (e.zh.isEmpty() || e.en.isEmpty())
        return invalid(path,
            QCoreApplication::translate("FaultCatalogue", "a label in both languages (zh, en) is required"));
    if (!withSub)
        return e;
    const QJsonValue sub = o.value(QLatin1String("sub"));
    if (!sub.isUndefined() && !sub.isArray())
        return invalid(path, QCoreApplication::translate("FaultCatalogue", "sub must be a list"));
    QSet<QString> keys;
    const QJsonArray list = sub.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto child = readEntry(list.at(i), QStringLiteral("%1.sub[%2]").arg(path).arg(i), false);
        if (!child)
            return child.error();
        if (keys.contains(child->key))
            return invalid(path,
                QCoreApplication::translate("FaultCatalogue", "the subcategory %1 appears twice")
                    .arg(child->key));
        keys.insert(child->key);
        e.sub.append(std::move(child).value());
    }
    return e;
}

} // namespace

QString FaultCatalogue::Entry::label(const QString &language) const
{
    return language.startsWith(QLatin1String("en")) ? en : zh;
}

const FaultCatalogue &FaultCatalogue::builtIn()
{
    static const FaultCatalogue catalogue = [] {
        auto c = fromJson(QByteArray(kBuiltIn));
        Q_ASSERT_X(c, "FaultCatalogue::builtIn", "the shipped catalogue must be valid");
        return c ? std::move(c).value() : FaultCatalogue();
    }();
    return catalogue;
}

Result<FaultCatalogue> FaultCatalogue::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("$"), parseError.errorString());
    const QJsonValue list = doc.object().value(QLatin1String("categories"));
    if (!list.isArray() || list.toArray().isEmpty())
        return invalid(QStringLiteral("categories"),
            QCoreApplication::translate("FaultCatalogue", "at least one category is required"));
    FaultCatalogue c;
    QSet<QString> keys;
    const QJsonArray categories = list.toArray();
    for (qsizetype i = 0; i < categories.size(); ++i) {
        auto e = readEntry(categories.at(i), QStringLiteral("categories[%1]").arg(i), true);
        if (!e)
            return e.error();
        if (keys.contains(e->key))
            return invalid(QStringLiteral("categories[%1]").arg(i),
                QCoreApplication::translate("FaultCatalogue", "the category %1 appears twice").arg(e->key));
        keys.insert(e->key);
        c.m_categories.append(std::move(e).value());
    }
    return c;
}

const FaultCatalogue::Entry *FaultCatalogue::category(const QString &key) const
{
    for (const Entry &e : m_categories) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

Result<void> FaultCatalogue::check(const QString &categoryKey, const QString &subcategory) const
{
    const Entry *c = category(categoryKey);
    if (!c)
        return makeError("invalid_cause",
            QCoreApplication::translate("FaultCatalogue", "Choose the cause of the fault."),
            QStringLiteral("cause_category"));
    if (c->sub.isEmpty()) {
        if (!subcategory.isEmpty())
            return makeError("invalid_cause",
                QCoreApplication::translate("FaultCatalogue", "This cause has no subcategories."),
                QStringLiteral("cause_subcategory"));
        return {};
    }
    for (const Entry &s : c->sub) {
        if (s.key == subcategory)
            return {};
    }
    return makeError("invalid_cause",
        QCoreApplication::translate("FaultCatalogue", "Choose what exactly was wrong."),
        QStringLiteral("cause_subcategory"));
}

} // namespace fd
