// Not `pragma ComponentBehavior: Bound`: Qt 6.4's Loader and StackView create their items in a
// child context and refuse bound components ("Cannot instantiate bound component outside its
// creation context"); Qt 6.5 lifts this. Delegates here still use required properties.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// The branch counter: search on the left rail, and the supervisor's overdue list. From the search
// a new customer is opened, from a customer's summary a new ticket.
Item {
    id: home

    objectName: "counterHome"

    // "search", "overdue", "dispatch", "closeout", "complaints", "outages", "cardload" or "lossreport"
    property string section: "search"
    readonly property bool canSeeOverdue: Session.supervisor || Session.hasRole("admin")
    readonly property bool canDispatch: Session.supervisor || Session.hasRole("admin")
    readonly property bool canCloseOut: Session.hasRole("counter") || Session.supervisor || Session.hasRole("admin")
    readonly property bool canWorkComplaints: Session.hasRole("counter") || Session.supervisor || Session.hasRole("admin")
    readonly property bool canManageOutages: Session.supervisor || Session.hasRole("admin")
    readonly property bool canLoadCards: Session.hasRole("counter") || Session.supervisor || Session.hasRole("admin")
    readonly property bool canReportLoss: Session.hasRole("counter") || Session.supervisor || Session.hasRole("admin")

    function showSection(name) {
        home.section = name
        const pages = { overdue: overdueComponent, dispatch: dispatchComponent, closeout: closeOutComponent,
                        complaints: complaintsComponent, outages: outagesComponent, cardload: cardLoadComponent,
                        lossreport: lossReportComponent }
        stack.replace(null, pages[name] || searchComponent, {}, StackView.Immediate)
    }

    function openCustomer(customerId, immediate) {
        stack.push(customerComponent, { customerId: customerId }, immediate ? StackView.Immediate : StackView.PushTransition)
    }

    function openTicket(ticketId, immediate) {
        stack.push(ticketComponent, { ticketId: ticketId }, immediate ? StackView.Immediate : StackView.PushTransition)
    }

    // prefill: what was typed into the search box, if anything.
    function openNewCustomer(prefill, immediate) {
        stack.push(newCustomerComponent, { prefill: prefill || "" }, immediate ? StackView.Immediate : StackView.PushTransition)
    }

    function openComplaint(complaintId, immediate) {
        stack.push(complaintComponent, { complaintId: complaintId }, immediate ? StackView.Immediate : StackView.PushTransition)
    }

    // From the list, or from a customer or a ticket the complaint is about.
    function openNewComplaint(customerId, ticketId, immediate) {
        stack.push(newComplaintComponent, { customerId: customerId || "", ticketId: ticketId || "" },
                   immediate ? StackView.Immediate : StackView.PushTransition)
    }

    function openNewTicket(customerId, immediate) {
        stack.push(newTicketComponent, { customerId: customerId }, immediate ? StackView.Immediate : StackView.PushTransition)
    }

    // For the screen tour: a form filled with @p values and checked, so its messages show.
    // False if the values raised no message, which would make the screen pointless.
    function showCheckedForm(values) {
        const page = stack.currentItem
        page.fill(values)
        return page.check()
    }

    function showScreen(name, arg) {
        switch (name) {
        case "outages":
        case "outages-new":
            if (!home.canManageOutages)
                return false
            home.showSection("outages")
            return name === "outages" || stack.currentItem.showForm(JSON.parse(arg))
        case "search":
        case "search-nomatch":
            home.showSection("search")
            if (arg)
                stack.currentItem.query = arg
            return true
        case "customer":
            home.showSection("search")
            home.openCustomer(arg, true)
            return true
        case "ticket":
            home.showSection("search")
            home.openTicket(arg, true)
            return true
        case "newcustomer":
            home.showSection("search")
            home.openNewCustomer(arg, true)
            return true
        case "newcustomer-errors":
        case "newcustomer-corporate-errors":
            home.showSection("search")
            home.openNewCustomer("", true)
            return home.showCheckedForm(JSON.parse(arg))
        case "newticket":
        case "newticket-errors": {
            const values = name === "newticket" ? { customerId: arg } : JSON.parse(arg)
            home.showSection("search")
            home.openCustomer(values.customerId, true)
            home.openNewTicket(values.customerId, true)
            return name === "newticket" || home.showCheckedForm(values)
        }
        case "cardload":
            if (!home.canLoadCards)
                return false
            home.showSection("cardload")
            return !arg || stack.currentItem.showCard(JSON.parse(arg).card, JSON.parse(arg).amount)
        case "lossreport":
        case "lossreport-errors":
            if (!home.canReportLoss)
                return false
            home.showSection("lossreport")
            if (name === "lossreport")
                return true
            stack.currentItem.fill(JSON.parse(arg))
            return stack.currentItem.check()
        case "overdue":
            if (!home.canSeeOverdue)
                return false
            home.showSection("overdue")
            return true
        case "dispatch":
        case "dispatch-chosen":
            if (!home.canDispatch)
                return false
            home.showSection("dispatch")
            return name === "dispatch" || stack.currentItem.showChosen()
        case "closeout":
        case "closeout-filled":
            if (!home.canCloseOut)
                return false
            home.showSection("closeout")
            return name === "closeout" || stack.currentItem.showFilled(JSON.parse(arg))
        case "complaints":
        case "complaint":
        case "newcomplaint":
        case "newcomplaint-errors":
            if (!home.canWorkComplaints)
                return false
            home.showSection("complaints")
            if (name === "complaint")
                home.openComplaint(arg, true)
            else if (name !== "complaints")
                home.openNewComplaint("", "", true)
            return name !== "newcomplaint-errors" || home.showCheckedForm(JSON.parse(arg))
        }
        return false
    }

    // Notices in force, for everyone at the counter; no room taken when there are none.
    CounterOutageStrip {
        id: outageStrip
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        z: 1
    }

    RowLayout {
        anchors.fill: parent
        anchors.topMargin: outageStrip.height
        spacing: 0

        // Navigation rail.
        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 232
            color: Theme.surface

            Rectangle {
                anchors.right: parent.right
                width: 1
                height: parent.height
                color: Theme.border
            }

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacingL
                spacing: Theme.spacingS

                Repeater {
                    model: [
                        { key: "search", label: qsTr("Search"), shown: true },
                        { key: "overdue", label: qsTr("Overdue now"), shown: home.canSeeOverdue },
                        { key: "dispatch", label: qsTr("Dispatch"), shown: home.canDispatch },
                        { key: "closeout", label: qsTr("Close-out"), shown: home.canCloseOut },
                        { key: "outages", label: qsTr("Outage notices"), shown: home.canManageOutages },
                        { key: "complaints", label: qsTr("Complaints"), shown: home.canWorkComplaints },
                        { key: "cardload", label: qsTr("Card load"), shown: home.canLoadCards },
                        { key: "lossreport", label: qsTr("Report loss"), shown: home.canReportLoss }
                    ]
                    delegate: ItemDelegate {
                        id: navItem
                        required property var modelData
                        readonly property bool current: home.section === modelData.key
                        objectName: "nav_" + modelData.key
                        visible: modelData.shown
                        Layout.fillWidth: true
                        implicitHeight: Theme.touchTarget + 4
                        leftPadding: Theme.spacingL
                        onClicked: home.showSection(modelData.key)
                        background: Rectangle {
                            radius: Theme.radius
                            color: navItem.current ? Theme.primarySoft : (navItem.down ? Theme.neutralSoft : "transparent")
                        }
                        contentItem: Label {
                            text: navItem.modelData.label
                            color: navItem.current ? Theme.primary : Theme.text
                            font.pixelSize: Theme.fontMedium
                            font.weight: navItem.current ? Font.DemiBold : Font.Normal
                            verticalAlignment: Text.AlignVCenter
                            elide: Text.ElideRight
                        }
                    }
                }
                Item { Layout.fillHeight: true }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Card issue, cancelling a loss report and other ETC account work are not available here yet.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                }
            }
        }

        StackView {
            id: stack
            objectName: "counterStack"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            initialItem: searchComponent
        }
    }

    Component {
        id: searchComponent
        CounterSearchPage {
            onCustomerChosen: customerId => home.openCustomer(customerId, false)
            onTicketChosen: ticketId => home.openTicket(ticketId, false)
            onNewCustomerRequested: prefill => home.openNewCustomer(prefill, false)
        }
    }
    Component {
        id: overdueComponent
        OverduePage {
            onTicketChosen: ticketId => home.openTicket(ticketId, false)
        }
    }
    Component {
        id: closeOutComponent
        CloseOutPage {
            onTicketChosen: ticketId => home.openTicket(ticketId, false)
        }
    }
    Component {
        id: dispatchComponent
        DispatchPage {
            onTicketChosen: ticketId => home.openTicket(ticketId, false)
        }
    }
    Component {
        id: complaintsComponent
        ComplaintsPage {
            onComplaintChosen: complaintId => home.openComplaint(complaintId, false)
            onNewComplaintRequested: home.openNewComplaint("", "", false)
        }
    }
    Component {
        id: newComplaintComponent
        NewComplaintPage {
            onCancelled: stack.pop()
            onSaved: complaintId => stack.replace(complaintComponent, { complaintId: complaintId })
        }
    }
    Component {
        id: complaintComponent
        ComplaintDetailPage {
            onBack: stack.pop()
        }
    }
    Component {
        id: customerComponent
        CustomerSummaryPage {
            onBack: stack.pop()
            onTicketChosen: ticketId => home.openTicket(ticketId, false)
            onNewTicketRequested: customerId => home.openNewTicket(customerId, false)
            canRegisterComplaint: home.canWorkComplaints
            onNewComplaintRequested: customerId => home.openNewComplaint(customerId, "", false)
        }
    }
    // A saved form gives way to what it created; Back then leads to where the form was opened.
    Component {
        id: newCustomerComponent
        NewCustomerPage {
            onCancelled: stack.pop()
            onSaved: customerId => stack.replace(customerComponent, { customerId: customerId })
        }
    }
    Component {
        id: newTicketComponent
        NewTicketPage {
            onCancelled: stack.pop()
            onSaved: ticketId => stack.replace(ticketComponent, { ticketId: ticketId })
        }
    }
    Component {
        id: ticketComponent
        TicketDetailPage {
            onBack: stack.pop()
        }
    }
    Component {
        id: outagesComponent
        OutagesPage { }
    }
    Component {
        id: cardLoadComponent
        CardLoadPage { }
    }
    Component {
        id: lossReportComponent
        LossReportPage { }
    }
}
