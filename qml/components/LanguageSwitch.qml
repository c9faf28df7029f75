pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import FieldDesk

// 中文 | English, switched at run time: a two-way toggle on the dark header. Each language is
// named in itself.
Rectangle {
    id: switcher

    property int targetHeight: Theme.touchTarget

    implicitWidth: options.implicitWidth + 8
    implicitHeight: targetHeight
    radius: height / 2
    color: Qt.alpha(Theme.textOnDark, 0.08)
    border.color: Qt.alpha(Theme.textOnDark, 0.35)

    Row {
        id: options
        anchors.centerIn: parent

        Repeater {
            model: [
                { code: "zh_CN", name: qsTr("中文", "language name, always in Chinese") },
                { code: "en", name: qsTr("English", "language name, always in English") }
            ]
            delegate: AbstractButton {
                id: option

                required property var modelData
                readonly property bool current: Language.language === modelData.code

                objectName: "language_" + modelData.code
                // The whole half is the touch target, the pill inside is only its look.
                implicitHeight: switcher.targetHeight
                implicitWidth: Math.max(switcher.targetHeight + 12, optionLabel.implicitWidth + 2 * Theme.spacingL)
                focusPolicy: Qt.StrongFocus
                Accessible.name: modelData.name
                onClicked: Language.setLanguage(modelData.code)

                background: Rectangle {
                    anchors.fill: parent
                    anchors.topMargin: 4
                    anchors.bottomMargin: 4
                    radius: height / 2
                    color: option.current ? Theme.textOnDark : (option.down ? Qt.alpha(Theme.textOnDark, 0.15) : "transparent")
                    border.width: option.visualFocus ? 2 : 0
                    border.color: Theme.focus
                }
                contentItem: Label {
                    id: optionLabel
                    text: option.modelData.name
                    color: option.current ? Theme.header : Theme.textOnDark
                    font.pixelSize: switcher.targetHeight > Theme.touchTarget ? Theme.fontLarge : Theme.fontBody
                    font.weight: option.current ? Font.DemiBold : Font.Normal
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }
    }
}
