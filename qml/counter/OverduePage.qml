pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// The supervisor's "overdue now": every open ticket whose current step is past its limit, most overdue first.
Item {
    id: page

    signal ticketChosen(string ticketId)

    objectName: "overduePage"

    readonly property TicketListModel tickets: TicketListModel {
        source: AppData
        scope: TicketListModel.Overdue
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingL

        RowLayout {
            Layout.fillWidth: true
            ColumnLayout {
                spacing: 2
                Label {
                    text: qsTr("Overdue now")
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.Bold
                }
                Label {
                    text: qsTr("Open tickets whose current step is past its time limit, most overdue first.")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontBody
                }
            }
            Item { Layout.fillWidth: true }
            StatusChip {
                objectName: "overdueCountChip"
                visible: overdueList.count > 0
                text: !page.tickets.allLoaded ? qsTr("%1+ overdue").arg(overdueList.count)
                                                          : qsTr("%1 overdue").arg(overdueList.count)
                tone: "danger"
                fontSize: Theme.fontBody
            }
        }

        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.tickets.errorMessage
            color: Theme.danger
            font.pixelSize: Theme.fontBody
        }

        ListView {
            id: overdueList
            objectName: "overdueList"
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
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.spacingXl, 560)
                visible: overdueList.count === 0 && page.tickets.errorMessage.length === 0
                title: qsTr("Nothing is overdue right now")
                detail: qsTr("Tickets appear here as soon as a step passes its time limit.")
            }
        }
    }
}
