#include "obustatemachine.h"

#include <QCoreApplication>

namespace fd {

namespace {

using S = ObuState;
using E = ObuEvent;

std::optional<ObuState> target(ObuState s, ObuEvent e)
{
    switch (e) {
    case E::Activate:
        return (s == S::Inactive || s == S::Tampered) ? std::optional(S::Active) : std::nullopt;
    case E::Tamper:
        // Before activation the unit is still being installed, so moving it is no event; a unit
        // that is lost, suspended or already tampered is barred from the lanes anyway.
        return s == S::Active ? std::optional(S::Tampered) : std::nullopt;
    case E::ReportLoss:
        return (s == S::Active || s == S::Inactive || s == S::Tampered || s == S::Suspended)
            ? std::optional(S::Lost)
            : std::nullopt;
    case E::CancelLossReport:
        return s == S::Lost ? std::optional(S::Active) : std::nullopt;
    case E::Suspend:
        return s == S::Active ? std::optional(S::Suspended) : std::nullopt;
    case E::Resume:
        return s == S::Suspended ? std::optional(S::Active) : std::nullopt;
    case E::Cancel:
        return s != S::Cancelled ? std::optional(S::Cancelled) : std::nullopt;
    }
    return std::nullopt;
}

// Fragments for "An OBU that is %1 …"; an adjective before "OBU" would need a/an per word.
QString stateWords(ObuState s)
{
    switch (s) {
    case S::Inactive:
        return QCoreApplication::translate("ObuStateMachine", "not activated", "OBU state in a sentence");
    case S::Active:
        return QCoreApplication::translate("ObuStateMachine", "active", "OBU state in a sentence");
    case S::Tampered:
        return QCoreApplication::translate(
            "ObuStateMachine", "removed from the windscreen", "OBU state in a sentence");
    case S::Lost:
        return QCoreApplication::translate("ObuStateMachine", "reported lost", "OBU state in a sentence");
    case S::Suspended:
        return QCoreApplication::translate("ObuStateMachine", "suspended", "OBU state in a sentence");
    case S::Cancelled:
        return QCoreApplication::translate("ObuStateMachine", "cancelled", "OBU state in a sentence");
    }
    return {};
}

Error illegal(ObuState s, ObuEvent e)
{
    const char *text = "";
    switch (e) {
    case E::Activate:
        text = QT_TRANSLATE_NOOP("ObuStateMachine", "An OBU that is %1 cannot be activated.");
        break;
    case E::Tamper:
        text = QT_TRANSLATE_NOOP("ObuStateMachine", "An OBU that is %1 cannot be marked as removed.");
        break;
    case E::ReportLoss:
        text = QT_TRANSLATE_NOOP("ObuStateMachine", "An OBU that is %1 cannot be reported lost.");
        break;
    case E::CancelLossReport:
        text = QT_TRANSLATE_NOOP("ObuStateMachine", "An OBU that is %1 has no loss report to cancel.");
        break;
    case E::Suspend:
        text = QT_TRANSLATE_NOOP("ObuStateMachine", "An OBU that is %1 cannot be suspended.");
        break;
    case E::Resume:
        text = QT_TRANSLATE_NOOP("ObuStateMachine", "An OBU that is %1 cannot be resumed.");
        break;
    case E::Cancel:
        text = QT_TRANSLATE_NOOP("ObuStateMachine", "An OBU that is %1 cannot be cancelled.");
        break;
    }
    return makeError(
        "illegal_transition", QCoreApplication::translate("ObuStateMachine", text).arg(stateWords(s)));
}

} // namespace

Result<ObuState> ObuStateMachine::apply(ObuState state, ObuEvent event)
{
    if (const auto next = target(state, event))
        return *next;
    return illegal(state, event);
}

QList<ObuEvent> ObuStateMachine::allowedEvents(ObuState state)
{
    QList<ObuEvent> events;
    for (int e = 0; e < kEventCount; ++e) {
        if (target(state, ObuEvent(e)))
            events.append(ObuEvent(e));
    }
    return events;
}

bool ObuStateMachine::isTerminal(ObuState state)
{
    return state == S::Cancelled;
}

QString ObuStateMachine::toString(ObuState state)
{
    switch (state) {
    case S::Inactive:
        return QStringLiteral("inactive");
    case S::Active:
        return QStringLiteral("active");
    case S::Tampered:
        return QStringLiteral("tampered");
    case S::Lost:
        return QStringLiteral("lost");
    case S::Suspended:
        return QStringLiteral("suspended");
    case S::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString ObuStateMachine::toString(ObuEvent event)
{
    switch (event) {
    case E::Activate:
        return QStringLiteral("activate");
    case E::Tamper:
        return QStringLiteral("tamper");
    case E::ReportLoss:
        return QStringLiteral("report_loss");
    case E::CancelLossReport:
        return QStringLiteral("cancel_loss_report");
    case E::Suspend:
        return QStringLiteral("suspend");
    case E::Resume:
        return QStringLiteral("resume");
    case E::Cancel:
        return QStringLiteral("cancel");
    }
    return {};
}

std::optional<ObuState> ObuStateMachine::stateFromString(QStringView key)
{
    for (int s = 0; s < kStateCount; ++s) {
        if (key == toString(ObuState(s)))
            return ObuState(s);
    }
    return std::nullopt;
}

std::optional<ObuEvent> ObuStateMachine::eventFromString(QStringView key)
{
    for (int e = 0; e < kEventCount; ++e) {
        if (key == toString(ObuEvent(e)))
            return ObuEvent(e);
    }
    return std::nullopt;
}

} // namespace fd
