pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// Everything about sync for staff, from the sync bar: the connection and "sync now", enrollment
// while the device has no server, the changes the server refused (send again / discard), and the
// values that lost to someone else's (keep theirs / apply mine again).
Drawer {
    id: panel

    edge: Qt.RightEdge
    width: Math.min(parent ? parent.width : 640, 640)
    height: parent ? parent.height : 800
    modal: true

    property string actionError

    SyncErrorModel {
        id: errors
        source: AppData
    }
    ConflictModel {
        id: conflicts
        source: AppData
    }

    Dialog {
        id: confirmDiscard
        objectName: "confirmDiscardDialog"
        property int row: -1
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: 460
        modal: true
        title: qsTr("Discard this change?")
        standardButtons: Dialog.NoButton
        contentItem: Label {
            width: confirmDiscard.availableWidth
            text: qsTr("It will never reach the server, and other devices will not see it. This cannot be undone.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
        }
        footer: RowLayout {
            spacing: Theme.spacingS
            Item { Layout.fillWidth: true }
            FdButton {
                variant: "secondary"
                text: qsTr("Keep it")
                onClicked: confirmDiscard.close()
            }
            FdButton {
                objectName: "confirmDiscardButton"
                variant: "danger"
                Layout.rightMargin: Theme.spacingL
                Layout.bottomMargin: Theme.spacingL
                text: qsTr("Discard")
                onClicked: {
                    panel.actionError = errors.discard(confirmDiscard.row)
                    confirmDiscard.close()
                }
            }
        }
    }

    background: Rectangle { color: Theme.background }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacingL

            Item { implicitHeight: Theme.spacingS }

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingXl
                Layout.rightMargin: Theme.spacingXl
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    SectionTitle { text: qsTr("Sync") }
                    Label {
                        objectName: "syncPanelState"
                        Layout.fillWidth: true
                        text: !SyncStatus.enrolled ? qsTr("This device is not connected to a server yet.")
                              : SyncStatus.problem.length > 0 ? SyncStatus.problem
                              : SyncStatus.syncing ? qsTr("Syncing…")
                              : SyncStatus.connected ? (SyncStatus.lastSyncAt > 0 ? qsTr("Connected, last synced %1").arg(Texts.dateTime(SyncStatus.lastSyncAt))
                                                                                  : qsTr("Connected"))
                              : qsTr("The server cannot be reached. Work goes on here and is sent when it can be.")
                        color: SyncStatus.problem.length > 0 ? Theme.danger : Theme.textSecondary
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                    }
                }
                FdButton {
                    objectName: "syncNowButton"
                    visible: SyncStatus.enrolled
                    enabled: !SyncStatus.syncing
                    text: qsTr("Sync now")
                    onClicked: SyncStatus.syncNow()
                }
            }

            EnrollForm {
                visible: !SyncStatus.enrolled
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingXl
                Layout.rightMargin: Theme.spacingXl
            }

            Label {
                objectName: "syncActionError"
                visible: panel.actionError.length > 0
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingXl
                Layout.rightMargin: Theme.spacingXl
                text: panel.actionError
                color: Theme.danger
                wrapMode: Text.Wrap
            }

            SectionTitle {
                Layout.leftMargin: Theme.spacingXl
                text: qsTr("Refused by the server (%1)").arg(errors.count)
            }
            Label {
                visible: errors.count === 0
                Layout.leftMargin: Theme.spacingXl
                text: qsTr("Nothing was refused.")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontBody
            }
            Repeater {
                model: errors
                delegate: SyncErrorRow {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingXl
                    Layout.rightMargin: Theme.spacingXl
                    onRetryClicked: row => panel.actionError = errors.retry(row)
                    onDiscardClicked: row => {
                        confirmDiscard.row = row
                        confirmDiscard.open()
                    }
                }
            }

            SectionTitle {
                Layout.leftMargin: Theme.spacingXl
                text: qsTr("Conflicts (%1 open)").arg(conflicts.openCount)
            }
            Label {
                visible: conflicts.count === 0
                Layout.leftMargin: Theme.spacingXl
                text: qsTr("No change of yours was overwritten.")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontBody
            }
            Repeater {
                model: conflicts
                delegate: ConflictRow {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingXl
                    Layout.rightMargin: Theme.spacingXl
                    onKeepTheirsClicked: row => panel.actionError = conflicts.keepTheirs(row, Session.staffId)
                    onReapplyMineClicked: row => panel.actionError = conflicts.reapplyMine(row, Session.staffId)
                }
            }
            Item { implicitHeight: Theme.spacingXl }
        }
    }
}
