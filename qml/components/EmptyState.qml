pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// What a list says when it has nothing to show, and what to do about it.
ColumnLayout {
    id: empty

    property string title
    property string detail

    spacing: Theme.spacingS

    Label {
        Layout.fillWidth: true
        text: empty.title
        font.pixelSize: Theme.fontLarge
        font.weight: Font.DemiBold
        color: Theme.text
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        visible: text.length > 0
        text: empty.detail
        font.pixelSize: Theme.fontBody
        color: Theme.textSecondary
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
    }
}
