pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// A labelled set of mutually exclusive choices shown side by side (individual or company, plate
// colour, urgency), each a full touch target, with the problem directly under it. Options are
// {value, label} with an optional swatch: a list of one colour, or two for a gradient.
// Tests find an option as <key>_<value> and the message as <key>Error.
ColumnLayout {
    id: control

    property string key
    property string label
    property string error
    property var options: []
    property var value
    readonly property bool hasError: error.length > 0

    signal chosen(var value)

    // In a row of fields, labels line up even when a neighbour shows a message.
    Layout.alignment: Qt.AlignTop
    spacing: Theme.spacingXs

    Label {
        Layout.fillWidth: true
        visible: control.label.length > 0
        text: control.label
        color: Theme.textSecondary
        font.pixelSize: Theme.fontBody
        elide: Text.ElideRight
    }
    Flow {
        objectName: control.key + "Options"
        Layout.fillWidth: true
        spacing: Theme.spacingS

        Repeater {
            model: control.options
            delegate: AbstractButton {
                id: option

                required property var modelData
                readonly property bool selected: control.value === modelData.value
                readonly property var swatch: modelData.swatch || []

                objectName: control.key + "_" + modelData.value
                implicitHeight: Theme.touchTarget
                implicitWidth: Math.max(Theme.touchTarget + Theme.spacingL, implicitContentWidth + leftPadding + rightPadding)
                leftPadding: Theme.spacingM
                rightPadding: Theme.spacingM
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.RadioButton
                Accessible.name: modelData.label
                Accessible.checked: selected
                onClicked: control.chosen(modelData.value)

                background: Rectangle {
                    radius: Theme.radius
                    color: option.selected ? Theme.primarySoft : (option.down ? Theme.neutralSoft : Theme.surface)
                    border.width: option.selected || control.hasError ? 2 : 1
                    border.color: option.selected ? Theme.primary : (control.hasError ? Theme.danger : Theme.border)
                    Rectangle {
                        anchors.fill: parent
                        anchors.margins: -3
                        radius: Theme.radius + 3
                        color: "transparent"
                        border.width: 2
                        border.color: Theme.focus
                        visible: option.visualFocus
                    }
                }
                // Centred by the two spacers; no spacing, so they add no width.
                contentItem: RowLayout {
                    spacing: 0
                    Item { Layout.fillWidth: true }
                    Rectangle {
                        visible: option.swatch.length > 0
                        implicitWidth: 24
                        implicitHeight: 16
                        radius: 3
                        border.color: Theme.textMuted
                        gradient: Gradient {
                            orientation: Gradient.Horizontal
                            GradientStop { position: 0; color: option.swatch[0] || "transparent" }
                            GradientStop { position: 1; color: option.swatch[option.swatch.length - 1] || "transparent" }
                        }
                    }
                    Label {
                        Layout.leftMargin: option.swatch.length > 0 ? Theme.spacingS : 0
                        text: option.modelData.label
                        color: option.selected ? Theme.primary : Theme.text
                        font.pixelSize: Theme.fontBody
                        font.weight: option.selected ? Font.DemiBold : Font.Normal
                    }
                    Item { Layout.fillWidth: true }
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
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }
}
