pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// What the customer takes away once a repair request or complaint is saved: its number, large,
// what to do with it, and the phone number given, masked. Nothing else of what they typed.
Item {
    id: receipt

    // "repair" or "complaint"
    required property string kind
    required property string number
    required property string receiptText
    required property string maskedPhone
    required property string icon
    required property color accent

    signal followUp()
    signal done()

    objectName: "requestReceipt"

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingXxl

        // Centred: the receipt reads as one message, not as a page with a gap under it.
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
                spacing: Theme.spacingXl

                Rectangle {
                    implicitWidth: 120
                    implicitHeight: 120
                    radius: 60
                    color: receipt.accent
                    Image {
                        anchors.centerIn: parent
                        source: "qrc:/FieldDesk/assets/icons/" + receipt.icon + ".svg"
                        sourceSize: Qt.size(64, 64)
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: receipt.kind === "complaint" ? qsTr("We have received your complaint") : qsTr("We have received your repair request")
                    color: Theme.text
                    font.pixelSize: Theme.kioskTitle
                    font.weight: Font.Bold
                    wrapMode: Text.Wrap
                }
                // The number as it is read out: large, one character per column.
                Label {
                    objectName: "requestNumber"
                    Layout.fillWidth: true
                    text: receipt.number
                    color: Theme.primary
                    font.pixelSize: Theme.kioskHeadline
                    font.family: "DejaVu Sans Mono"
                    font.weight: Font.Bold
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.kioskTitle
                }
                Label {
                    objectName: "requestReceiptText"
                    Layout.fillWidth: true
                    text: receipt.receiptText
                    color: Theme.text
                    font.pixelSize: Theme.kioskBody
                    lineHeight: 1.3
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "requestMaskedPhone"
                    Layout.fillWidth: true
                    text: qsTr("Phone number given: %1").arg(receipt.maskedPhone)
                    color: Theme.textSecondary
                    font.pixelSize: Theme.kioskBody
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: receipt.kind === "complaint" ? qsTr("The department responsible will contact you with an answer.")
                                                       : qsTr("A repair crew will call you to arrange a visit.")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.kioskBody
                    wrapMode: Text.Wrap
                }
                // Saved locally either way; say so when it cannot be passed on yet.
                Label {
                    objectName: "requestOffline"
                    Layout.fillWidth: true
                    visible: !SyncStatus.connected
                    text: qsTr("Saved on this kiosk; it is passed on once the connection is back.")
                    color: Theme.info
                    font.pixelSize: Theme.fontLarge
                    wrapMode: Text.Wrap
                    padding: Theme.spacingM
                    background: Rectangle {
                        radius: Theme.radius
                        color: Theme.infoSoft
                    }
                }
            }
        }

        FdButton {
            objectName: "requestFollowUp"
            Layout.fillWidth: true
            minimumHeight: 96
            font.pixelSize: Theme.kioskTitle
            text: qsTr("Follow up now")
            onClicked: receipt.followUp()
        }
        FdButton {
            objectName: "requestDone"
            Layout.fillWidth: true
            minimumHeight: 96
            font.pixelSize: Theme.kioskTitle
            variant: "secondary"
            text: qsTr("Back to start")
            onClicked: receipt.done()
        }

        Item { Layout.fillHeight: true }
    }
}
