#include "etcmessages.h"

#include "protocol.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fd::protocol {

QJsonObject EtcMessages::encodeLoad(const CardLoad &load)
{
    return {{u"load_id"_s, load.id},
            {u"request_id"_s, load.requestId},
            {u"card_no"_s, load.cardNo},
            {u"amount_fen"_s, load.amountFen},
            {u"counter_before"_s, load.counterBefore},
            {u"mac"_s, load.mac},
            {u"state"_s, load.state},
            {u"account_balance_after_fen"_s, load.accountBalanceAfterFen},
            {u"counter_after"_s, load.counterAfter},
            {u"balance_after_fen"_s, load.balanceAfterFen}};
}

Result<CardLoad> EtcMessages::decodeLoad(const JsonReader &reader)
{
    auto id = reader.requireString(u"load_id", 1, 64);
    auto request = reader.requireString(u"request_id", 1, 64);
    auto card = reader.requireString(u"card_no", 1, 32);
    auto amount = reader.requireInt(u"amount_fen", 1, kMaxFen);
    auto before = reader.requireInt(u"counter_before", 0, kMaxCounter);
    auto mac = reader.requireString(u"mac", 0, 128);
    auto state = reader.requireString(u"state", 1, 16);
    auto account = reader.requireInt(u"account_balance_after_fen", -kMaxFen, kMaxFen);
    auto after = reader.requireInt(u"counter_after", 0, kMaxCounter);
    auto balance = reader.requireInt(u"balance_after_fen", -kMaxFen, kMaxFen);
    if (auto e = firstError(id, request, card, amount, before, mac, state, account, after, balance))
        return *e;
    if (state.value() != "authorised"_L1 && state.value() != "completed"_L1)
        return makeError(errc::kBadRequest, u"state: unknown load state \"%1\""_s.arg(state.value()), u"state"_s);
    CardLoad load;
    load.id = id.value();
    load.requestId = request.value();
    load.cardNo = card.value();
    load.amountFen = amount.value();
    load.counterBefore = before.value();
    load.mac = mac.value();
    load.state = state.value();
    load.accountBalanceAfterFen = account.value();
    load.counterAfter = after.value();
    load.balanceAfterFen = balance.value();
    return load;
}

QJsonObject EtcMessages::encodeChip(const CardChip &chip)
{
    QJsonArray log;
    for (const ChipTransaction &t : chip.log)
        log.append(QJsonObject{{u"counter_after"_s, t.counterAfter},
                               {u"kind"_s, t.kind},
                               {u"amount_fen"_s, t.amountFen},
                               {u"balance_after_fen"_s, t.balanceAfterFen},
                               {u"tac"_s, t.tac},
                               {u"ref"_s, t.ref}});
    return {{u"card_no"_s, chip.cardNo}, {u"counter"_s, chip.counter}, {u"balance_fen"_s, chip.balanceFen}, {u"log"_s, log}};
}

Result<CardChip> EtcMessages::decodeChip(const JsonReader &reader)
{
    auto no = reader.requireString(u"card_no", 1, 32);
    auto counter = reader.requireInt(u"counter", 0, kMaxCounter);
    auto balance = reader.requireInt(u"balance_fen", -kMaxFen, kMaxFen);
    auto log = reader.requireObjectArray(u"log", kMaxChipLog);
    if (auto e = firstError(no, counter, balance, log))
        return *e;
    CardChip chip;
    chip.cardNo = no.value();
    chip.counter = counter.value();
    chip.balanceFen = balance.value();
    for (const JsonReader &t : log.value()) {
        auto after = t.requireInt(u"counter_after", 0, kMaxCounter);
        auto kind = t.requireString(u"kind", 1, 16);
        auto amount = t.requireInt(u"amount_fen", 0, kMaxFen);
        auto balanceAfter = t.requireInt(u"balance_after_fen", -kMaxFen, kMaxFen);
        auto tac = t.optionalString(u"tac", 0, 128);
        auto ref = t.optionalString(u"ref", 0, 64);
        if (auto e = firstError(after, kind, amount, balanceAfter, tac, ref))
            return *e;
        chip.log.append({after.value(), kind.value(), amount.value(), balanceAfter.value(), tac->value_or(QString()),
                         ref->value_or(QString()), 0});
    }
    return chip;
}

} // namespace fd::protocol
