pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// The supervisor's dispatch board: the tickets waiting for a crew on the left, the outlet's crews
// on the right. Choose a ticket, then a crew, confirm, and the ticket leaves the queue for the
// crew's tablet. Orders not accepted in time show in the strip at the top.
Item {
    id: page

    signal ticketChosen(string ticketId)

    objectName: "dispatchPage"

    readonly property DispatchBoard board: DispatchBoard {
        source: AppData
        session: Session
    }
    property string selectedTicketId: ""
    property string selectedTicketNo: ""
    property string selectedTicketTitle: ""
    property string selectedCrewId: ""
    property string selectedCrewName: ""
    property string selectedCrewStatus: ""
    property string selectedCrewNote: ""
    property double selectedCrewAwayUntil: -1
    // "T-… dispatched to …", after a dispatch went through.
    property string doneMessage: ""

    function chooseTicket(ticketId, ticketNo, title) {
        page.board.clearMessages()
        page.doneMessage = ""
        page.selectedTicketId = page.selectedTicketId === ticketId ? "" : ticketId
        page.selectedTicketNo = ticketNo
        page.selectedTicketTitle = title
        if (page.selectedTicketId.length === 0)
            page.chooseCrew("", "", "", "", -1)
    }

    function chooseCrew(crewId, name, status, note, awayUntil) {
        page.selectedCrewId = crewId
        page.selectedCrewName = name
        page.selectedCrewStatus = status
        page.selectedCrewNote = note
        page.selectedCrewAwayUntil = awayUntil
    }

    // For the screen tour: the first ticket and the first crew that can take it chosen, so the
    // confirmation shows. False if the board has no such pair.
    function showChosen() {
        if (page.board.queue.count === 0)
            return false
        const q = page.board.queue
        const c = page.board.crews
        page.chooseTicket(q.data(q.index(0, 0), DispatchQueueModel.TicketIdRole), q.data(q.index(0, 0), DispatchQueueModel.TicketNoRole),
                          q.data(q.index(0, 0), DispatchQueueModel.TitleRole))
        for (let i = 0; i < c.count; ++i) {
            const status = c.data(c.index(i, 0), CrewBoardModel.StatusRole)
            if (status !== "off") {
                page.chooseCrew(c.data(c.index(i, 0), CrewBoardModel.CrewIdRole), c.data(c.index(i, 0), CrewBoardModel.NameRole), status,
                                c.data(c.index(i, 0), CrewBoardModel.StatusNoteRole), c.data(c.index(i, 0), CrewBoardModel.AwayUntilRole))
                return true
            }
        }
        return false
    }

    function confirmDispatch() {
        const ticketNo = page.selectedTicketNo
        const crewName = page.selectedCrewName
        if (!page.board.dispatch(page.selectedTicketId, page.selectedCrewId))
            return false
        page.doneMessage = qsTr("%1 dispatched to %2.").arg(ticketNo).arg(crewName)
        page.selectedTicketId = ""
        page.chooseCrew("", "", "", "", -1)
        return true
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingL

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    text: qsTr("Dispatch")
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.Bold
                }
                Label {
                    Layout.fillWidth: true
                    text: page.board.canDispatch ? qsTr("Choose a ticket, then the crew to send it to.")
                                                 : qsTr("Only a supervisor or an administrator can dispatch orders.")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontBody
                    elide: Text.ElideRight
                }
            }
            StatusChip {
                objectName: "queueCountChip"
                text: qsTr("%n waiting", "", page.board.queue.count)
                tone: page.board.queue.count > 0 ? "warning" : "success"
                fontSize: Theme.fontBody
            }
        }

        // Orders not accepted in time, escalated to the supervisor contacts.
        Rectangle {
            objectName: "alertStrip"
            Layout.fillWidth: true
            visible: page.board.alerts.count > 0
            implicitHeight: alertColumn.implicitHeight + 2 * Theme.spacingM
            radius: Theme.radius
            color: Theme.dangerSoft
            border.color: Qt.alpha(Theme.danger, 0.4)

            ColumnLayout {
                id: alertColumn
                anchors.fill: parent
                anchors.margins: Theme.spacingM
                spacing: Theme.spacingXs

                Repeater {
                    model: page.board.alerts
                    delegate: RowLayout {
                        id: alertRow
                        required property int index
                        required property string ticketId
                        required property string ticketNo
                        required property string crewName
                        required property double handedOverAt
                        required property string note

                        objectName: "alertRow_" + index
                        // Three at most; the count says how many more.
                        visible: index < 3
                        Layout.fillWidth: true
                        spacing: Theme.spacingM
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Label {
                                objectName: "alertText"
                                Layout.fillWidth: true
                                text: [Texts.notAcceptedText(alertRow.ticketNo, alertRow.handedOverAt, AppData.nowMs), alertRow.crewName]
                                      .filter(s => s.length > 0).join("  ·  ")
                                color: Theme.danger
                                font.pixelSize: Theme.fontBody
                                font.weight: Font.Bold
                                elide: Text.ElideRight
                            }
                            Label {
                                objectName: "alertNote"
                                Layout.fillWidth: true
                                text: alertRow.note
                                color: Theme.text
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                                maximumLineCount: 2
                                elide: Text.ElideRight
                            }
                        }
                        FdButton {
                            objectName: "openAlertTicket"
                            variant: "secondary"
                            text: qsTr("Open ticket")
                            onClicked: page.ticketChosen(alertRow.ticketId)
                        }
                    }
                }
                Label {
                    visible: page.board.alerts.count > 3
                    text: qsTr("and %n more", "", page.board.alerts.count - 3)
                    color: Theme.danger
                    font.pixelSize: Theme.fontSmall
                }
            }
        }

        Label {
            objectName: "dispatchError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.board.errorMessage
            color: Theme.danger
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "dispatchDone"
            Layout.fillWidth: true
            visible: text.length > 0
            text: [page.doneMessage, page.board.warning].filter(s => s.length > 0).join(" ")
            color: page.board.warning.length > 0 ? Theme.warning : Theme.success
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingXl

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                spacing: Theme.spacingM
                SectionTitle {
                    text: qsTr("Waiting for a crew")
                }
                ListView {
                    id: queueList
                    objectName: "queueList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: Theme.spacingS
                    model: page.board.queue
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar { }
                    delegate: DispatchQueueRow {
                        width: ListView.view.width - Theme.spacingM
                        selected: ticketId === page.selectedTicketId
                        enabled: page.board.canDispatch
                        onClicked: page.chooseTicket(ticketId, ticketNo, title)
                    }
                    EmptyState {
                        anchors.centerIn: parent
                        width: Math.min(parent.width - 2 * Theme.spacingXl, 480)
                        visible: queueList.count === 0
                        title: qsTr("No ticket is waiting for a crew")
                        detail: qsTr("New and returned tickets appear here until they are dispatched.")
                    }
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 2
                spacing: Theme.spacingM
                SectionTitle {
                    text: qsTr("Crews")
                }
                ListView {
                    id: crewList
                    objectName: "crewList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: Theme.spacingS
                    model: page.board.crews
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar { }
                    delegate: CrewCard {
                        width: ListView.view.width - Theme.spacingM
                        selected: crewId === page.selectedCrewId
                        choosable: page.selectedTicketId.length > 0
                        onClicked: page.chooseCrew(crewId, name, status, statusNote, awayUntil)
                    }
                    EmptyState {
                        anchors.centerIn: parent
                        width: Math.min(parent.width - 2 * Theme.spacingL, 360)
                        visible: crewList.count === 0
                        title: qsTr("This outlet has no crews")
                        detail: qsTr("Crews are set up with fielddesk-cli.")
                    }
                }
            }
        }

        // The confirmation, once a ticket is chosen.
        Rectangle {
            objectName: "confirmBar"
            Layout.fillWidth: true
            visible: page.selectedTicketId.length > 0
            implicitHeight: confirmRow.implicitHeight + 2 * Theme.spacingM
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.primary

            RowLayout {
                id: confirmRow
                anchors.fill: parent
                anchors.margins: Theme.spacingM
                spacing: Theme.spacingM
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        objectName: "confirmText"
                        Layout.fillWidth: true
                        text: page.selectedCrewId.length === 0
                              ? qsTr("%1 %2: now choose a crew on the right.").arg(page.selectedTicketNo).arg(page.selectedTicketTitle)
                              : qsTr("Dispatch %1 %2 to %3?").arg(page.selectedTicketNo).arg(page.selectedTicketTitle).arg(page.selectedCrewName)
                        color: Theme.text
                        font.pixelSize: Theme.fontMedium
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                    }
                    Label {
                        objectName: "awayWarning"
                        Layout.fillWidth: true
                        visible: page.selectedCrewStatus === "away"
                        text: {
                            if (page.selectedCrewAwayUntil <= 0)
                                return qsTr("This crew is away; the order waits on its tablet.")
                            const until = Texts.dateTime(page.selectedCrewAwayUntil)
                            return page.selectedCrewNote.length > 0
                                    ? qsTr("This crew is away until %1 (%2); the order waits on its tablet.").arg(until).arg(page.selectedCrewNote)
                                    : qsTr("This crew is away until %1; the order waits on its tablet.").arg(until)
                        }
                        color: Theme.warning
                        font.pixelSize: Theme.fontBody
                        elide: Text.ElideRight
                    }
                }
                FdButton {
                    objectName: "cancelDispatch"
                    variant: "secondary"
                    text: qsTr("Cancel")
                    onClicked: page.chooseTicket(page.selectedTicketId, "", "")
                }
                FdButton {
                    objectName: "confirmDispatch"
                    enabled: page.selectedCrewId.length > 0 && page.board.canDispatch
                    text: page.selectedCrewStatus === "away" ? qsTr("Dispatch anyway") : qsTr("Dispatch")
                    onClicked: page.confirmDispatch()
                }
            }
        }
    }
}
