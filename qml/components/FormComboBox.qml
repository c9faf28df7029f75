pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// A labelled drop-down with its problem directly under it, for longer lists of choices. Options
// are {value, text}; until one is chosen the box shows the placeholder. Tests find the parts by
// key: <key>Box and <key>Error.
ColumnLayout {
    id: control

    property string key
    property string label
    property string error
    property string placeholder
    property var options: []
    property var value
    readonly property bool hasError: error.length > 0
    readonly property alias box: box

    signal chosen(var value)

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
    ComboBox {
        id: box
        objectName: control.key + "Box"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        font.pixelSize: Theme.fontMedium
        model: control.options
        textRole: "text"
        valueRole: "value"
        currentIndex: {
            for (let i = 0; i < control.options.length; ++i) {
                if (control.options[i].value === control.value)
                    return i
            }
            return -1
        }
        displayText: currentIndex < 0 ? control.placeholder : currentText
        Accessible.name: control.label
        Accessible.description: control.error
        onActivated: index => control.chosen(control.options[index].value)

        contentItem: Label {
            leftPadding: Theme.spacingM
            rightPadding: box.indicator.width + Theme.spacingS
            text: box.displayText
            font: box.font
            color: box.currentIndex < 0 ? Theme.textMuted : Theme.text
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideRight
        }
        background: Rectangle {
            radius: Theme.radius
            color: control.hasError ? Qt.alpha(Theme.dangerSoft, 0.5) : (box.down ? Theme.neutralSoft : Theme.surface)
            border.width: control.hasError || box.visualFocus ? 2 : 1
            border.color: control.hasError ? Theme.danger : (box.visualFocus ? Theme.focus : Theme.border)
        }
        delegate: ItemDelegate {
            id: entry
            required property var modelData
            required property int index
            width: ListView.view ? ListView.view.width : implicitWidth
            implicitHeight: Theme.touchTarget
            text: modelData.text
            font.pixelSize: Theme.fontMedium
            highlighted: box.highlightedIndex === index
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
}
