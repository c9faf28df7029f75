// Not `pragma ComponentBehavior: Bound`: Qt 6.4's Loader and StackView create their items in a
// child context and refuse bound components ("Cannot instantiate bound component outside its
// creation context"); Qt 6.5 lifts this. Delegates here still use required properties.
import QtQuick
import QtQuick.Controls
import FieldDesk

// The crew's tablet: ticket list, and a ticket's detail on top of it.
StackView {
    id: stack

    objectName: "tabletHome"

    function openTicket(ticketId, immediate) {
        if (stack.depth > 1)
            stack.pop(null, StackView.Immediate)
        stack.push(detailComponent, { ticketId: ticketId }, immediate ? StackView.Immediate : StackView.PushTransition)
    }

    function showScreen(name, arg) {
        const list = stack.get(0)
        list.statusControl.panel.close()
        if (name === "tickets") {
            stack.pop(null, StackView.Immediate)
            return true
        }
        if (name === "crewstatus" || name === "crewstatus-away") {
            stack.pop(null, StackView.Immediate)
            if (!list.statusControl.visible)
                return false
            list.statusControl.panel.open()
            if (name === "crewstatus-away")
                list.statusControl.panel.choose("away")
            return true
        }
        if (name === "ticket" && arg) {
            stack.openTicket(arg, true)
            return true
        }
        // The work record of an arrived ticket: the fault form filled in, or the signature pad.
        if ((name === "work" || name === "signature") && arg) {
            stack.openTicket(arg, true)
            return stack.currentItem.showWork(name, { category: "obu", subcategory: "tamper", ownership: "customer",
                                                      workDone: qsTr("Re-activated the OBU and tested it in the lane with the customer.") })
        }
        return false
    }

    initialItem: CrewTicketsPage {
        onTicketChosen: ticketId => stack.openTicket(ticketId, false)
    }

    Component {
        id: detailComponent
        TicketDetailPage {
            onBack: stack.pop()
        }
    }
}
