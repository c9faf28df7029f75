pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// Outage notices (停电/停运通知): what is down, where, since when and until when, with the newest
// update. Every counter and kiosk shows the ones in force; supervisors publish, update and end
// them here.
Item {
    id: page

    objectName: "outagesPage"

    readonly property OutageBoard board: OutageBoard {
        source: AppData
        session: Session
    }
    property string selectedId: ""
    property bool composing: false
    readonly property int selectedRow: { void page.board.count; return page.board.indexOf(page.selectedId) }

    function firstId() {
        return page.board.count > 0 ? page.board.data(page.board.index(0, 0), OutageBoard.NoticeIdRole) : ""
    }

    function select(noticeId) {
        page.composing = false
        page.selectedId = noticeId
        page.board.clearError()
    }

    function compose() {
        page.board.clearError()
        page.composing = page.board.canManage
        return page.composing
    }

    // For the screen tour: the publish form, filled as @p values says (not submitted).
    function showForm(values) {
        if (!page.compose())
            return false
        noticeForm.fill(values)
        return true
    }

    Component.onCompleted: page.select(page.firstId())

    Connections {
        target: page.board
        // An ended notice leaves the list: show the next one instead of an empty panel.
        function onCountChanged() {
            if (!page.composing && page.selectedRow < 0)
                page.selectedId = page.firstId()
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingXl

        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            spacing: Theme.spacingM

            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Outage notices")
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.Bold
                    elide: Text.ElideRight
                }
                FdButton {
                    objectName: "outageNew"
                    visible: page.board.canManage
                    text: qsTr("New notice")
                    onClicked: page.compose()
                }
            }
            ChoiceRow {
                key: "outageListing"
                Layout.fillWidth: true
                options: [
                    { value: "inForce", label: qsTr("In force") },
                    { value: "planned", label: qsTr("Planned") },
                    { value: "ended", label: qsTr("Ended recently") }
                ]
                value: page.board.listing
                onChosen: v => {
                    page.board.listing = v
                    page.select(page.firstId())
                }
            }
            ListView {
                id: list
                objectName: "outageList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacingS
                model: page.board
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { }
                delegate: ItemDelegate {
                    id: row
                    required property string noticeId
                    required property string kind
                    required property string title
                    required property string scope
                    required property string noticeState
                    required property double startsAt
                    required property double expectedEndAt
                    required property string latestText
                    required property double latestAt
                    readonly property bool current: !page.composing && noticeId === page.selectedId
                    objectName: "outage_" + noticeId
                    width: ListView.view.width - Theme.spacingM
                    padding: Theme.spacingM
                    onClicked: page.select(noticeId)
                    background: Rectangle {
                        radius: Theme.radius
                        color: row.current ? Theme.primarySoft : Theme.surface
                        border.color: row.current ? Theme.primary : Theme.border
                    }
                    contentItem: ColumnLayout {
                        spacing: Theme.spacingXs
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacingS
                            StatusChip {
                                text: Texts.outageKindLabel(row.kind)
                                tone: Texts.outageKindTone(row.kind)
                            }
                            Label {
                                Layout.fillWidth: true
                                text: row.scope
                                color: Theme.textSecondary
                                font.pixelSize: Theme.fontSmall
                                elide: Text.ElideRight
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
                            text: Texts.outageTimesText(row.noticeState, row.startsAt, row.expectedEndAt, AppData.nowMs)
                            color: row.expectedEndAt > 0 && row.expectedEndAt < AppData.nowMs && row.noticeState !== "ended"
                                   ? Theme.danger : Theme.textSecondary
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: row.latestText.length > 0
                            text: qsTr("%1: %2").arg(Texts.dateTime(row.latestAt)).arg(row.latestText)
                            color: Theme.text
                            font.pixelSize: Theme.fontBody
                            elide: Text.ElideRight
                        }
                    }
                }
                EmptyState {
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 2 * Theme.spacingL, 420)
                    visible: list.count === 0
                    title: page.board.listing === "planned" ? qsTr("No outage is planned")
                         : page.board.listing === "ended" ? qsTr("No notice ended in the last week")
                         : qsTr("No outage notice is in force")
                    detail: page.board.canManage ? qsTr("Publish a notice when a service, the power or a road is down.") : ""
                }
            }
        }

        // The chosen notice, or the form for a new one.
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            radius: Theme.radiusLarge
            color: Theme.surface
            border.color: Theme.border
            visible: page.composing || page.selectedRow >= 0

            Flickable {
                id: side
                anchors.fill: parent
                anchors.margins: Theme.spacingXl
                contentHeight: sideColumn.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { }

                ColumnLayout {
                    id: sideColumn
                    width: side.width - Theme.spacingM
                    spacing: 0

                    OutageNoticeForm {
                        id: noticeForm
                        Layout.fillWidth: true
                        visible: page.composing
                        board: page.board
                        // Shown where it is listed: in force, or planned if it starts later.
                        onPublished: noticeId => {
                            for (const listing of [page.board.listing, "inForce", "planned"]) {
                                page.board.listing = listing
                                if (page.board.indexOf(noticeId) >= 0)
                                    break
                            }
                            page.select(noticeId)
                        }
                        onCancelled: page.select(page.firstId())
                    }
                    OutageNoticePanel {
                        Layout.fillWidth: true
                        visible: !page.composing && page.selectedRow >= 0
                        board: page.board
                        noticeId: page.selectedId
                    }
                }
            }
        }
    }
}
