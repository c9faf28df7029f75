pragma Singleton
import QtQuick
import FieldDesk

// Words for the keys the models carry (ticket states, events, priorities, …). Models hold data,
// not text, so switching the language retranslates every list without reloading it. Each
// function reads Language.language so that bindings calling it re-run on a switch.
QtObject {
    function stateLabel(state) {
        void Language.language
        switch (state) {
        case "reported": return qsTr("Reported")
        case "sent": return qsTr("Sent to repair centre")
        case "received": return qsTr("At repair centre")
        case "dispatched": return qsTr("Dispatched")
        case "delivered": return qsTr("Waiting to accept")
        case "accepted": return qsTr("Accepted")
        case "departed": return qsTr("On the way")
        case "arrived": return qsTr("On site")
        case "finished": return qsTr("Finished")
        case "closed": return qsTr("Closed")
        case "returned": return qsTr("Returned")
        case "reopened": return qsTr("Reopened")
        case "cancelled": return qsTr("Cancelled")
        }
        return state
    }

    // The five complaint categories (DOMAIN.md §3).
    function complaintCategoryLabel(category) {
        void Language.language
        switch (category) {
        case "product_quality": return qsTr("Product quality")
        case "service": return qsTr("Service")
        case "price": return qsTr("Price")
        case "false_advertising": return qsTr("False advertising")
        case "other": return qsTr("Other")
        }
        return category
    }

    // A complaint's state as the counter sees it (ComplaintWorkflow keys).
    function complaintStateLabel(state) {
        void Language.language
        switch (state) {
        case "registered": return qsTr("Registered")
        case "dispatched": return qsTr("With a department")
        case "handling": return qsTr("Being handled")
        case "replied": return qsTr("Answered, awaiting verdict")
        case "closed": return qsTr("Closed")
        case "reopened": return qsTr("Reopened")
        case "archived": return qsTr("Archived")
        }
        return state
    }

    function complaintStateTone(state) {
        switch (state) {
        case "registered": case "dispatched": return "warning"
        case "handling": case "replied": return "info"
        case "closed": return "success"
        case "reopened": return "danger"
        }
        return "neutral"
    }

    // 投诉 → 升级投诉 → 申诉.
    function complaintLevelLabel(level) {
        void Language.language
        switch (level) {
        case "complaint": return qsTr("Complaint")
        case "escalated": return qsTr("Escalated complaint")
        case "appeal": return qsTr("Appeal")
        }
        return level
    }

    function complaintLevelTone(level) {
        return level === "appeal" ? "danger" : level === "escalated" ? "warning" : "neutral"
    }

    // Buttons: the next step on a complaint.
    function complaintActionLabel(event) {
        void Language.language
        switch (event) {
        case "dispatch": return qsTr("Dispatch to a department")
        case "start": return qsTr("Start handling")
        case "reply": return qsTr("Record the reply")
        case "satisfied": return qsTr("Complainant satisfied")
        case "unsatisfied": return qsTr("Complainant not satisfied")
        case "escalate": return qsTr("Escalate")
        case "archive": return qsTr("Archive")
        }
        return event
    }

    // A complaint's timeline: what happened ("register" or an event key).
    function complaintEventLabel(kind) {
        void Language.language
        switch (kind) {
        case "register": return qsTr("Complaint registered")
        case "dispatch": return qsTr("Dispatched to a department")
        case "start": return qsTr("Handling started")
        case "reply": return qsTr("Reply given")
        case "satisfied": return qsTr("Complainant satisfied")
        case "unsatisfied": return qsTr("Complainant not satisfied")
        case "escalate": return qsTr("Escalated")
        case "archive": return qsTr("Archived")
        }
        return kind
    }

    // The handle-by countdown; no deadline runs while the complainant has an answer.
    function complaintDueText(dueAt, now) {
        void Language.language
        return dueAt < 0 ? qsTr("Answered") : slaText(dueAt, now)
    }

    // Where a customer's own case stands, in words for the customer at a kiosk.
    function caseStatusText(kind, state) {
        void Language.language
        if (kind === "complaint") {
            switch (state) {
            case "registered": return qsTr("We have received your complaint.")
            case "dispatched": return qsTr("Your complaint is with the department responsible.")
            case "handling": return qsTr("Your complaint is being handled.")
            case "replied": return qsTr("We have answered your complaint.")
            case "reopened": return qsTr("Your complaint is being handled again.")
            case "closed":
            case "archived": return qsTr("Your complaint is closed.")
            }
            return state
        }
        switch (state) {
        case "reported":
        case "sent":
        case "received": return qsTr("We have your request and are assigning a repair crew.")
        case "dispatched":
        case "delivered": return qsTr("A repair crew has been assigned.")
        case "accepted": return qsTr("The repair crew has taken on your request.")
        case "departed": return qsTr("The repair crew is on the way.")
        case "arrived": return qsTr("The repair crew is on site.")
        case "finished": return qsTr("The repair is done; we will call you to make sure all is well.")
        case "closed": return qsTr("Closed: the repair is done and you confirmed it.")
        case "returned":
        case "reopened": return qsTr("We are assigning a repair crew again.")
        case "cancelled": return qsTr("This request was withdrawn.")
        }
        return state
    }

    function stateTone(state) {
        switch (state) {
        case "delivered": case "dispatched": return "warning"
        case "accepted": case "departed": case "arrived": return "info"
        case "finished": case "closed": return "success"
        case "reopened": return "danger"
        }
        return "neutral"
    }

    // Buttons: what the crew does next.
    function actionLabel(event) {
        void Language.language
        switch (event) {
        case "accept": return qsTr("Accept")
        case "depart": return qsTr("Depart")
        case "arrive": return qsTr("Arrived on site")
        case "finish": return qsTr("Work finished")
        case "return": return qsTr("Return")
        }
        return event
    }

    // Timeline: what happened.
    function eventLabel(kind, event) {
        void Language.language
        if (kind === "note") return qsTr("Note")
        if (kind === "chase") return qsTr("Chased")
        if (kind === "alert") return qsTr("Alert")
        switch (event) {
        case "report": return qsTr("Fault reported")
        case "send": return qsTr("Sent to repair centre")
        case "receive": return qsTr("Received by repair centre")
        case "dispatch": return qsTr("Dispatched to crew")
        case "deliver": return qsTr("Delivered to crew")
        case "accept": return qsTr("Accepted by crew")
        case "depart": return qsTr("Crew departed")
        case "arrive": return qsTr("Crew arrived on site")
        case "finish": return qsTr("Work finished")
        case "close": return qsTr("Closed after callback")
        case "reopen": return qsTr("Reopened after callback")
        case "return": return qsTr("Returned for re-dispatch")
        case "cancel": return qsTr("Cancelled")
        }
        return event
    }

    function priorityLabel(priority) {
        void Language.language
        switch (priority) {
        case 1: return qsTr("P1 critical")
        case 2: return qsTr("P2 high")
        case 3: return qsTr("P3 normal")
        case 4: return qsTr("P4 low")
        case 5: return qsTr("P5 lowest")
        }
        return ""
    }

    function priorityTone(priority) {
        return priority <= 1 ? "danger" : priority === 2 ? "warning" : "neutral"
    }

    // "Due in 12 min" / "Overdue 5 min", from the due time and the store clock's now.
    function slaText(dueAt, now) {
        void Language.language
        if (dueAt < 0)
            return qsTr("No step deadline")
        if (dueAt >= now) {
            const left = Math.ceil((dueAt - now) / 60000)
            if (left >= 60)
                return qsTr("Due in %1 h %2 min").arg(Math.floor(left / 60)).arg(left % 60)
            return qsTr("Due in %1 min").arg(left)
        }
        const late = Math.max(1, Math.floor((now - dueAt) / 60000))
        if (late >= 60)
            return qsTr("Overdue %1 h %2 min").arg(Math.floor(late / 60)).arg(late % 60)
        return qsTr("Overdue %1 min").arg(late)
    }

    // A crew's status as the dispatcher and the crew see it.
    function crewStatusLabel(status) {
        void Language.language
        switch (status) {
        case "standby": return qsTr("Standby")
        case "busy": return qsTr("Busy")
        case "away": return qsTr("Away")
        case "off": return qsTr("Off duty")
        }
        return status
    }

    function crewStatusTone(status) {
        switch (status) {
        case "standby": return "success"
        case "busy": return "info"
        case "away": return "warning"
        }
        return "neutral"
    }

    // "T-… not accepted for 6 min" / "… for 2 h 5 min", counted from the dispatch.
    function notAcceptedText(ticketNo, handedOverAt, now) {
        void Language.language
        const waited = Math.max(0, Math.floor((now - handedOverAt) / 60000))
        if (waited >= 60)
            return qsTr("%1 not accepted for %2 h %3 min").arg(ticketNo).arg(Math.floor(waited / 60)).arg(waited % 60)
        return qsTr("%1 not accepted for %2 min").arg(ticketNo).arg(waited)
    }

    function modeLabel(mode) {
        void Language.language
        switch (mode) {
        case "tablet": return qsTr("Crew tablet")
        case "counter": return qsTr("Branch counter")
        case "kiosk": return qsTr("Self-service kiosk")
        }
        return mode
    }

    function roleLabel(role) {
        void Language.language
        switch (role) {
        case "crew": return qsTr("Repair crew")
        case "counter": return qsTr("Counter staff")
        case "finance": return qsTr("Finance")
        case "supervisor": return qsTr("Supervisor")
        case "admin": return qsTr("Administrator")
        }
        return role
    }

    function channelLabel(channel) {
        void Language.language
        switch (channel) {
        case "counter": return qsTr("Counter")
        case "kiosk": return qsTr("Kiosk")
        case "phone": return qsTr("Phone")
        case "online": return qsTr("Online")
        case "field": return qsTr("In the field")
        }
        return channel
    }

    function plateColourLabel(colour) {
        void Language.language
        switch (colour) {
        case "blue": return qsTr("Blue plate")
        case "yellow": return qsTr("Yellow plate")
        case "green": return qsTr("Green plate")
        case "yellow_green": return qsTr("Yellow-green plate")
        case "white": return qsTr("White plate")
        case "black": return qsTr("Black plate")
        }
        return colour
    }

    // Ticket categories the counter offers (TicketForm.categories). Older tickets may carry a
    // category as free text; that is shown as it is.
    function categoryLabel(category) {
        void Language.language
        switch (category) {
        case "obu_fault": return qsTr("OBU fault")
        case "obu_activation": return qsTr("OBU activation")
        case "card_fault": return qsTr("Card fault")
        case "transaction": return qsTr("Toll transaction problem")
        case "installation": return qsTr("Installation problem")
        case "site_visit": return qsTr("Site visit")
        case "other": return qsTr("Other")
        }
        return category
    }

    // How a customer prefers to be contacted.
    function contactChannelLabel(channel) {
        void Language.language
        switch (channel) {
        case "phone": return qsTr("Phone call")
        case "sms": return qsTr("Text message")
        case "wechat": return qsTr("WeChat")
        case "email": return qsTr("E-mail")
        case "visit": return qsTr("Home visit")
        case "counter": return qsTr("At the counter")
        }
        return channel
    }

    // Urgency and impact of a ticket, 1 (most) to 3 (least).
    function urgencyLabel(urgency) {
        void Language.language
        switch (urgency) {
        case 1: return qsTr("High")
        case 2: return qsTr("Medium")
        case 3: return qsTr("Low")
        }
        return ""
    }

    function impactLabel(impact) {
        void Language.language
        switch (impact) {
        case 1: return qsTr("Many customers")
        case 2: return qsTr("Several customers")
        case 3: return qsTr("One customer")
        }
        return ""
    }

    // The colour alone, for a chooser already labelled "Plate colour".
    function colourName(colour) {
        void Language.language
        switch (colour) {
        case "blue": return qsTr("Blue")
        case "yellow": return qsTr("Yellow")
        case "green": return qsTr("Green")
        case "yellow_green": return qsTr("Yellow-green")
        case "white": return qsTr("White")
        case "black": return qsTr("Black")
        }
        return colour
    }

    function customerKindLabel(kind) {
        void Language.language
        return kind === "corporate" ? qsTr("Company") : qsTr("Individual")
    }

    function outageKindLabel(kind) {
        void Language.language
        switch (kind) {
        case "power": return qsTr("Power cut")
        case "service": return qsTr("Service outage")
        case "system": return qsTr("System maintenance")
        case "road": return qsTr("Road works")
        }
        return kind
    }

    // What a change in the outbox was, by its op kind ("ticket.create").
    function opLabel(kind) {
        void Language.language
        switch (kind) {
        case "ticket.create": return qsTr("New ticket")
        case "ticket.update": return qsTr("Ticket edited")
        case "ticket.event": return qsTr("Ticket timeline entry")
        case "customer.create": return qsTr("New customer")
        case "customer.update": return qsTr("Customer edited")
        case "vehicle.create": return qsTr("New vehicle")
        case "contact.log": return qsTr("Contact log entry")
        case "staff.create": return qsTr("New staff member")
        case "crew.create": return qsTr("New crew")
        case "etc.report_loss": return qsTr("Loss report")
        }
        if (kind.startsWith("ticket."))
            return qsTr("Ticket step: %1").arg(actionLabel(kind.slice(7)))
        if (kind.startsWith("audit."))
            return qsTr("Audit record")
        return kind
    }

    // Why the server refused a change, by its error code; the server's own message goes below it.
    function syncErrorLabel(code) {
        void Language.language
        switch (code) {
        case "forbidden": return qsTr("The signed-in person's role may not make this change.")
        case "unknown_staff": return qsTr("The server does not know the person who made this change.")
        case "illegal_transition": return qsTr("Someone else moved this ticket on first; this step no longer fits.")
        case "already_exists": return qsTr("The server has this record already.")
        case "entity_not_found": return qsTr("The record to change is not on the server.")
        case "unknown_op_kind": return qsTr("The server does not know this kind of change; it may need an update.")
        case "incomplete_transaction": return qsTr("Part of this change did not reach the server.")
        case "card_not_found": return qsTr("No card with this number has been issued.")
        case "identity_mismatch": return qsTr("The ID number given is not the card holder's.")
        case "identity_unverifiable": return qsTr("The server has no ID on file for this holder; the holder must come to a counter.")
        case "holder_id_required": return qsTr("The holder's ID number is needed.")
        }
        return qsTr("The server refused this change.")
    }

    // A record's field as people call it; the column name when there is no word for it yet.
    function fieldLabel(field) {
        void Language.language
        switch (field) {
        case "address": return qsTr("the address")
        case "contact_name": return qsTr("the contact name")
        case "contact_phone": return qsTr("the contact phone")
        case "title": return qsTr("the title")
        case "description": return qsTr("the description")
        case "urgency": return qsTr("the urgency")
        case "impact": return qsTr("the impact")
        case "name": return qsTr("the name")
        case "phone": return qsTr("the phone number")
        case "email": return qsTr("the e-mail address")
        case "note": return qsTr("the note")
        case "status": return qsTr("the status")
        }
        return field
    }

    function entityLabel(entity) {
        void Language.language
        switch (entity) {
        case "ticket": return qsTr("a ticket")
        case "customer": return qsTr("a customer")
        case "vehicle": return qsTr("a vehicle")
        case "crew": return qsTr("a crew")
        }
        return entity
    }

    // Local date and time; the year only when it is not this year.
    function dateTime(ms) {
        if (ms === undefined || ms <= 0)
            return ""
        const d = new Date(ms)
        const format = d.getFullYear() === new Date().getFullYear() ? "MM-dd HH:mm" : "yyyy-MM-dd HH:mm"
        return Qt.formatDateTime(d, format)
    }

    function outageKindTone(kind) {
        switch (kind) {
        case "power": return "danger"
        case "service": return "danger"
        case "road": return "warning"
        }
        return "info"
    }

    // When an outage notice runs: since when (or from when, if planned), and its expected end.
    function outageTimesText(state, startsAt, expectedEndAt, now) {
        void Language.language
        const start = state === "planned" || startsAt > now ? qsTr("From %1").arg(dateTime(startsAt))
                                                             : qsTr("Since %1").arg(dateTime(startsAt))
        const end = expectedEndAt > 0 ? qsTr("expected to end %1").arg(dateTime(expectedEndAt)) : qsTr("end not known yet")
        return start + " · " + end
    }
}
