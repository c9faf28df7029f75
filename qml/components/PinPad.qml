pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// Digits, large enough for a gloved finger; types into `target`, up to its maximumLength.
GridLayout {
    id: pad

    required property TextField target

    columns: 3
    rowSpacing: Theme.spacingS
    columnSpacing: Theme.spacingS

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "back"]
        delegate: FdButton {
            id: key

            required property string modelData

            objectName: "pinKey_" + modelData
            Layout.fillWidth: true
            Layout.preferredWidth: 1 // equal columns whatever the label
            Layout.preferredHeight: 52
            variant: "secondary"
            focusPolicy: Qt.NoFocus
            font.pixelSize: modelData.length === 1 ? Theme.fontTitle : Theme.fontBody
            text: modelData === "clear" ? qsTr("Clear") : modelData === "back" ? qsTr("Delete") : modelData
            Accessible.name: modelData === "back" ? qsTr("Delete last digit") : text
            onClicked: {
                if (key.modelData === "clear")
                    pad.target.clear()
                else if (key.modelData === "back")
                    pad.target.remove(pad.target.length - 1, pad.target.length)
                else if (pad.target.length < pad.target.maximumLength)
                    pad.target.insert(pad.target.length, key.modelData)
            }
        }
    }
}
