pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// One ticket: facts on the left, timeline on the right, and the crew's next steps. The tablet
// takes the steps; the counter sees the same screen with the steps read-only.
Item {
    id: page

    required property string ticketId
    property bool showBack: true

    signal back()

    objectName: "ticketDetailPage"

    readonly property TicketDetail detail: TicketDetail {
        source: AppData
        session: Session
        ticketId: page.ticketId
    }
    readonly property WorkRecord work: WorkRecord {
        source: AppData
        session: Session
        ticketId: page.ticketId
        language: Language.language
    }
    // "return" or "chase" while the reason for it is being asked; "" otherwise.
    property string asking: ""
    readonly property bool askingReason: asking.length > 0

    function ask(what) {
        page.asking = what
        reasonField.forceActiveFocus()
    }

    function take(step) {
        if (step === "return") {
            page.ask("return")
            return
        }
        page.detail.apply(step, "")
    }

    // For the screen tour: "work" scrolls to the work record with its fault form filled from
    // @p values; "signature" opens the signature pad with a sample drawn.
    function showWork(what, values) {
        const shown = what === "signature" ? workPanel.showSignaturePad() : workPanel.showFaultForm(values)
        facts.contentY = Math.max(0, Math.min(workPanel.y, facts.contentHeight - facts.height))
        return shown
    }

    function confirmReason() {
        const ok = page.asking === "chase" ? page.work.chase(reasonField.text) : page.detail.apply("return", reasonField.text)
        if (ok) {
            reasonField.clear()
            page.asking = ""
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingL

        // Number, state, priority and deadline.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            FdButton {
                objectName: "backButton"
                visible: page.showBack
                variant: "secondary"
                text: qsTr("Back")
                onClicked: page.back()
            }
            Label {
                objectName: "detailTicketNo"
                text: page.detail.ticketNo
                color: Theme.textSecondary
                font.pixelSize: Theme.fontMedium
                font.family: "DejaVu Sans Mono"
            }
            StatusChip {
                objectName: "detailStateChip"
                text: Texts.stateLabel(page.detail.state)
                tone: Texts.stateTone(page.detail.state)
                fontSize: Theme.fontBody
                visible: page.detail.loaded
            }
            StatusChip {
                text: Texts.priorityLabel(page.detail.priority)
                tone: Texts.priorityTone(page.detail.priority)
                fontSize: Theme.fontBody
                visible: page.detail.loaded
            }
            Item { Layout.fillWidth: true }
            Label {
                visible: page.detail.loaded
                text: Texts.slaText(page.detail.dueAt, AppData.nowMs)
                color: page.detail.dueAt >= 0 && page.detail.dueAt < AppData.nowMs ? Theme.danger : Theme.text
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingXl

            // Facts and next steps.
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                radius: Theme.radiusLarge
                color: Theme.surface
                border.color: Theme.border

                Flickable {
                    id: facts
                    anchors.fill: parent
                    anchors.margins: Theme.spacingXl
                    contentHeight: factsColumn.implicitHeight
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds

                    ColumnLayout {
                        id: factsColumn
                        width: facts.width
                        spacing: Theme.spacingL

                        Label {
                            objectName: "detailTitle"
                            Layout.fillWidth: true
                            text: page.detail.title
                            color: Theme.text
                            font.pixelSize: Theme.fontTitle
                            font.weight: Font.Bold
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: page.detail.description
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.Wrap
                        }

                        InfoField { Layout.fillWidth: true; label: qsTr("Address"); value: page.detail.address }

                        // Two columns of facts. A positioner, not a GridLayout: Qt 6.4's GridLayout
                        // misplaced cells here when their text arrived after the first layout.
                        Grid {
                            id: factsGrid
                            Layout.fillWidth: true
                            columns: 2
                            columnSpacing: Theme.spacingXl
                            rowSpacing: Theme.spacingM
                            readonly property real cellWidth: (width - columnSpacing) / 2
                            InfoField { width: factsGrid.cellWidth; label: qsTr("Customer"); value: page.detail.customerName }
                            InfoField {
                                width: factsGrid.cellWidth
                                label: qsTr("Contact")
                                value: [page.detail.contactName, page.detail.contactPhone].filter(s => s.length > 0).join("  ")
                            }
                            InfoField { width: factsGrid.cellWidth; label: qsTr("Category"); value: Texts.categoryLabel(page.detail.category) }
                            InfoField { width: factsGrid.cellWidth; label: qsTr("Reported via"); value: Texts.channelLabel(page.detail.channel) }
                            InfoField {
                                width: factsGrid.cellWidth
                                label: qsTr("Crew")
                                value: page.detail.loaded && page.detail.crewName.length === 0 ? qsTr("Not dispatched to a crew") : page.detail.crewName
                            }
                            InfoField { width: factsGrid.cellWidth; label: qsTr("Reported at"); value: Texts.dateTime(page.detail.reportedAt) }
                        }

                        Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.divider }

                        WorkRecordPanel {
                            id: workPanel
                            objectName: "workRecordPanel"
                            Layout.fillWidth: true
                            visible: page.work.relevant
                            record: page.work
                        }
                        Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.divider; visible: workPanel.visible }

                        SectionTitle { text: qsTr("Next steps") }

                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.spacingM
                            visible: page.detail.nextSteps.length > 0 && !page.askingReason
                            Repeater {
                                model: page.detail.nextSteps
                                delegate: FdButton {
                                    required property string modelData
                                    objectName: "action_" + modelData
                                    text: Texts.actionLabel(modelData)
                                    variant: modelData === "return" ? "secondary" : "primary"
                                    enabled: page.detail.canAct && (modelData !== "finish" || page.work.missing.length === 0)
                                    onClicked: page.take(modelData)
                                }
                            }
                        }
                        Label {
                            objectName: "finishMissing"
                            Layout.fillWidth: true
                            visible: page.detail.canAct && page.detail.nextSteps.indexOf("finish") >= 0 && page.work.missing.length > 0
                                     && !page.askingReason
                            text: qsTr("Still to do before finishing: %1").arg(page.work.missing.join(Language.language === "en" ? ", " : "、"))
                            color: Theme.warning
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.Wrap
                        }
                        Label {
                            objectName: "readOnlyNote"
                            Layout.fillWidth: true
                            visible: text.length > 0 && !page.askingReason
                            text: page.detail.nextSteps.length === 0
                                  ? qsTr("The crew has no steps left on this ticket.")
                                  : !page.detail.canAct ? qsTr("Only the crew this ticket is dispatched to can take these steps, on its tablet.") : ""
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.Wrap
                        }

                        // Returning a misrouted order needs a reason the centre can act on.
                        ColumnLayout {
                            Layout.fillWidth: true
                            visible: page.askingReason
                            spacing: Theme.spacingS
                            Label {
                                text: page.asking === "chase" ? qsTr("Why is this order being chased?") : qsTr("Why are you returning this ticket?")
                                color: Theme.text
                                font.pixelSize: Theme.fontBody
                                font.weight: Font.DemiBold
                            }
                            TextArea {
                                id: reasonField
                                objectName: "returnReason"
                                Layout.fillWidth: true
                                Layout.preferredHeight: 96
                                font.pixelSize: Theme.fontBody
                                wrapMode: TextEdit.Wrap
                                placeholderText: page.asking === "chase" ? qsTr("e.g. the customer called again; the crew is 20 minutes late")
                                                                         : qsTr("e.g. the address is outside our area")
                            }
                            RowLayout {
                                spacing: Theme.spacingM
                                FdButton {
                                    objectName: "confirmReturn"
                                    text: page.asking === "chase" ? qsTr("Chase the order") : qsTr("Return ticket")
                                    variant: page.asking === "chase" ? "primary" : "danger"
                                    onClicked: page.confirmReason()
                                }
                                FdButton {
                                    text: qsTr("Cancel")
                                    variant: "secondary"
                                    onClicked: {
                                        page.asking = ""
                                        page.detail.clearError()
                                        page.work.clearError()
                                    }
                                }
                            }
                        }

                        Label {
                            objectName: "detailError"
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: page.detail.errorMessage || (page.askingReason ? page.work.errorMessage : "")
                            color: Theme.danger
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.Wrap
                        }

                        // Chasing a late order, at the counter; a note on the timeline, anywhere.
                        FdButton {
                            objectName: "chaseButton"
                            visible: page.work.canChase && !page.askingReason
                            text: qsTr("Chase this order")
                            variant: "secondary"
                            onClicked: page.ask("chase")
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            visible: page.work.canNote && !page.askingReason
                            spacing: Theme.spacingS
                            Label {
                                text: qsTr("Add a note")
                                color: Theme.textSecondary
                                font.pixelSize: Theme.fontBody
                            }
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: Theme.spacingM
                                TextField {
                                    id: noteField
                                    objectName: "noteField"
                                    Layout.fillWidth: true
                                    font.pixelSize: Theme.fontBody
                                    placeholderText: qsTr("Visible to everyone who works on this ticket")
                                }
                                FdButton {
                                    objectName: "noteAdd"
                                    text: qsTr("Add note")
                                    variant: "secondary"
                                    onClicked: {
                                        if (page.work.addNote(noteField.text))
                                            noteField.clear()
                                    }
                                }
                            }
                            Label {
                                objectName: "noteError"
                                Layout.fillWidth: true
                                visible: page.work.errorField === "note"
                                text: page.work.errorMessage
                                color: Theme.danger
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
            }

            // What happened so far.
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 2
                radius: Theme.radiusLarge
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.spacingXl
                    spacing: Theme.spacingM
                    SectionTitle { text: qsTr("Timeline") }
                    TimelineList {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        model: page.detail.timeline
                    }
                }
            }
        }
    }
}
