pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// The sync bar: whether the server is reached, when the device last synced, what still waits
// to be sent, and what needs a person (refused changes, conflicts, a queue that does not drain).
// Staff tap it to open the sync panel.
Item {
    id: indicator

    property bool large: false
    /** The queue and its problems are for staff; a kiosk's customers see only whether it is connected. */
    property bool showQueue: true

    /** Staff tapped the bar: the shell opens the sync panel. */
    signal activated()

    readonly property bool stopped: SyncStatus.problem.length > 0
    readonly property color dotColor: indicator.stopped ? "#E5484D"
                                      : SyncStatus.syncing ? "#5AA9E6"
                                      : SyncStatus.connected ? "#4CC38A" : "#E5A54B"
    readonly property string issues: {
        const parts = []
        if (SyncStatus.failedCount > 0)
            parts.push(qsTr("%n change(s) refused", "", SyncStatus.failedCount))
        if (SyncStatus.conflictCount > 0)
            parts.push(qsTr("%n conflict(s)", "", SyncStatus.conflictCount))
        if (SyncStatus.stalled)
            parts.push(qsTr("changes are not going out"))
        if (indicator.stopped)
            parts.push(SyncStatus.problem)
        return parts.join(" · ")
    }

    implicitWidth: row.implicitWidth
    implicitHeight: row.implicitHeight

    RowLayout {
        id: row
        anchors.fill: parent
        spacing: Theme.spacingS

        Rectangle {
            Layout.alignment: Qt.AlignVCenter
            implicitWidth: 10
            implicitHeight: 10
            radius: 5
            color: indicator.dotColor
        }
        ColumnLayout {
            spacing: 0
            Label {
                objectName: "syncStateLabel"
                text: indicator.stopped ? qsTr("Sync stopped")
                      : SyncStatus.syncing ? qsTr("Syncing…")
                      : SyncStatus.connected ? qsTr("Connected") : qsTr("Not connected")
                color: Theme.textOnDark
                font.pixelSize: indicator.large ? Theme.fontMedium : Theme.fontBody
                font.weight: Font.DemiBold
            }
            Label {
                objectName: "syncPendingLabel"
                visible: indicator.showQueue
                text: SyncStatus.pendingCount > 0 ? qsTr("%n change(s) waiting to be sent", "", SyncStatus.pendingCount)
                      : SyncStatus.lastSyncAt > 0 ? qsTr("Synced at %1").arg(Qt.formatTime(new Date(SyncStatus.lastSyncAt), "HH:mm"))
                      : qsTr("Nothing waiting to be sent")
                color: Theme.textOnDarkMuted
                font.pixelSize: indicator.large ? Theme.fontBody : Theme.fontSmall
            }
            Label {
                objectName: "syncIssuesLabel"
                visible: indicator.showQueue && indicator.issues.length > 0
                Layout.maximumWidth: 320
                text: indicator.issues
                color: "#FFB4A8"
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
    }

    MouseArea {
        objectName: "syncNowArea"
        anchors.fill: parent
        enabled: indicator.showQueue
        cursorShape: enabled ? Qt.PointingHandCursor : Qt.ArrowCursor
        onClicked: indicator.activated()
    }
}
