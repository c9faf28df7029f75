// Not `pragma ComponentBehavior: Bound`: Qt 6.4's Loader and StackView create their items in a
// child context and refuse bound components ("Cannot instantiate bound component outside its
// creation context"); Qt 6.5 lifts this. Delegates here still use required properties.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// Everything inside the window: the header, and the screen for the device's mode — the sign-in
// until a staff member is signed in (tablet, counter), the kiosk's home straight away.
Rectangle {
    id: shell

    color: Theme.background

    readonly property Item current: modeLoader.item

    // For --self-test, --screenshot and tests: shows a named screen; false if it cannot be shown.
    function showScreen(name, arg) {
        syncPanel.close()
        if (name === "sync") {
            if (Device.mode === "kiosk")
                return false
            syncPanel.openNow()
            return true
        }
        if (!modeLoader.item)
            return false
        return modeLoader.item.showScreen(name, arg)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        AppHeader {
            objectName: "appHeader"
            Layout.fillWidth: true
            onSyncClicked: syncPanel.open()
        }

        Loader {
            id: modeLoader
            objectName: "modeLoader"
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: {
                if (!Device.enrolled)
                    return enrollComponent
                if (Device.mode === "kiosk")
                    return kioskComponent
                if (!Session.signedIn)
                    return signInComponent
                return Device.mode === "tablet" ? tabletComponent : counterComponent
            }
        }
    }

    // Staff only: a kiosk's customers never reach it (its header does not open it).
    SyncPanel {
        id: syncPanel
        objectName: "syncPanel"

        // The screen tour photographs it fully open, not half-way through sliding in.
        function openNow() {
            const transition = syncPanel.enter
            syncPanel.enter = null
            syncPanel.open()
            syncPanel.position = 1
            syncPanel.enter = transition
        }
    }

    Component {
        id: enrollComponent
        EnrollScreen { }
    }
    Component {
        id: signInComponent
        SignInScreen { }
    }
    Component {
        id: tabletComponent
        TabletHome { }
    }
    Component {
        id: counterComponent
        CounterHome { }
    }
    Component {
        id: kioskComponent
        KioskHome { }
    }
}
