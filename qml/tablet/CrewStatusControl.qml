pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// The crew's status in the list header: what the dispatcher sees (standby, busy, away, off), and a
// panel to change it. Away is announced in advance, with a reason and until when.
RowLayout {
    id: control

    readonly property CrewStatus crew: CrewStatus {
        source: AppData
        session: Session
    }
    readonly property alias panel: panel

    objectName: "crewStatusControl"
    visible: crew.loaded
    spacing: Theme.spacingS

    FdButton {
        objectName: "crewStatusButton"
        variant: "secondary"
        text: control.crew.status === "away" && control.crew.awayUntil > 0
              ? qsTr("%1 until %2").arg(Texts.crewStatusLabel(control.crew.status)).arg(Texts.dateTime(control.crew.awayUntil))
              : Texts.crewStatusLabel(control.crew.status)
        Accessible.name: qsTr("Crew status: %1").arg(text)
        onClicked: panel.open()

        // The status's colour as a dot in front of the words.
        leftPadding: Theme.spacingL + 18
        Rectangle {
            x: Theme.spacingL
            anchors.verticalCenter: parent.verticalCenter
            width: 10
            height: 10
            radius: 5
            color: Theme.toneColor(Texts.crewStatusTone(control.crew.status))
        }
    }

    Popup {
        id: panel
        objectName: "crewStatusPanel"

        property string choice: control.crew.status
        property int awayMinutes: 60

        // A note left as it was belongs to the old status: another status starts without it.
        function choose(value) {
            control.crew.clearError()
            if (value !== control.crew.status && noteField.text === control.crew.statusNote)
                noteField.text = ""
            else if (value === control.crew.status && noteField.text.length === 0)
                noteField.text = control.crew.statusNote
            panel.choice = value
        }

        parent: Overlay.overlay
        x: Math.round((parent.width - width) / 2)
        y: Math.round((parent.height - height) / 3)
        width: Math.min(parent.width - 2 * Theme.spacingXl, 560)
        modal: true
        focus: true
        padding: Theme.spacingXl
        onAboutToShow: {
            control.crew.clearError()
            panel.choice = control.crew.status
            noteField.text = control.crew.statusNote
        }
        background: Rectangle {
            radius: Theme.radiusLarge
            color: Theme.surface
            border.color: Theme.border
        }

        contentItem: ColumnLayout {
            spacing: Theme.spacingL

            SectionTitle {
                text: qsTr("Crew status")
            }
            ChoiceRow {
                key: "crewStatus"
                Layout.fillWidth: true
                value: panel.choice
                options: ["standby", "busy", "away", "off"].map(s => ({ value: s, label: Texts.crewStatusLabel(s) }))
                error: control.crew.errorField === "status" ? control.crew.errorMessage : ""
                onChosen: value => panel.choose(value)
            }
            FormTextField {
                id: noteField
                key: "crewStatusNote"
                Layout.fillWidth: true
                label: panel.choice === "away" ? qsTr("Why the crew is away") : qsTr("Note (optional)")
                placeholderText: panel.choice === "away" ? qsTr("For example: vehicle inspection") : ""
                maximumLength: 200
                error: control.crew.errorField === "note" ? control.crew.errorMessage : ""
            }
            ChoiceRow {
                key: "awayFor"
                Layout.fillWidth: true
                visible: panel.choice === "away"
                label: qsTr("Away for")
                value: panel.awayMinutes
                options: [30, 60, 120, 240].map(m => ({ value: m, label: m < 60 ? qsTr("%n min", "", m) : qsTr("%n h", "", m / 60) }))
                error: control.crew.errorField === "awayUntil" ? control.crew.errorMessage : ""
                onChosen: value => panel.awayMinutes = value
            }
            Label {
                objectName: "crewStatusError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: ["status", "note", "awayUntil"].includes(control.crew.errorField) ? "" : control.crew.errorMessage
                color: Theme.danger
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingM
                Item { Layout.fillWidth: true }
                FdButton {
                    variant: "secondary"
                    text: qsTr("Cancel")
                    onClicked: panel.close()
                }
                FdButton {
                    objectName: "saveCrewStatus"
                    text: qsTr("Save")
                    onClicked: {
                        if (control.crew.setStatus(panel.choice, noteField.text, panel.choice === "away" ? panel.awayMinutes : 0))
                            panel.close()
                    }
                }
            }
        }
    }
}
