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
        { serviceKey: "survey", label: qsTr("Survey"), hint: qsTr("Rate our service"), icon: "survey", accent: "#2B7A8C" },
        { serviceKey: "case", label: qsTr("Follow up my request"), hint: qsTr("Where a repair request or complaint stands"), icon: "notice", accent: "#34557A" }
    ]

    function openService(key) {
        // Through the start, so every service opens fresh: nothing typed for one carries over.
        home.service = ""
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
        // The follow-up panel with a look-up typed in: {kind, number, phone, find}.
        if (name === "case" || name === "case-found" || name === "case-notfound") {
            const values = JSON.parse(arg)
            home.openService("case")
            return caseLoader.item.fill(values)
        }
        // A repair request or complaint with some fields filled in: {field: value, …}.
        if (name === "request-repair" || name === "request-complaint") {
            home.openService(name === "request-repair" ? "repair" : "complaint")
            return requestLoader.item.fill(JSON.parse(arg || "{}"))
        }
        // The same, checked so that every message shows ({kind, field: value, …}); nothing is saved.
        if (name === "request-errors") {
            const values = JSON.parse(arg)
            home.openService(values.kind || "repair")
            requestLoader.item.fill(values)
            return requestLoader.item.check()
        }
        // The receipt, with the made-up number the tour passes ({kind, number, maskedPhone}):
        // the tour writes nothing, so there is no real one to show.
        if (name === "request-receipt") {
            const values = JSON.parse(arg)
            home.openService(values.kind || "repair")
            return requestLoader.item.previewReceiptForTour(values)
        }
        return false
    }

    // The follow-up panel with the request just saved, looked up straight away. The phone field
    // is emptied again once the look-up has it: the receipt may be left open for the next person,
    // who must not see the number in full behind "Follow up now".
    function followUp(query) {
        home.openService("case")
        caseLoader.item.fill({ kind: query.kind, number: query.number, phone: query.phone, find: true })
        caseLoader.item.fill({ kind: query.kind, number: query.number, phone: "" })
    }

    IdleWatcher {
        id: idleWatcher
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
        id: caseLoader
        anchors.fill: parent
        active: home.service === "case"
        sourceComponent: KioskCasePanel {
            onDone: home.service = ""
        }
    }

    // Repair requests and complaints. Leaving, or the idle timeout, deactivates the loader, and
    // the panel and its form with everything typed into it are destroyed.
    Loader {
        id: requestLoader
        anchors.fill: parent
        active: home.service === "repair" || home.service === "complaint"
        sourceComponent: KioskRequestPanel {
            // Guarded: the panel may outlive the tile for a moment while the loader closes it.
            kind: home.service === "complaint" ? "complaint" : "repair"
            title: home.currentTile ? home.currentTile.label : ""
            icon: home.currentTile ? home.currentTile.icon : "repair"
            accent: home.currentTile ? home.currentTile.accent : Theme.primary
            onDone: home.service = ""
            onFollowUp: query => home.followUp(query)
            onActivity: idleWatcher.poke()
        }
    }

    Loader {
        anchors.fill: parent
        // Not for the services with a panel of their own. Read from home.service itself, not from
        // the other loaders, which a binding could see before they change.
        active: !["case", "repair", "complaint"].includes(home.service) && home.currentTile !== undefined
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
