pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// One complaint: facts and the next steps on the left, its timeline on the right. Dispatching
// asks for the department, a reply for the answer given, escalating for the reason.
Item {
    id: page

    required property string complaintId

    signal back()

    objectName: "complaintDetailPage"

    readonly property ComplaintDetail detail: ComplaintDetail {
        source: AppData
        session: Session
        complaintId: page.complaintId
    }
    // "dispatch", "reply" or "escalate" while its input is being asked; "" otherwise.
    property string asking: ""

    function take(step) {
        page.detail.clearError()
        if (step === "dispatch" || step === "reply" || step === "escalate") {
            page.asking = step
            askField.clear()
            askField.forceActiveFocus()
            Qt.callLater(() => page.ensureVisible(askPanel))
            return
        }
        page.detail.apply(step)
    }

    function confirm() {
        const text = askField.text
        const ok = page.asking === "dispatch" ? page.detail.apply("dispatch", "", text)
                 : page.asking === "reply" ? page.detail.apply("reply", "", "", text)
                 : page.detail.apply("escalate", text)
        if (ok) {
            askField.clear()
            page.asking = ""
        }
    }

    // Scrolls the facts so that @p item, one of their parts, is in view.
    function ensureVisible(item) {
        let inFacts = false
        for (let p = item; p && !inFacts; p = p.parent)
            inFacts = p === factsColumn
        if (!inFacts)
            return
        const y = item.mapToItem(factsColumn, 0, 0).y
        if (y < facts.contentY || y + item.height > facts.contentY + facts.height)
            facts.contentY = Math.max(0, Math.min(y - Theme.spacingS, facts.contentHeight - facts.height))
    }

    function cancelAsk() {
        page.asking = ""
        page.detail.clearError()
    }

    // The message about what is being asked shows under its field; any other under the steps.
    readonly property bool askError: page.asking.length > 0 && page.detail.errorField.length > 0

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingL

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            FdButton {
                objectName: "backButton"
                variant: "secondary"
                text: qsTr("Back")
                onClicked: page.back()
            }
            Label {
                objectName: "detailComplaintNo"
                text: page.detail.complaintNo
                color: Theme.textSecondary
                font.pixelSize: Theme.fontMedium
                font.family: "DejaVu Sans Mono"
            }
            StatusChip {
                objectName: "detailLevelChip"
                visible: page.detail.loaded
                text: Texts.complaintLevelLabel(page.detail.level)
                tone: Texts.complaintLevelTone(page.detail.level)
                fontSize: Theme.fontBody
            }
            StatusChip {
                visible: page.detail.emergency
                text: qsTr("Emergency")
                tone: "danger"
                fontSize: Theme.fontBody
            }
            StatusChip {
                objectName: "detailStateChip"
                visible: page.detail.loaded
                text: Texts.complaintStateLabel(page.detail.state)
                tone: Texts.complaintStateTone(page.detail.state)
                fontSize: Theme.fontBody
            }
            Item { Layout.fillWidth: true }
            Label {
                objectName: "detailDue"
                visible: page.detail.loaded
                text: Texts.complaintDueText(page.detail.dueAt, AppData.nowMs)
                color: page.detail.dueAt >= 0 && page.detail.dueAt < AppData.nowMs ? Theme.danger : Theme.text
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingXl

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
                    ScrollBar.vertical: ScrollBar { }

                    ColumnLayout {
                        id: factsColumn
                        width: facts.width - Theme.spacingM
                        spacing: Theme.spacingL

                        Label {
                            objectName: "detailContent"
                            Layout.fillWidth: true
                            text: page.detail.content
                            color: Theme.text
                            font.pixelSize: Theme.fontLarge
                            wrapMode: Text.Wrap
                        }

                        // A positioner, not a GridLayout: see TicketDetailPage.
                        Grid {
                            id: factsGrid
                            Layout.fillWidth: true
                            columns: 2
                            columnSpacing: Theme.spacingXl
                            rowSpacing: Theme.spacingM
                            readonly property real cellWidth: (width - columnSpacing) / 2
                            InfoField {
                                width: factsGrid.cellWidth
                                label: qsTr("Complainant")
                                value: [page.detail.complainantName, page.detail.complainantPhone].filter(s => s.length > 0).join("  ")
                            }
                            InfoField { width: factsGrid.cellWidth; label: qsTr("Category"); value: Texts.complaintCategoryLabel(page.detail.category) }
                            InfoField { width: factsGrid.cellWidth; label: qsTr("Came in via"); value: Texts.channelLabel(page.detail.channel) }
                            InfoField { width: factsGrid.cellWidth; label: qsTr("Received at"); value: Texts.dateTime(page.detail.receivedAt) }
                            InfoField {
                                objectName: "detailOwner"
                                width: factsGrid.cellWidth
                                label: qsTr("First contact (owner)")
                                value: page.detail.ownerName
                            }
                            InfoField {
                                objectName: "detailDepartment"
                                width: factsGrid.cellWidth
                                label: qsTr("Department")
                                value: page.detail.department
                            }
                            InfoField { width: factsGrid.cellWidth; label: qsTr("Customer"); value: page.detail.customerName }
                            InfoField { width: factsGrid.cellWidth; label: qsTr("About ticket"); value: page.detail.ticketNo }
                        }
                        InfoField {
                            objectName: "detailReply"
                            Layout.fillWidth: true
                            visible: page.detail.reply.length > 0
                            label: page.detail.verdict === "satisfied" ? qsTr("Reply (complainant satisfied)")
                                 : page.detail.verdict === "unsatisfied" ? qsTr("Reply (complainant not satisfied)") : qsTr("Reply")
                            value: page.detail.reply
                        }

                        Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.divider }

                        SectionTitle { text: qsTr("Next steps") }

                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.spacingM
                            visible: page.asking.length === 0 && page.detail.nextSteps.length > 0
                            Repeater {
                                model: page.detail.nextSteps
                                delegate: FdButton {
                                    required property string modelData
                                    objectName: "action_" + modelData
                                    text: Texts.complaintActionLabel(modelData)
                                    variant: modelData === "escalate" || modelData === "unsatisfied" || modelData === "archive"
                                             ? "secondary" : "primary"
                                    onClicked: page.take(modelData)
                                }
                            }
                        }
                        Label {
                            objectName: "noStepsNote"
                            Layout.fillWidth: true
                            visible: page.detail.loaded && page.asking.length === 0 && page.detail.nextSteps.length === 0
                            text: !page.detail.canAct ? qsTr("Sign in as counter staff or a supervisor to work on this complaint.")
                                  : page.detail.state === "closed" ? qsTr("Closed. A supervisor files it away.")
                                  : qsTr("Nothing is left to do on this complaint.")
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.Wrap
                        }

                        // The department, the answer or the reason, as the step needs.
                        ColumnLayout {
                            id: askPanel
                            Layout.fillWidth: true
                            visible: page.asking.length > 0
                            spacing: Theme.spacingS
                            Label {
                                Layout.fillWidth: true
                                text: page.asking === "dispatch" ? qsTr("Which department handles it?")
                                      : page.asking === "reply" ? qsTr("What answer was given to the complainant?")
                                      : qsTr("Why is the complaint escalated?")
                                color: Theme.text
                                font.pixelSize: Theme.fontBody
                                font.weight: Font.DemiBold
                                wrapMode: Text.Wrap
                            }
                            TextArea {
                                id: askField
                                objectName: "askField"
                                Layout.fillWidth: true
                                Layout.preferredHeight: page.asking === "dispatch" ? Theme.touchTarget : 112
                                font.pixelSize: Theme.fontBody
                                wrapMode: TextEdit.Wrap
                                placeholderText: page.asking === "dispatch" ? qsTr("e.g. customer service centre")
                                                 : page.asking === "reply" ? qsTr("What was found and what was done about it")
                                                 : qsTr("e.g. the complainant rejects the answer and asks for a manager")
                                placeholderTextColor: Theme.textMuted
                                background: Rectangle {
                                    radius: Theme.radius
                                    color: page.askError ? Qt.alpha(Theme.dangerSoft, 0.5) : Theme.surface
                                    border.width: page.askError || askField.activeFocus ? 2 : 1
                                    border.color: page.askError ? Theme.danger : (askField.activeFocus ? Theme.focus : Theme.border)
                                }
                            }
                            Label {
                                objectName: "askError"
                                Layout.fillWidth: true
                                visible: page.askError
                                text: page.detail.errorMessage
                                color: Theme.danger
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                            }
                            RowLayout {
                                spacing: Theme.spacingM
                                FdButton {
                                    objectName: "confirmAsk"
                                    text: Texts.complaintActionLabel(page.asking)
                                    onClicked: page.confirm()
                                }
                                FdButton {
                                    objectName: "cancelAsk"
                                    text: qsTr("Cancel")
                                    variant: "secondary"
                                    onClicked: page.cancelAsk()
                                }
                            }
                        }

                        Label {
                            objectName: "detailError"
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: page.askError ? "" : page.detail.errorMessage
                            color: Theme.danger
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }

            // What happened so far, oldest first.
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
                    ListView {
                        id: timeline
                        objectName: "complaintTimeline"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        spacing: Theme.spacingL
                        boundsBehavior: Flickable.StopAtBounds
                        model: page.detail.timeline
                        delegate: ColumnLayout {
                            id: entry
                            required property var modelData
                            width: ListView.view.width
                            spacing: 2
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: Theme.spacingS
                                Label {
                                    Layout.fillWidth: true
                                    text: Texts.complaintEventLabel(entry.modelData.kind)
                                    color: Theme.text
                                    font.pixelSize: Theme.fontBody
                                    font.weight: Font.DemiBold
                                    elide: Text.ElideRight
                                }
                                Label {
                                    text: Texts.dateTime(entry.modelData.at)
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.fontSmall
                                }
                            }
                            Label {
                                Layout.fillWidth: true
                                visible: text.length > 0
                                text: entry.modelData.staffName
                                color: Theme.textSecondary
                                font.pixelSize: Theme.fontSmall
                            }
                            Label {
                                Layout.fillWidth: true
                                visible: text.length > 0
                                text: entry.modelData.note
                                color: Theme.text
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
            }
        }
    }
}
