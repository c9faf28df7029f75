pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// A label over its value, for detail screens. An empty value shows a dash: fields keep their
// place, so a grid of them never reflows as data arrives.
ColumnLayout {
    id: field

    property string label
    property string value

    spacing: 2

    Label {
        Layout.fillWidth: true
        text: field.label
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }
    Label {
        Layout.fillWidth: true
        text: field.value.length > 0 ? field.value : "—"
        color: field.value.length > 0 ? Theme.text : Theme.textMuted
        font.pixelSize: Theme.fontMedium
        wrapMode: Text.Wrap
    }
}
