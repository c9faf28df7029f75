pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// One choice among a few, as big buttons in two columns for a finger (what is wrong, what a
// complaint is about), with the problem under them. Options are {value, label}. Tests find an
// option as <key>_<value> and the message as <key>Error.
ColumnLayout {
    id: control

    property string key
    property string label
    property string error
    property var options: []
    property string value
    readonly property bool hasError: error.length > 0

    signal chosen(string value)

    spacing: Theme.spacingS

    Label {
        Layout.fillWidth: true
        text: control.label
        color: Theme.text
        font.pixelSize: Theme.kioskBody
        wrapMode: Text.Wrap
    }
    GridLayout {
        objectName: control.key + "Options"
        Layout.fillWidth: true
        columns: 2
        rowSpacing: Theme.spacingM
        columnSpacing: Theme.spacingM

        Repeater {
            model: control.options
            delegate: AbstractButton {
                id: option

                required property var modelData
                readonly property bool selected: control.value === modelData.value

                objectName: control.key + "_" + modelData.value
                Layout.fillWidth: true
                Layout.preferredWidth: 1 // equal columns whatever the label
                Layout.fillHeight: true // a row as high as its longest label
                implicitHeight: Math.max(Theme.kioskTouchTarget + Theme.spacingL, implicitContentHeight + topPadding + bottomPadding)
                padding: Theme.spacingL
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.RadioButton
                Accessible.name: modelData.label
                Accessible.checked: selected
                onClicked: control.chosen(modelData.value)

                background: Rectangle {
                    radius: Theme.radiusLarge
                    color: option.selected ? Theme.primarySoft : (option.down ? Theme.neutralSoft : Theme.surface)
                    border.width: option.selected || control.hasError || option.visualFocus ? 3 : 1
                    border.color: option.selected ? Theme.primary
                                                  : (control.hasError ? Theme.danger : (option.visualFocus ? Theme.focus : Theme.border))
                }
                contentItem: Label {
                    text: option.modelData.label
                    color: option.selected ? Theme.primary : Theme.text
                    font.pixelSize: Theme.kioskBody
                    font.weight: option.selected ? Font.DemiBold : Font.Normal
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.Wrap
                }
            }
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
