#include "simulatedcard.h"

#include "loadmac.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QThread>

using namespace Qt::StringLiterals;

namespace fd {

struct SimulatedCardTerminal::ChipFile
{
    CardChip chip;
    QByteArray key;
};

namespace {

constexpr int kFormat = 1;

QJsonObject toJson(const ChipTransaction &t)
{
    return {{u"counter_after"_s, t.counterAfter}, {u"kind"_s, t.kind}, {u"amount_fen"_s, t.amountFen},
            {u"balance_after_fen"_s, t.balanceAfterFen}, {u"tac"_s, t.tac}, {u"ref"_s, t.ref}, {u"at"_s, t.at}};
}

ChipTransaction transactionFromJson(const QJsonObject &o)
{
    return {o.value(u"counter_after"_s).toInteger(), o.value(u"kind"_s).toString(), o.value(u"amount_fen"_s).toInteger(),
            o.value(u"balance_after_fen"_s).toInteger(), o.value(u"tac"_s).toString(), o.value(u"ref"_s).toString(),
            o.value(u"at"_s).toInteger()};
}

Error unreadable(const QString &path, const QString &why)
{
    return makeError("card_unreadable",
                     QCoreApplication::translate("CardTerminal", "The card cannot be read (%1).").arg(why), path);
}

void appendLog(CardChip &chip, ChipTransaction t)
{
    chip.log.append(std::move(t));
    while (chip.log.size() > SimulatedCardTerminal::kLogSize)
        chip.log.removeFirst();
}

} // namespace

Result<void> SimulatedCardTerminal::personalise(const QString &path, const QByteArray &masterKey,
                                                const Personalisation &card)
{
    if (QFileInfo::exists(path))
        return makeError("card_exists", u"%1 exists already; a card is personalised once."_s.arg(path));
    if (card.cardNo.isEmpty() || masterKey.size() < 16)
        return makeError("invalid_card", u"A card needs a number and a master key of at least 16 bytes."_s);
    ChipFile file;
    file.chip.cardNo = card.cardNo;
    file.chip.cardType = card.cardType;
    file.chip.validFrom = card.validFrom;
    file.chip.validTo = card.validTo;
    file.key = LoadMac::cardKey(masterKey, card.cardNo);
    SystemClock clock;
    SimulatedCardTerminal writer(clock);
    writer.present(path);
    return writer.save(file);
}

Result<SimulatedCardTerminal::ChipFile> SimulatedCardTerminal::load() const
{
    if (m_path.isEmpty())
        return makeError("no_card", QCoreApplication::translate("CardTerminal", "Place the card on the reader."));
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError("no_card", QCoreApplication::translate("CardTerminal", "Place the card on the reader."));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return unreadable(m_path, parseError.errorString());
    const QJsonObject o = doc.object();
    if (o.value(u"format"_s).toInt() != kFormat)
        return unreadable(m_path, u"format %1"_s.arg(o.value(u"format"_s).toInt()));
    ChipFile file;
    file.chip.cardNo = o.value(u"card_no"_s).toString();
    file.chip.cardType = o.value(u"card_type"_s).toString();
    file.chip.balanceFen = o.value(u"balance_fen"_s).toInteger();
    file.chip.balanceLimitFen = kChipBalanceLimitFen;
    file.chip.counter = o.value(u"counter"_s).toInteger();
    file.chip.validFrom = o.value(u"valid_from"_s).toString();
    file.chip.validTo = o.value(u"valid_to"_s).toString();
    for (const QJsonValue &t : o.value(u"log"_s).toArray())
        file.chip.log.append(transactionFromJson(t.toObject()));
    file.key = QByteArray::fromHex(o.value(u"card_key"_s).toString().toLatin1());
    if (file.chip.cardNo.isEmpty() || file.key.size() != 32 || file.chip.counter < 0 || file.chip.balanceFen < 0
        || file.chip.balanceFen > kChipBalanceLimitFen)
        return unreadable(m_path, u"damaged chip data"_s);
    return file;
}

Result<void> SimulatedCardTerminal::save(const ChipFile &file) const
{
    QJsonArray log;
    for (const ChipTransaction &t : file.chip.log)
        log.append(toJson(t));
    const QJsonObject o{{u"format"_s, kFormat},
                        {u"card_no"_s, file.chip.cardNo},
                        {u"card_type"_s, file.chip.cardType},
                        {u"balance_fen"_s, file.chip.balanceFen},
                        {u"counter"_s, file.chip.counter},
                        {u"valid_from"_s, file.chip.validFrom},
                        {u"valid_to"_s, file.chip.validTo},
                        {u"card_key"_s, QString::fromLatin1(file.key.toHex())},
                        {u"log"_s, log}};
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(o).toJson()) < 0 || !out.commit())
        return makeError("card_write_failed", u"Writing %1: %2"_s.arg(m_path, out.errorString()));
    return {};
}

Result<CardChip> SimulatedCardTerminal::readCard()
{
    auto file = load();
    if (!file)
        return file.error();
    return file->chip;
}

Result<LoadReceipt> SimulatedCardTerminal::writeLoad(const LoadWrite &write)
{
    auto file = load();
    if (!file)
        return file.error();
    ChipFile chip = std::move(file).value();
    if (chip.chip.cardNo != write.cardNo)
        return makeError("card_changed", QCoreApplication::translate("CardTerminal",
                                                                     "This is card %1, not card %2. Present the card the load is for.")
                                             .arg(chip.chip.cardNo, write.cardNo));
    if (chip.chip.counter != write.counterBefore)
        return makeError("counter_mismatch", QCoreApplication::translate("CardTerminal",
                                                                         "The card has moved on since the load was authorised."));
    if (!LoadMac::equal(LoadMac::loadMac(chip.key, write.cardNo, write.amountFen, write.counterBefore), write.mac))
        return makeError("bad_mac", QCoreApplication::translate("CardTerminal", "The card refused the load authorisation."));
    if (write.amountFen <= 0 || write.amountFen > kChipBalanceLimitFen - chip.chip.balanceFen)
        return makeError("balance_limit", QCoreApplication::translate("CardTerminal", "The card cannot hold that balance."));
    const Interruption interruption = std::exchange(m_interruption, Interruption::None);
    const Error interrupted = makeError("write_interrupted", QCoreApplication::translate(
                                                                 "CardTerminal", "The card left the reader during the write."));
    if (interruption == Interruption::BeforeWrite)
        return interrupted;
    if (m_writeDelayMs > 0)
        QThread::msleep(m_writeDelayMs);
    LoadReceipt receipt;
    receipt.counterAfter = chip.chip.counter + 1;
    receipt.balanceAfterFen = chip.chip.balanceFen + write.amountFen;
    receipt.tac = LoadMac::tac(chip.key, write.cardNo, write.amountFen, receipt.counterAfter, receipt.balanceAfterFen);
    chip.chip.counter = receipt.counterAfter;
    chip.chip.balanceFen = receipt.balanceAfterFen;
    appendLog(chip.chip, {receipt.counterAfter, u"load"_s, write.amountFen, receipt.balanceAfterFen, receipt.tac, write.ref,
                          m_clock.nowMs()});
    if (auto saved = save(chip); !saved)
        return saved.error();
    if (interruption == Interruption::AfterWrite)
        return interrupted;
    return receipt;
}

Result<ChipTransaction> SimulatedCardTerminal::purchase(qint64 amountFen, const QString &ref)
{
    auto file = load();
    if (!file)
        return file.error();
    ChipFile chip = std::move(file).value();
    if (amountFen <= 0 || amountFen > chip.chip.balanceFen)
        return makeError("insufficient_balance", QCoreApplication::translate("CardTerminal", "The card balance is too low."));
    chip.chip.counter += 1;
    chip.chip.balanceFen -= amountFen;
    ChipTransaction t{chip.chip.counter, u"purchase"_s, amountFen, chip.chip.balanceFen, {}, ref, m_clock.nowMs()};
    appendLog(chip.chip, t);
    if (auto saved = save(chip); !saved)
        return saved.error();
    return t;
}

} // namespace fd
