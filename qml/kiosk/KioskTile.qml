pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// One big service tile on the kiosk: icon, name and one line of explanation, centred.
AbstractButton {
    id: tile

    required property string serviceKey
    required property string label
    required property string hint
    required property string iconName
    required property color accent

    objectName: "kioskTile_" + serviceKey
    implicitWidth: 420
    implicitHeight: Math.max(Theme.kioskTouchTarget, content.implicitHeight + 2 * Theme.spacingXxl)
    padding: Theme.spacingXxl
    focusPolicy: Qt.StrongFocus
    Accessible.name: label

    background: Rectangle {
        radius: 20
        color: tile.down ? Theme.primarySoft : Theme.surface
        border.color: tile.visualFocus ? Theme.focus : Theme.border
        border.width: tile.visualFocus ? 3 : 1
        // A band of the service's colour along the top edge.
        Rectangle {
            anchors.top: parent.top
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width - 2 * parent.radius
            height: 6
            color: tile.accent
        }
    }

    contentItem: Item {
        ColumnLayout {
            id: content
            anchors.centerIn: parent
            width: parent.width
            spacing: Theme.spacingL

            Rectangle {
                Layout.alignment: Qt.AlignHCenter
                implicitWidth: 112
                implicitHeight: 112
                radius: 56
                color: tile.accent
                Image {
                    anchors.centerIn: parent
                    source: "qrc:/FieldDesk/assets/icons/" + tile.iconName + ".svg"
                    sourceSize: Qt.size(60, 60)
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                text: tile.label
                color: Theme.text
                font.pixelSize: Theme.kioskTitle
                font.weight: Font.Bold
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: tile.hint
                color: Theme.textSecondary
                font.pixelSize: Theme.fontLarge
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
        }
    }
}
