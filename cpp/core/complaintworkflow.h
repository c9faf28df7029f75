#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace fd {

/** Where a complaint is (DOMAIN.md §3). The enumerator order is stable and may be relied on for sorting. */
enum class ComplaintState {
    Registered, ///< taken down: complainant, channel, category, content
    Dispatched, ///< sent to the department that will handle it
    Handling, ///< the department is working on it
    Replied, ///< the complainant has an answer; waiting for their verdict
    Closed, ///< the complainant was satisfied
    Reopened, ///< not satisfied, or escalated after an answer: to be dispatched again
    Archived, ///< filed after closing (terminal)
};

enum class ComplaintEvent {
    Dispatch, ///< to a department; also a transfer while still waiting there
    Start, ///< the department takes it up
    Reply, ///< the answer given to the complainant
    Satisfied, ///< verdict: satisfied, closes it
    Unsatisfied, ///< verdict: not satisfied, reopens it
    Escalate, ///< raises the level by one; reopens an answered or closed complaint
    Archive, ///< only from closed
};

/** 投诉 → 升级投诉 → 申诉. Raised only by ComplaintEvent::Escalate. */
enum class ComplaintLevel { Complaint, Escalated, Appeal };

/** The complainant's answer to the latest reply. */
enum class ComplaintVerdict { None, Satisfied, Unsatisfied };

enum class ComplaintCategory { ProductQuality, Service, Price, FalseAdvertising, Other };

enum class ComplaintChannel { Counter, Kiosk, Phone, Online, Field };

/** What the workflow decides about a complaint: its state, its level and the verdict. */
struct ComplaintStatus
{
    ComplaintState state = ComplaintState::Registered;
    ComplaintLevel level = ComplaintLevel::Complaint;
    ComplaintVerdict verdict = ComplaintVerdict::None;

    friend bool operator==(const ComplaintStatus &, const ComplaintStatus &) = default;
};

/**
 * The complaint life cycle as pure functions: no clock, no storage, the same on device and
 * server. registered → dispatched → handling → replied → closed → archived, with "not
 * satisfied" and escalation leading to reopened, which is dispatched again.
 */
class ComplaintWorkflow
{
public:
    static constexpr int kStateCount = 7;
    static constexpr int kEventCount = 7;
    static constexpr int kLevelCount = 3;
    static constexpr int kCategoryCount = 5;
    static constexpr int kChannelCount = 5;

    /**
     * The status @p event leads to from @p current, or an Error with the code
     * "illegal_transition" and a message such as "A complaint that is closed cannot be answered."
     * A reply clears the verdict (a new answer waits for a new one); escalating an answered or
     * closed complaint records the complainant as not satisfied.
     */
    static Result<ComplaintStatus> apply(const ComplaintStatus &current, ComplaintEvent event);
    /** The events apply() accepts in @p current, in enumerator order. */
    [[nodiscard]] static QList<ComplaintEvent> allowedEvents(const ComplaintStatus &current);

    /** Archived: nothing can happen any more. */
    [[nodiscard]] static bool isTerminal(ComplaintState state);
    /** Neither closed nor archived: someone still owes the complainant something. */
    [[nodiscard]] static bool isOpen(ComplaintState state);
    /**
     * Whether the handle-by deadline runs in @p state: until the complainant has an answer
     * (registered, dispatched, handling, reopened); not while waiting for a verdict or after.
     */
    [[nodiscard]] static bool deadlineRuns(ComplaintState state);

    /** Stable snake_case keys used in the database and on the wire: "registered", "dispatch", … */
    [[nodiscard]] static QString toString(ComplaintState state);
    [[nodiscard]] static QString toString(ComplaintEvent event);
    [[nodiscard]] static QString toString(ComplaintLevel level);
    /** "", "satisfied", "unsatisfied" as in the verdict column. */
    [[nodiscard]] static QString toString(ComplaintVerdict verdict);
    [[nodiscard]] static QString toString(ComplaintCategory category);
    [[nodiscard]] static QString toString(ComplaintChannel channel);
    [[nodiscard]] static std::optional<ComplaintState> stateFromString(QStringView key);
    [[nodiscard]] static std::optional<ComplaintEvent> eventFromString(QStringView key);
    [[nodiscard]] static std::optional<ComplaintLevel> levelFromString(QStringView key);
    [[nodiscard]] static std::optional<ComplaintVerdict> verdictFromString(QStringView key);
    [[nodiscard]] static std::optional<ComplaintCategory> categoryFromString(QStringView key);
    [[nodiscard]] static std::optional<ComplaintChannel> channelFromString(QStringView key);
};

} // namespace fd
