pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// Connects this device to the central server: its address and the one-time code an
// administrator made with `fielddesk-cli server enroll`. The code is used up on success.
ColumnLayout {
    id: form

    property string message
    property bool succeeded: false

    spacing: Theme.spacingM

    Connections {
        target: SyncStatus
        function onEnrollFinished(ok, message) {
            form.succeeded = ok
            form.message = ok ? qsTr("This device is enrolled. Its data is being fetched from the server.") : message
        }
    }

    FormTextField {
        id: server
        key: "enrollServer"
        Layout.fillWidth: true
        label: qsTr("Server address")
        placeholderText: "http://192.168.1.10:8470"
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
        hint: qsTr("Ask your administrator if you do not know it.")
    }
    FormTextField {
        id: code
        key: "enrollCode"
        Layout.fillWidth: true
        label: qsTr("Enrollment code")
        placeholderText: "ABCDE-FGH23"
        inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
        hint: qsTr("Ten letters and digits; it works once, for 24 hours.")
    }
    Label {
        objectName: "enrollMessage"
        Layout.fillWidth: true
        visible: form.message.length > 0
        text: form.message
        color: form.succeeded ? Theme.success : Theme.danger
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    FdButton {
        objectName: "enrollButton"
        Layout.alignment: Qt.AlignRight
        enabled: SyncStatus.canEnroll && !SyncStatus.enrolling && server.text.trim().length > 0 && code.text.trim().length > 0
        text: SyncStatus.enrolling ? qsTr("Enrolling…") : qsTr("Enroll this device")
        onClicked: {
            form.message = ""
            SyncStatus.enroll(server.text, code.text)
        }
    }
}
