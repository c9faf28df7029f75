pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// Tells the truth about the server connection and what is still waiting to be sent.
RowLayout {
    id: indicator

    property bool large: false
    /** The outbox count is for staff; a kiosk's customers see only whether it is connected. */
    property bool showQueue: true

    spacing: Theme.spacingS

    Rectangle {
        Layout.alignment: Qt.AlignVCenter
        implicitWidth: 10
        implicitHeight: 10
        radius: 5
        color: SyncStatus.connected ? "#4CC38A" : "#E5A54B"
    }
    ColumnLayout {
        spacing: 0
        Label {
            objectName: "syncStateLabel"
            text: SyncStatus.connected ? qsTr("Connected") : qsTr("Not connected")
            color: Theme.textOnDark
            font.pixelSize: indicator.large ? Theme.fontMedium : Theme.fontBody
            font.weight: Font.DemiBold
        }
        Label {
            objectName: "syncPendingLabel"
            visible: indicator.showQueue
            text: SyncStatus.pendingCount > 0 ? qsTr("%n change(s) waiting to be sent", "", SyncStatus.pendingCount)
                                              : qsTr("Nothing waiting to be sent")
            color: Theme.textOnDarkMuted
            font.pixelSize: indicator.large ? Theme.fontBody : Theme.fontSmall
        }
    }
}
