pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// A labelled one-line field in kiosk sizes, its problem right under it in red. Customers type
// with the system's on-screen keyboard or a keyboard. Tests find the parts as <key>Field and
// <key>Error.
ColumnLayout {
    id: control

    property string key
    property string label
    property string error
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property alias inputMethodHints: input.inputMethodHints
    property alias maximumLength: input.maximumLength
    readonly property alias input: input
    readonly property bool hasError: error.length > 0

    signal edited(string text)

    Layout.alignment: Qt.AlignTop
    spacing: Theme.spacingS

    // One line: fields side by side keep their boxes level (a wrapped label in a row of a
    // layout can keep the height it had while the row was still narrow).
    Label {
        Layout.fillWidth: true
        text: control.label
        color: Theme.text
        font.pixelSize: Theme.kioskBody
        elide: Text.ElideRight
    }
    TextField {
        id: input
        objectName: control.key + "Field"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.kioskTouchTarget + Theme.spacingL
        leftPadding: Theme.spacingL
        rightPadding: Theme.spacingL
        font.pixelSize: Theme.kioskBody
        color: Theme.text
        placeholderTextColor: Theme.textMuted
        selectByMouse: true
        Accessible.name: control.label
        Accessible.description: control.error
        onTextChanged: control.edited(text)
        background: Rectangle {
            radius: Theme.radius
            color: control.hasError ? Qt.alpha(Theme.dangerSoft, 0.6) : Theme.surface
            border.width: control.hasError || input.activeFocus ? 3 : 1
            border.color: control.hasError ? Theme.danger : (input.activeFocus ? Theme.primary : Theme.border)
        }
    }
    Label {
        objectName: control.key + "Error"
        Layout.fillWidth: true
        visible: control.hasError
        text: control.error
        color: Theme.danger
        font.pixelSize: Theme.fontLarge
        wrapMode: Text.Wrap
    }
}
