pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// Close-out (回访结案): finished tickets wait here for their callback. The counter reviews what
// the crew recorded, calls the customer and records the answer: satisfied closes the ticket,
// not satisfied reopens it for another dispatch, no answer brings it back later.
Item {
    id: page

    objectName: "closeOutPage"

    signal ticketChosen(string ticketId)

    readonly property CloseOutBoard board: CloseOutBoard {
        source: AppData
        session: Session
    }
    property string selectedId: ""
    readonly property int selectedRow: { void page.board.count; return page.board.indexOf(page.selectedId) }
    readonly property WorkRecord work: WorkRecord {
        source: AppData
        session: Session
        ticketId: page.selectedId
        language: Language.language
    }

    function firstId() {
        return page.board.count > 0 ? page.board.data(page.board.index(0, 0), CloseOutBoard.TicketIdRole) : ""
    }

    function select(ticketId) {
        page.selectedId = ticketId
        callbackForm.reset()
        page.board.clearError()
    }

    function record(reached) {
        const f = callbackForm
        if (page.board.record(page.selectedId, reached, f.method, f.satisfaction, f.verdict, f.suggestions))
            page.select(reached ? page.firstId() : page.selectedId)
    }

    // For the screen tour: the first ticket chosen, the form filled as @p values says.
    function showFilled(values) {
        if (page.board.count === 0)
            return false
        page.select(page.firstId())
        callbackForm.fill(values)
        // Once the work record of the chosen ticket has been laid out.
        Qt.callLater(() => review.contentY = Math.max(0, review.contentHeight - review.height))
        return true
    }

    Component.onCompleted: page.select(page.firstId())

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingXl

        // The queue.
        ColumnLayout {
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            Layout.fillWidth: true
            spacing: Theme.spacingM

            Label {
                text: qsTr("Close-out")
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Finished tickets wait here for the callback to the customer, the one to call first on top.")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            ListView {
                id: queue
                objectName: "closeOutList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacingS
                model: page.board
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { }
                delegate: ItemDelegate {
                    id: row
                    required property string ticketId
                    required property string ticketNo
                    required property string title
                    required property string contactName
                    required property double callbackDueAt
                    required property int attempts
                    required property double nextAttemptAt
                    readonly property bool current: ticketId === page.selectedId
                    objectName: "closeOut_" + ticketNo
                    width: ListView.view.width - Theme.spacingM
                    padding: Theme.spacingM
                    onClicked: page.select(ticketId)
                    background: Rectangle {
                        radius: Theme.radius
                        color: row.current ? Theme.primarySoft : Theme.surface
                        border.color: row.current ? Theme.primary : Theme.border
                    }
                    contentItem: ColumnLayout {
                        spacing: 2
                        RowLayout {
                            Label {
                                text: row.ticketNo
                                color: Theme.textSecondary
                                font.pixelSize: Theme.fontSmall
                                font.family: "DejaVu Sans Mono"
                            }
                            Item { Layout.fillWidth: true }
                            Label {
                                text: row.attempts > 0 ? qsTr("%n call(s) unanswered", "", row.attempts)
                                                       : Texts.slaText(row.callbackDueAt, AppData.nowMs)
                                color: row.attempts > 0 || row.callbackDueAt < AppData.nowMs ? Theme.danger : Theme.textSecondary
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            text: row.title
                            color: Theme.text
                            font.pixelSize: Theme.fontMedium
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            text: row.attempts > 0 ? qsTr("%1 · try again at %2").arg(row.contactName).arg(Texts.dateTime(row.nextAttemptAt))
                                                   : row.contactName
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontBody
                            elide: Text.ElideRight
                        }
                    }
                }
                EmptyState {
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 2 * Theme.spacingL, 420)
                    visible: queue.count === 0
                    title: qsTr("No ticket is waiting for its callback")
                    detail: qsTr("Tickets appear here when a crew finishes them.")
                }
            }
        }

        // The chosen ticket: what the crew recorded, and the callback.
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            radius: Theme.radiusLarge
            color: Theme.surface
            border.color: Theme.border
            visible: page.selectedRow >= 0

            Flickable {
                id: review
                anchors.fill: parent
                anchors.margins: Theme.spacingXl
                contentHeight: reviewColumn.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { }

                ColumnLayout {
                    id: reviewColumn
                    width: review.width - Theme.spacingM
                    spacing: Theme.spacingL

                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            Layout.fillWidth: true
                            text: page.selectedRow >= 0 ? page.board.data(page.board.index(page.selectedRow, 0), CloseOutBoard.TitleRole) : ""
                            color: Theme.text
                            font.pixelSize: Theme.fontLarge
                            font.weight: Font.Bold
                            wrapMode: Text.Wrap
                        }
                        FdButton {
                            text: qsTr("Open ticket")
                            variant: "secondary"
                            onClicked: page.ticketChosen(page.selectedId)
                        }
                    }
                    InfoField {
                        Layout.fillWidth: true
                        label: qsTr("Contact to call back")
                        value: page.selectedRow >= 0
                               ? [page.board.data(page.board.index(page.selectedRow, 0), CloseOutBoard.ContactNameRole),
                                  page.board.data(page.board.index(page.selectedRow, 0), CloseOutBoard.ContactPhoneRole)].join("  ")
                               : ""
                    }
                    WorkRecordPanel {
                        Layout.fillWidth: true
                        record: page.work
                    }
                    Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.divider }
                    CallbackForm {
                        id: callbackForm
                        Layout.fillWidth: true
                        board: page.board
                        onSubmitted: reached => page.record(reached)
                    }
                }
            }
        }
    }
}
