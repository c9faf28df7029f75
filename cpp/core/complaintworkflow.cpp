#include "complaintworkflow.h"

#include <QCoreApplication>

#include <array>

namespace fd {

namespace {

using S = ComplaintState;
using E = ComplaintEvent;

// Wire keys, indexed by enumerator; the schema's CHECK constraints list the same words.
constexpr std::array<const char *, ComplaintWorkflow::kStateCount> kStateKeys
    = { "registered", "dispatched", "handling", "replied", "closed", "reopened", "archived" };
constexpr std::array<const char *, ComplaintWorkflow::kEventCount> kEventKeys
    = { "dispatch", "start", "reply", "satisfied", "unsatisfied", "escalate", "archive" };
constexpr std::array<const char *, ComplaintWorkflow::kLevelCount> kLevelKeys
    = { "complaint", "escalated", "appeal" };
constexpr std::array<const char *, 3> kVerdictKeys = { "", "satisfied", "unsatisfied" };
constexpr std::array<const char *, ComplaintWorkflow::kCategoryCount> kCategoryKeys
    = { "product_quality", "service", "price", "false_advertising", "other" };
constexpr std::array<const char *, ComplaintWorkflow::kChannelCount> kChannelKeys
    = { "counter", "kiosk", "phone", "online", "field" };

template <typename Enum, std::size_t N> QString keyOf(const std::array<const char *, N> &keys, Enum value)
{
    const auto i = std::size_t(value);
    return i < N ? QString::fromLatin1(keys[i]) : QString();
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromKey(const std::array<const char *, N> &keys, QStringView key)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key == QLatin1String(keys[i]))
            return Enum(i);
    }
    return std::nullopt;
}

// The state an event leads to, ignoring the level; nullopt where the event does not apply.
std::optional<ComplaintState> target(ComplaintState s, ComplaintEvent e)
{
    switch (e) {
    case E::Dispatch:
        // A dispatched complaint nobody has taken up yet may be transferred to another department.
        return (s == S::Registered || s == S::Dispatched || s == S::Reopened) ? std::optional(S::Dispatched)
                                                                              : std::nullopt;
    case E::Start:
        return s == S::Dispatched ? std::optional(S::Handling) : std::nullopt;
    case E::Reply:
        return s == S::Handling ? std::optional(S::Replied) : std::nullopt;
    case E::Satisfied:
        return s == S::Replied ? std::optional(S::Closed) : std::nullopt;
    case E::Unsatisfied:
        return s == S::Replied ? std::optional(S::Reopened) : std::nullopt;
    case E::Escalate:
        switch (s) {
        case S::Registered:
        case S::Dispatched:
        case S::Handling:
        case S::Reopened:
            return s; // still open: it stays where it is, at the higher level
        case S::Replied:
        case S::Closed:
            return S::Reopened; // the answer did not settle it
        case S::Archived:
            return std::nullopt;
        }
        return std::nullopt;
    case E::Archive:
        return s == S::Closed ? std::optional(S::Archived) : std::nullopt;
    }
    return std::nullopt;
}

// Sentence fragments for "A complaint that is %1 cannot be %2."
QString stateWords(ComplaintState s)
{
    switch (s) {
    case S::Registered:
        return QCoreApplication::translate(
            "ComplaintWorkflow", "registered", "complaint state in a sentence");
    case S::Dispatched:
        return QCoreApplication::translate(
            "ComplaintWorkflow", "with a department", "complaint state in a sentence");
    case S::Handling:
        return QCoreApplication::translate(
            "ComplaintWorkflow", "being handled", "complaint state in a sentence");
    case S::Replied:
        return QCoreApplication::translate("ComplaintWorkflow", "answered", "complaint state in a sentence");
    case S::Closed:
        return QCoreApplication::translate("ComplaintWorkflow", "closed", "complaint state in a sentence");
    case S::Reopened:
        return QCoreApplication::translate("ComplaintWorkflow", "reopened", "complaint state in a sentence");
    case S::Archived:
        return QCoreApplication::translate("ComplaintWorkflow", "archived", "complaint state in a sentence");
    }
    return {};
}

QString eventWords(ComplaintEvent e)
{
    switch (e) {
    case E::Dispatch:
        return QCoreApplication::translate(
            "ComplaintWorkflow", "dispatched to a department", "complaint event in a sentence");
    case E::Start:
        return QCoreApplication::translate(
            "ComplaintWorkflow", "taken up for handling", "complaint event in a sentence");
    case E::Reply:
        return QCoreApplication::translate("ComplaintWorkflow", "answered", "complaint event in a sentence");
    case E::Satisfied:
        return QCoreApplication::translate(
            "ComplaintWorkflow", "closed as satisfied", "complaint event in a sentence");
    case E::Unsatisfied:
        return QCoreApplication::translate(
            "ComplaintWorkflow", "reopened as not satisfied", "complaint event in a sentence");
    case E::Escalate:
        return QCoreApplication::translate("ComplaintWorkflow", "escalated", "complaint event in a sentence");
    case E::Archive:
        return QCoreApplication::translate("ComplaintWorkflow", "archived", "complaint event in a sentence");
    }
    return {};
}

} // namespace

Result<ComplaintStatus> ComplaintWorkflow::apply(const ComplaintStatus &current, ComplaintEvent event)
{
    const auto next = target(current.state, event);
    if (!next)
        return makeError("illegal_transition",
            QCoreApplication::translate("ComplaintWorkflow", "A complaint that is %1 cannot be %2.")
                .arg(stateWords(current.state), eventWords(event)));
    ComplaintStatus out = current;
    out.state = *next;
    switch (event) {
    case E::Reply:
        out.verdict = ComplaintVerdict::None;
        break;
    case E::Satisfied:
        out.verdict = ComplaintVerdict::Satisfied;
        break;
    case E::Unsatisfied:
        out.verdict = ComplaintVerdict::Unsatisfied;
        break;
    case E::Escalate:
        if (current.level == ComplaintLevel::Appeal)
            return makeError("illegal_transition",
                QCoreApplication::translate(
                    "ComplaintWorkflow", "An appeal is the highest level; it cannot be escalated further."));
        out.level = ComplaintLevel(int(current.level) + 1);
        if (current.state == S::Replied || current.state == S::Closed)
            out.verdict = ComplaintVerdict::Unsatisfied;
        break;
    default:
        break;
    }
    return out;
}

QList<ComplaintEvent> ComplaintWorkflow::allowedEvents(const ComplaintStatus &current)
{
    QList<ComplaintEvent> events;
    for (int e = 0; e < kEventCount; ++e) {
        if (apply(current, ComplaintEvent(e)))
            events.append(ComplaintEvent(e));
    }
    return events;
}

bool ComplaintWorkflow::isTerminal(ComplaintState state)
{
    return state == S::Archived;
}

bool ComplaintWorkflow::isOpen(ComplaintState state)
{
    return state != S::Closed && state != S::Archived;
}

bool ComplaintWorkflow::deadlineRuns(ComplaintState state)
{
    return state == S::Registered || state == S::Dispatched || state == S::Handling || state == S::Reopened;
}

QString ComplaintWorkflow::toString(ComplaintState state)
{
    return keyOf(kStateKeys, state);
}

QString ComplaintWorkflow::toString(ComplaintEvent event)
{
    return keyOf(kEventKeys, event);
}

QString ComplaintWorkflow::toString(ComplaintLevel level)
{
    return keyOf(kLevelKeys, level);
}

QString ComplaintWorkflow::toString(ComplaintVerdict verdict)
{
    return keyOf(kVerdictKeys, verdict);
}

QString ComplaintWorkflow::toString(ComplaintCategory category)
{
    return keyOf(kCategoryKeys, category);
}

QString ComplaintWorkflow::toString(ComplaintChannel channel)
{
    return keyOf(kChannelKeys, channel);
}

std::optional<ComplaintState> ComplaintWorkflow::stateFromString(QStringView key)
{
    return fromKey<ComplaintState>(kStateKeys, key);
}

std::optional<ComplaintEvent> ComplaintWorkflow::eventFromString(QStringView key)
{
    return fromKey<ComplaintEvent>(kEventKeys, key);
}

std::optional<ComplaintLevel> ComplaintWorkflow::levelFromString(QStringView key)
{
    return fromKey<ComplaintLevel>(kLevelKeys, key);
}

std::optional<ComplaintVerdict> ComplaintWorkflow::verdictFromString(QStringView key)
{
    return fromKey<ComplaintVerdict>(kVerdictKeys, key);
}

std::optional<ComplaintCategory> ComplaintWorkflow::categoryFromString(QStringView key)
{
    return fromKey<ComplaintCategory>(kCategoryKeys, key);
}

std::optional<ComplaintChannel> ComplaintWorkflow::channelFromString(QStringView key)
{
    return fromKey<ComplaintChannel>(kChannelKeys, key);
}

} // namespace fd
