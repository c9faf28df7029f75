pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import FieldDesk

// A small rounded label whose colour says what kind of status it is.
Rectangle {
    id: chip

    property string text
    // "info", "warning", "danger", "success" or "neutral"
    property string tone: "neutral"
    property int fontSize: Theme.fontSmall

    implicitWidth: label.implicitWidth + 2 * Theme.spacingM
    implicitHeight: Math.max(26, label.implicitHeight + Theme.spacingXs * 2)
    radius: height / 2
    color: Theme.toneSoftColor(tone)
    border.color: Qt.alpha(Theme.toneColor(tone), 0.25)

    Label {
        id: label
        anchors.centerIn: parent
        text: chip.text
        color: Theme.toneColor(chip.tone)
        font.pixelSize: chip.fontSize
        font.weight: Font.DemiBold
    }
}
