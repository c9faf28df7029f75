pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// The crew's open tickets, the one due soonest first; the SLA countdowns tick every 30 s.
Item {
    id: page

    signal ticketChosen(string ticketId)

    objectName: "crewTicketsPage"

    readonly property alias list: ticketList
    readonly property alias statusControl: statusControl
    readonly property TicketListModel tickets: TicketListModel {
        source: AppData
        crewId: Session.crewId
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingL

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM
            ColumnLayout {
                spacing: 2
                Label {
                    objectName: "crewTicketsTitle"
                    text: qsTr("My crew's tickets")
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.Bold
                }
                Label {
                    visible: Session.crewName.length > 0
                    text: qsTr("%1 · sorted by the next deadline").arg(Session.crewName)
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontBody
                }
            }
            Item { Layout.fillWidth: true }
            CrewStatusControl {
                id: statusControl
            }
            StatusChip {
                objectName: "openCountChip"
                visible: Session.crewId.length > 0
                text: qsTr("%n open", "", page.tickets.totalCount)
                tone: "info"
                fontSize: Theme.fontBody
            }
        }

        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.tickets.errorMessage
            color: Theme.danger
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        ListView {
            id: ticketList
            objectName: "ticketList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingM
            model: page.tickets
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { }
            delegate: TicketRow {
                width: ListView.view.width - Theme.spacingM
                onClicked: page.ticketChosen(ticketId)
            }

            EmptyState {
                objectName: "ticketListEmpty"
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.spacingXl, 560)
                visible: ticketList.count === 0 && page.tickets.errorMessage.length === 0
                title: Session.crewId.length === 0 ? qsTr("You are not in a crew") : qsTr("No open tickets")
                detail: Session.crewId.length === 0
                        ? qsTr("Ask your supervisor to add you to a crew; its tickets will then appear here.")
                        : qsTr("New tickets from the repair centre appear here as soon as they reach this tablet.")
            }
        }
    }
}
