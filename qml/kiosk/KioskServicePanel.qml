pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// What a service can do on this kiosk today, honestly: the money and card services need the
// server, which this kiosk cannot reach yet, and the lost-card report and the survey come with
// the next update. Repair requests and complaints have their own panel (KioskRequestPanel).
Rectangle {
    id: panel

    // "balance", "recharge", "lost" or "survey"
    required property string service
    required property string title
    required property string icon
    required property color accent

    signal done()

    readonly property bool needsServer: service === "balance" || service === "recharge"

    objectName: "servicePanel"
    color: Theme.background

    // Swallow touches so nothing behind the panel reacts.
    MouseArea { anchors.fill: parent }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 48
        spacing: Theme.spacingXxl

        // Centred: the panel reads as one message, not as a page with a gap under it.
        Item { Layout.fillHeight: true }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: body.implicitHeight + 2 * 56
            radius: 24
            color: Theme.surface
            border.color: Theme.border

            ColumnLayout {
                id: body
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 56
                spacing: Theme.spacingXxl

                Rectangle {
                    implicitWidth: 120
                    implicitHeight: 120
                    radius: 60
                    color: panel.accent
                    Image {
                        anchors.centerIn: parent
                        source: "qrc:/FieldDesk/assets/icons/" + panel.icon + ".svg"
                        sourceSize: Qt.size(64, 64)
                    }
                }
                Label {
                    objectName: "serviceTitle"
                    Layout.fillWidth: true
                    text: panel.title
                    color: Theme.text
                    font.pixelSize: Theme.kioskHeadline
                    font.weight: Font.Bold
                    wrapMode: Text.Wrap
                }
                StatusChip {
                    text: panel.needsServer ? qsTr("Needs the server connection") : qsTr("Coming with the next update")
                    tone: panel.needsServer ? "warning" : "info"
                    fontSize: Theme.fontLarge
                    implicitHeight: 44
                }
                Label {
                    objectName: "serviceMessage"
                    Layout.fillWidth: true
                    text: {
                        switch (panel.service) {
                        case "balance":
                            return qsTr("Your balance and card status are kept on the ETC server. This kiosk cannot reach the server yet, so it cannot show them — we would rather show nothing than a figure we cannot vouch for.")
                        case "recharge":
                            return qsTr("A recharge must be approved by the ETC server and written to your card. Taking payments at this kiosk comes with its next update; until then, please recharge at the counter.")
                        case "lost":
                            return qsTr("Reporting a lost card here comes with the next update of this kiosk. To stop a lost card now, please go to the counter: staff will report it straight away.")
                        case "survey":
                            return qsTr("The satisfaction survey comes with the next update of this kiosk. Thank you for wanting to tell us how we did.")
                        }
                        return ""
                    }
                    color: Theme.text
                    font.pixelSize: Theme.kioskBody
                    lineHeight: 1.3
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Staff at the counter can help you with this right now.")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.kioskBody
                    wrapMode: Text.Wrap
                }
            }
        }

        FdButton {
            objectName: "serviceBackButton"
            Layout.fillWidth: true
            minimumHeight: 96
            font.pixelSize: Theme.kioskTitle
            text: qsTr("Back to start")
            onClicked: panel.done()
        }

        Item { Layout.fillHeight: true }
    }
}
