pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// A labelled text box for a few sentences in kiosk sizes: it grows with what is written (the
// form around it scrolls), counts the characters against the limit, and shows its problem right
// under it. Tests find the parts as <key>Field and <key>Error.
ColumnLayout {
    id: control

    property string key
    property string label
    property string error
    property int maximumLength: 0
    property int minimumLines: 3
    property alias text: area.text
    property alias placeholderText: area.placeholderText
    readonly property alias input: area
    readonly property bool hasError: error.length > 0

    signal edited(string text)

    Layout.alignment: Qt.AlignTop
    spacing: Theme.spacingS

    Label {
        Layout.fillWidth: true
        text: control.label
        color: Theme.text
        font.pixelSize: Theme.kioskBody
        wrapMode: Text.Wrap
    }
    TextArea {
        id: area
        objectName: control.key + "Field"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(implicitHeight, control.minimumLines * font.pixelSize * 1.5 + topPadding + bottomPadding)
        padding: Theme.spacingL
        font.pixelSize: Theme.kioskBody
        color: Theme.text
        placeholderTextColor: Theme.textMuted
        wrapMode: TextEdit.Wrap
        selectByMouse: true
        Accessible.name: control.label
        Accessible.description: control.error
        onTextChanged: control.edited(text)
        background: Rectangle {
            radius: Theme.radius
            color: control.hasError ? Qt.alpha(Theme.dangerSoft, 0.6) : Theme.surface
            border.width: control.hasError || area.activeFocus ? 3 : 1
            border.color: control.hasError ? Theme.danger : (area.activeFocus ? Theme.primary : Theme.border)
        }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: control.hasError || count.visible
        spacing: Theme.spacingL
        Label {
            objectName: control.key + "Error"
            Layout.fillWidth: true
            text: control.error
            color: Theme.danger
            font.pixelSize: Theme.fontLarge
            wrapMode: Text.Wrap
        }
        // The count turns red past the limit, before the customer sends it.
        Label {
            id: count
            objectName: control.key + "Count"
            Layout.alignment: Qt.AlignTop
            visible: control.maximumLength > 0 && area.length > 0
            text: qsTr("%1 / %2").arg(area.length).arg(control.maximumLength)
            color: area.length > control.maximumLength ? Theme.danger : Theme.textMuted
            font.pixelSize: Theme.fontLarge
        }
    }
}
