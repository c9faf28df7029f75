pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// First run: a device that belongs to no outlet yet is enrolled before anything else. Staff,
// their PINs and the outlet's data arrive from the server afterwards, so sign-in works offline.
Item {
    id: screen

    objectName: "enrollScreen"

    function showScreen(name, arg) {
        return name === "enroll"
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXl, 560)
        implicitHeight: content.implicitHeight + 2 * Theme.spacingXl
        height: implicitHeight
        radius: Theme.radiusLarge
        color: Theme.surface
        border.color: Theme.border

        ColumnLayout {
            id: content
            anchors.fill: parent
            anchors.margins: Theme.spacingXl
            spacing: Theme.spacingL

            Label {
                Layout.fillWidth: true
                text: qsTr("Connect this device")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("This device does not belong to an outlet yet. Enter the server address and the enrollment code from your administrator.")
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            EnrollForm {
                Layout.fillWidth: true
            }
        }
    }
}
