pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// A labelled text field with its problem directly under it: the message in the error colour and
// the border red, so staff see what to fix where they typed it. Tests find the parts by key:
// <key>Field and <key>Error.
ColumnLayout {
    id: control

    property string key
    property string label
    property string error
    // Shown under the field, muted, while there is no problem to show instead.
    property string hint
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property alias inputMethodHints: input.inputMethodHints
    property alias maximumLength: input.maximumLength
    readonly property alias input: input
    readonly property bool hasError: error.length > 0

    // Every change of the text, typed or pasted or committed by an input method.
    signal edited(string text)

    function focusInput() {
        input.forceActiveFocus()
    }

    // In a row of fields, labels line up even when a neighbour shows a message.
    Layout.alignment: Qt.AlignTop
    spacing: Theme.spacingXs

    Label {
        Layout.fillWidth: true
        text: control.label
        color: Theme.textSecondary
        font.pixelSize: Theme.fontBody
        elide: Text.ElideRight
    }
    TextField {
        id: input
        objectName: control.key + "Field"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        leftPadding: Theme.spacingM
        rightPadding: Theme.spacingM
        font.pixelSize: Theme.fontMedium
        color: Theme.text
        placeholderTextColor: Theme.textMuted
        selectByMouse: true
        Accessible.name: control.label
        Accessible.description: control.error
        onTextChanged: control.edited(text)
        background: Rectangle {
            radius: Theme.radius
            color: control.hasError ? Qt.alpha(Theme.dangerSoft, 0.5) : Theme.surface
            border.width: control.hasError || input.activeFocus ? 2 : 1
            border.color: control.hasError ? Theme.danger : (input.activeFocus ? Theme.focus : Theme.border)
        }
    }
    Label {
        objectName: control.key + "Error"
        Layout.fillWidth: true
        visible: control.hasError
        text: control.error
        color: Theme.danger
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        visible: !control.hasError && control.hint.length > 0
        text: control.hint
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }
}
