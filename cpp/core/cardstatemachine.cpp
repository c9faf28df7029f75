#include "cardstatemachine.h"

#include <QCoreApplication>

namespace fd {

namespace {

using S = CardState;
using E = CardEvent;

QString stateWord(CardState s)
{
    switch (s) {
    case S::Normal:
        return QCoreApplication::translate("CardStateMachine", "normal", "card state in a sentence");
    case S::Lost:
        return QCoreApplication::translate("CardStateMachine", "lost", "card state in a sentence");
    case S::Suspended:
        return QCoreApplication::translate("CardStateMachine", "suspended", "card state in a sentence");
    case S::Cancelled:
        return QCoreApplication::translate("CardStateMachine", "cancelled", "card state in a sentence");
    }
    return {};
}

Error illegal(CardState s, CardEvent e)
{
    const char *text = "";
    switch (e) {
    case E::ReportLoss:
        text = QT_TRANSLATE_NOOP("CardStateMachine", "A %1 card cannot be reported lost.");
        break;
    case E::CancelLossReport:
        text = QT_TRANSLATE_NOOP("CardStateMachine", "A %1 card has no loss report to cancel.");
        break;
    case E::Suspend:
        text = QT_TRANSLATE_NOOP("CardStateMachine", "A %1 card cannot be suspended.");
        break;
    case E::Resume:
        text = QT_TRANSLATE_NOOP("CardStateMachine", "A %1 card cannot be resumed.");
        break;
    case E::Replace:
        text = QT_TRANSLATE_NOOP("CardStateMachine", "A %1 card cannot be replaced.");
        break;
    case E::Cancel:
        text = QT_TRANSLATE_NOOP("CardStateMachine", "A %1 card cannot be cancelled.");
        break;
    case E::Load:
        text = QT_TRANSLATE_NOOP("CardStateMachine", "A %1 card cannot be loaded.");
        break;
    }
    return makeError(
        "illegal_transition", QCoreApplication::translate("CardStateMachine", text).arg(stateWord(s)));
}

} // namespace

Result<CardState> CardStateMachine::apply(CardState state, CardEvent event, CardEventContext context)
{
    switch (event) {
    case E::ReportLoss:
        if (state == S::Normal || state == S::Suspended)
            return S::Lost;
        break;
    case E::CancelLossReport:
        if (state == S::Lost)
            return S::Normal;
        break;
    case E::Suspend:
        if (state == S::Normal)
            return S::Suspended;
        break;
    case E::Resume:
        if (state == S::Suspended)
            return S::Normal;
        break;
    case E::Replace:
        // Without the card or an effective loss report, the old card could still be used at a
        // lane after its balance moved: the balance would exist twice.
        if (state == S::Lost)
            return S::Cancelled;
        if (state == S::Normal) {
            if (context.cardPresented)
                return S::Cancelled;
            return makeError("card_required",
                QCoreApplication::translate(
                    "CardStateMachine", "Replacing a card needs the old card, or an effective loss report."));
        }
        break;
    case E::Cancel:
        // The same reason: the refund must not leave a usable card behind.
        if (state == S::Lost)
            return S::Cancelled;
        if (state == S::Normal || state == S::Suspended) {
            if (context.cardPresented)
                return S::Cancelled;
            return makeError("card_required",
                QCoreApplication::translate(
                    "CardStateMachine", "Cancelling a card needs the card, or an effective loss report."));
        }
        break;
    case E::Load:
        if (state == S::Normal)
            return S::Normal;
        break;
    }
    return illegal(state, event);
}

QList<CardEvent> CardStateMachine::allowedEvents(CardState state, CardEventContext context)
{
    QList<CardEvent> events;
    for (int e = 0; e < kEventCount; ++e) {
        if (apply(state, CardEvent(e), context).ok())
            events.append(CardEvent(e));
    }
    return events;
}

bool CardStateMachine::isTerminal(CardState state)
{
    return state == S::Cancelled;
}

QString CardStateMachine::toString(CardState state)
{
    switch (state) {
    case S::Normal:
        return QStringLiteral("normal");
    case S::Lost:
        return QStringLiteral("lost");
    case S::Suspended:
        return QStringLiteral("suspended");
    case S::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString CardStateMachine::toString(CardEvent event)
{
    switch (event) {
    case E::ReportLoss:
        return QStringLiteral("report_loss");
    case E::CancelLossReport:
        return QStringLiteral("cancel_loss_report");
    case E::Suspend:
        return QStringLiteral("suspend");
    case E::Resume:
        return QStringLiteral("resume");
    case E::Replace:
        return QStringLiteral("replace");
    case E::Cancel:
        return QStringLiteral("cancel");
    case E::Load:
        return QStringLiteral("load");
    }
    return {};
}

std::optional<CardState> CardStateMachine::stateFromString(QStringView key)
{
    for (int s = 0; s < kStateCount; ++s) {
        if (key == toString(CardState(s)))
            return CardState(s);
    }
    return std::nullopt;
}

std::optional<CardEvent> CardStateMachine::eventFromString(QStringView key)
{
    for (int e = 0; e < kEventCount; ++e) {
        if (key == toString(CardEvent(e)))
            return CardEvent(e);
    }
    return std::nullopt;
}

} // namespace fd
