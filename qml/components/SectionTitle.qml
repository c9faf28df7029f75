import QtQuick
import QtQuick.Controls
import FieldDesk

// The heading of a block on a screen.
Label {
    color: Theme.text
    font.pixelSize: Theme.fontLarge
    font.weight: Font.DemiBold
}
