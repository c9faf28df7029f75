pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// Staff sign-in for the tablet and the counter: staff number and PIN, checked offline.
Item {
    id: screen

    objectName: "signInScreen"

    function showScreen(name, arg) {
        return name === "signin"
    }

    function submit() {
        if (Session.signIn(staffNoField.text, pinField.text))
            return
        pinField.clear()
        if (staffNoField.text.trim().length === 0)
            staffNoField.forceActiveFocus()
        else
            pinField.forceActiveFocus()
    }

    Component.onCompleted: {
        Session.clearError()
        staffNoField.forceActiveFocus()
    }

    Rectangle {
        id: card
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXl, 920)
        height: Math.min(parent.height - 2 * Theme.spacingXl, 640)
        radius: Theme.radiusLarge
        color: Theme.surface
        border.color: Theme.border

        RowLayout {
            anchors.fill: parent
            spacing: 0

            // Who this device is for. Rounded on the left only, to sit flush in the card.
            Rectangle {
                Layout.fillHeight: true
                Layout.preferredWidth: card.width * 0.4
                radius: card.radius
                color: Theme.primary

                Rectangle {
                    anchors.right: parent.right
                    width: parent.radius
                    height: parent.height
                    color: parent.color
                }

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.spacingXxl
                    spacing: Theme.spacingM

                    Label {
                        Layout.fillWidth: true
                        text: Texts.modeLabel(Device.mode)
                        color: Theme.textOnDarkMuted
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                    }
                    Label {
                        objectName: "signInTitle"
                        Layout.fillWidth: true
                        text: qsTr("Staff sign-in")
                        color: Theme.textOnDark
                        font.pixelSize: Theme.fontHeadline
                        font.weight: Font.Bold
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: Device.mode === "tablet"
                              ? qsTr("Sign in to see your crew's tickets and record each step on the way.")
                              : qsTr("Sign in to look up customers and tickets at the counter.")
                        color: Theme.textOnDark
                        font.pixelSize: Theme.fontMedium
                        wrapMode: Text.Wrap
                        lineHeight: 1.2
                    }
                    Item { Layout.fillHeight: true }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Your PIN is checked on this device, so signing in works without a connection.")
                        color: Theme.textOnDarkMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.margins: Theme.spacingXxl
                spacing: Theme.spacingS

                Label {
                    text: qsTr("Staff number")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontBody
                }
                TextField {
                    id: staffNoField
                    objectName: "staffNoField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget + 4
                    font.pixelSize: Theme.fontLarge
                    placeholderText: qsTr("e.g. 1001")
                    inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText
                    maximumLength: 20
                    onAccepted: pinField.forceActiveFocus()
                    onTextEdited: Session.clearError()
                }

                Label {
                    Layout.topMargin: Theme.spacingS
                    text: qsTr("PIN")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontBody
                }
                TextField {
                    id: pinField
                    objectName: "pinField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget + 4
                    font.pixelSize: Theme.fontLarge
                    echoMode: TextInput.Password
                    passwordCharacter: "●"
                    placeholderText: qsTr("4 to 8 digits")
                    inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                    validator: RegularExpressionValidator { regularExpression: /[0-9]{0,8}/ }
                    maximumLength: 8
                    onAccepted: screen.submit()
                    onTextEdited: Session.clearError()
                }

                // The error sits right under the field it is about, in words staff understand.
                Label {
                    id: errorLabel
                    objectName: "signInError"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(implicitHeight, 40)
                    text: Session.errorMessage
                    visible: text.length > 0
                    color: Theme.danger
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                }
                Item {
                    visible: !errorLabel.visible
                    Layout.preferredHeight: 40
                }

                PinPad {
                    Layout.fillWidth: true
                    target: pinField
                }

                FdButton {
                    objectName: "signInButton"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingS
                    Layout.preferredHeight: 56
                    text: qsTr("Sign in")
                    onClicked: screen.submit()
                }
                Item { Layout.fillHeight: true }
            }
        }
    }
}
