pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// A customer follows up their repair request or complaint: the number on their receipt and the
// phone number they gave, typed on the keypad. Only their own case is shown, and only masked.
Rectangle {
    id: panel

    signal done()

    objectName: "casePanel"
    color: Theme.background

    readonly property CaseFinder finder: CaseFinder {
        source: AppData
        sync: SyncStatus
    }
    property string kind: "ticket"
    property TextField typing: numberField
    readonly property var found: finder.result

    // For the screen tour: a look-up as a customer would type it.
    function fill(values) {
        panel.kind = values.kind || "ticket"
        numberField.text = values.number || ""
        phoneField.text = values.phone || ""
        if (values.find)
            panel.finder.find(panel.kind, numberField.text, phoneField.text)
        return true
    }

    // A large field the keypad types into once it is touched.
    component KioskField: TextField {
        id: field
        Layout.fillWidth: true
        Layout.preferredHeight: 80
        font.pixelSize: Theme.kioskTitle
        inputMethodHints: Qt.ImhDigitsOnly
        onActiveFocusChanged: if (activeFocus) panel.typing = field
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.width: panel.typing === field ? 3 : 1
            border.color: panel.typing === field ? Theme.primary : Theme.border
        }
    }

    // Swallow touches so nothing behind the panel reacts.
    MouseArea { anchors.fill: parent }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 48
        spacing: Theme.spacingXl

        Label {
            Layout.fillWidth: true
            text: qsTr("Follow up my request")
            color: Theme.text
            font.pixelSize: Theme.kioskHeadline
            font.weight: Font.Bold
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Enter the number on your receipt and the phone number you gave us.")
            color: Theme.textSecondary
            font.pixelSize: Theme.kioskBody
            wrapMode: Text.Wrap
        }
        ChoiceRow {
            key: "caseKind"
            Layout.fillWidth: true
            options: [
                { value: "ticket", label: qsTr("Repair request (T-…)") },
                { value: "complaint", label: qsTr("Complaint (C-…)") }
            ]
            value: panel.kind
            onChosen: v => panel.kind = v
        }
        KioskField {
            id: numberField
            objectName: "case_number"
            maximumLength: 16 // 12 digits, and the spaces or dashes of a number copied from a receipt
            placeholderText: qsTr("Number, e.g. 0101 01 000123")
        }
        KioskField {
            id: phoneField
            objectName: "case_phone"
            maximumLength: 13 // 11 digits, spaced as people write them
            placeholderText: qsTr("Mobile number")
        }

        PinPad {
            Layout.fillWidth: true
            target: panel.typing
        }
        FdButton {
            objectName: "caseFind"
            Layout.fillWidth: true
            minimumHeight: 88
            font.pixelSize: Theme.kioskTitle
            enabled: !panel.finder.busy
            text: panel.finder.busy ? qsTr("Looking…") : qsTr("Look up")
            onClicked: panel.finder.find(panel.kind, numberField.text, phoneField.text)
        }
        Label {
            objectName: "caseError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: panel.finder.errorMessage
            color: Theme.danger
            font.pixelSize: Theme.kioskBody
            wrapMode: Text.Wrap
        }

        // The customer's case.
        Rectangle {
            objectName: "caseResult"
            Layout.fillWidth: true
            visible: !!panel.found.number
            implicitHeight: result.implicitHeight + 2 * 40
            radius: 24
            color: Theme.surface
            border.color: Theme.border
            ColumnLayout {
                id: result
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 40
                spacing: Theme.spacingL
                Label {
                    text: panel.found.number || ""
                    color: Theme.textSecondary
                    font.pixelSize: Theme.kioskBody
                    font.family: "DejaVu Sans Mono"
                }
                Label {
                    objectName: "caseStatus"
                    Layout.fillWidth: true
                    text: panel.found.state ? Texts.caseStatusText(panel.found.kind, panel.found.state) : ""
                    color: Theme.text
                    font.pixelSize: Theme.kioskTitle
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: panel.found.kind === "ticket" ? (panel.found.title || "") : Texts.complaintCategoryLabel(panel.found.category || "")
                    color: Theme.text
                    font.pixelSize: Theme.kioskBody
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: [qsTr("Received %1").arg(Texts.dateTime(panel.found.openedAt)),
                           qsTr("last change %1").arg(Texts.dateTime(panel.found.stateAt))].join(" · ")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.kioskBody
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: panel.found.kind === "complaint" && panel.found.dueAt > 0
                    text: qsTr("We will answer by %1.").arg(Texts.dateTime(panel.found.dueAt))
                    color: Theme.text
                    font.pixelSize: Theme.kioskBody
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: [panel.found.name, panel.found.phone].filter(s => !!s).join("  ")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.kioskBody
                }
            }
        }

        Item { Layout.fillHeight: true }

        FdButton {
            objectName: "caseBackButton"
            Layout.fillWidth: true
            minimumHeight: 96
            font.pixelSize: Theme.kioskTitle
            variant: "secondary"
            text: qsTr("Back to start")
            onClicked: { panel.finder.clear(); panel.done() }
        }
    }
}
