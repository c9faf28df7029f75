// Not `pragma ComponentBehavior: Bound`: Qt 6.4's Loader and StackView create their items in a
// child context and refuse bound components ("Cannot instantiate bound component outside its
// creation context"); Qt 6.5 lifts this. Delegates here still use required properties.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// The kiosk's attract and home screen: outage notices in force and big service tiles. After a
// minute without input it returns here and back to Chinese, forgetting the last customer.
Item {
    id: home

    objectName: "kioskHome"

    // Milliseconds without input before returning to the start; tests shorten it.
    property int idleTimeout: 60000
    // The open service panel's key, or "" on the home screen.
    property string service: ""
    readonly property var currentTile: tiles.find(t => t.serviceKey === home.service)

    readonly property var tiles: [
        { serviceKey: "balance", label: qsTr("Check ETC balance and status"), hint: qsTr("Card balance, card and OBU status"), icon: "balance", accent: "#1862A8" },
        { serviceKey: "recharge", label: qsTr("Recharge"), hint: qsTr("Top up a stored-value card"), icon: "recharge", accent: "#1F7A45" },
        { serviceKey: "lost", label: qsTr("Report a lost card"), hint: qsTr("Stop a lost or stolen card"), icon: "lost-card", accent: "#C0352B" },
        { serviceKey: "repair", label: qsTr("Repair request"), hint: qsTr("OBU or card not working"), icon: "repair", accent: "#9A5B00" },
        { serviceKey: "complaint", label: qsTr("Complaint"), hint: qsTr("Tell us what went wrong"), icon: "complaint", accent: "#6B4FA0" },
        { serviceKey: "survey", label: qsTr("Survey"), hint: qsTr("Rate our service"), icon: "survey", accent: "#2B7A8C" }
    ]

    function openService(key) {
        home.service = key
        return home.currentTile !== undefined
    }

    function returnToAttract() {
        home.service = ""
        Language.setLanguage(Language.defaultLanguage)
    }

    function showScreen(name, arg) {
        if (name === "home") {
            home.service = ""
            return true
        }
        if (name === "service")
            return home.openService(arg)
        return false
    }

    IdleWatcher {
        timeout: home.idleTimeout
        onIdle: home.returnToAttract()
    }

    readonly property OutageNoticeModel notices: OutageNoticeModel {
        source: AppData
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 48
        spacing: Theme.spacingXxl

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM
            Label {
                objectName: "kioskWelcome"
                Layout.fillWidth: true
                text: qsTr("Welcome")
                color: Theme.text
                font.pixelSize: Theme.kioskHeadline
                font.weight: Font.Bold
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Touch a service to begin.")
                color: Theme.textSecondary
                font.pixelSize: Theme.kioskBody
                wrapMode: Text.Wrap
            }
        }

        Repeater {
            model: home.notices
            delegate: OutageBanner {
                Layout.fillWidth: true
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: 2
            rowSpacing: Theme.spacingXl
            columnSpacing: Theme.spacingXl
            Repeater {
                model: home.tiles
                delegate: KioskTile {
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    // Equal shares whatever the label's length.
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: 1
                    serviceKey: modelData.serviceKey
                    label: modelData.label
                    hint: modelData.hint
                    iconName: modelData.icon
                    accent: modelData.accent
                    onClicked: home.openService(serviceKey)
                }
            }
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("For your privacy this kiosk keeps nothing once you leave. It returns to this screen after a minute without use.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontLarge
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
    }

    Loader {
        anchors.fill: parent
        active: home.currentTile !== undefined
        sourceComponent: KioskServicePanel {
            // Guarded: the panel may outlive the tile for a moment while the loader closes it.
            service: home.currentTile ? home.currentTile.serviceKey : ""
            title: home.currentTile ? home.currentTile.label : ""
            icon: home.currentTile ? home.currentTile.icon : "balance"
            accent: home.currentTile ? home.currentTile.accent : Theme.primary
            onDone: home.service = ""
        }
    }
}
