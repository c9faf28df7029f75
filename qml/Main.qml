pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import FieldDesk

// The app window. main.cpp sizes and shows it; AppShell holds the screens.
ApplicationWindow {
    id: window

    visible: false
    title: qsTr("FieldDesk")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody

    function showScreen(name, arg) {
        return shell.showScreen(name, arg)
    }

    AppShell {
        id: shell
        anchors.fill: parent
    }
}
