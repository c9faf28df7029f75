pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// The counter's open complaints, the one to answer soonest first: level, emergency and state at
// a glance, the handle-by countdown and who owns it (first-contact responsibility).
Item {
    id: page

    signal complaintChosen(string complaintId)
    signal newComplaintRequested()

    objectName: "complaintsPage"

    readonly property ComplaintListModel complaints: ComplaintListModel {
        source: AppData
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingL

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    text: qsTr("Complaints")
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.Bold
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Open complaints, the one to answer soonest first.")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontBody
                    elide: Text.ElideRight
                }
            }
            StatusChip {
                objectName: "complaintsOverdueChip"
                visible: page.complaints.overdueCount > 0
                text: qsTr("%n overdue", "", page.complaints.overdueCount)
                tone: "danger"
                fontSize: Theme.fontBody
            }
            FdButton {
                objectName: "newComplaintButton"
                text: qsTr("New complaint")
                onClicked: page.newComplaintRequested()
            }
        }

        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.complaints.errorMessage
            color: Theme.danger
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        ListView {
            id: list
            objectName: "complaintList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingM
            model: page.complaints
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { }

            delegate: ItemDelegate {
                id: row

                required property int index
                required property string complaintId
                required property string complaintNo
                required property string complainantName
                required property string category
                required property string level
                required property string complaintState
                required property bool emergency
                required property string department
                required property string ownerName
                required property double dueAt
                required property bool overdue

                objectName: "complaintRow_" + index
                width: ListView.view.width - Theme.spacingM
                implicitHeight: Math.max(Theme.touchTarget, content.implicitHeight + topPadding + bottomPadding)
                leftPadding: Theme.spacingXl
                rightPadding: Theme.spacingXl
                topPadding: Theme.spacingL
                bottomPadding: Theme.spacingL
                Accessible.name: complaintNo + " " + Texts.complaintCategoryLabel(category)
                onClicked: page.complaintChosen(complaintId)

                background: Rectangle {
                    color: row.down ? Theme.primarySoft : Theme.surface
                    radius: Theme.radius
                    border.color: row.visualFocus ? Theme.focus : Theme.border
                    border.width: row.visualFocus ? 2 : 1

                    // The emergency path at a glance.
                    Rectangle {
                        width: 5
                        height: parent.height - 2 * parent.radius
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.left: parent.left
                        color: Theme.danger
                        visible: row.emergency
                    }
                }

                contentItem: RowLayout {
                    id: content
                    spacing: Theme.spacingXl

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingXs

                        RowLayout {
                            spacing: Theme.spacingS
                            Label {
                                objectName: "complaintNo"
                                text: row.complaintNo
                                color: Theme.textSecondary
                                font.pixelSize: Theme.fontSmall
                                font.family: "DejaVu Sans Mono"
                            }
                            StatusChip {
                                objectName: "levelChip"
                                text: Texts.complaintLevelLabel(row.level)
                                tone: Texts.complaintLevelTone(row.level)
                            }
                            StatusChip {
                                objectName: "emergencyChip"
                                visible: row.emergency
                                text: qsTr("Emergency")
                                tone: "danger"
                            }
                            StatusChip {
                                objectName: "stateChip"
                                text: Texts.complaintStateLabel(row.complaintState)
                                tone: Texts.complaintStateTone(row.complaintState)
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("%1 · %2").arg(Texts.complaintCategoryLabel(row.category)).arg(row.complainantName)
                            color: Theme.text
                            font.pixelSize: Theme.fontLarge
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                        }
                        Label {
                            objectName: "ownerLabel"
                            Layout.fillWidth: true
                            text: [row.ownerName.length > 0 ? qsTr("Owner: %1").arg(row.ownerName) : qsTr("No owner yet"),
                                   row.department.length > 0 ? qsTr("Department: %1").arg(row.department) : ""]
                                  .filter(s => s.length > 0).join("  ·  ")
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontBody
                            elide: Text.ElideRight
                        }
                    }

                    ColumnLayout {
                        Layout.alignment: Qt.AlignVCenter | Qt.AlignRight
                        spacing: 2
                        Label {
                            objectName: "dueLabel"
                            Layout.alignment: Qt.AlignRight
                            text: Texts.complaintDueText(row.dueAt, AppData.nowMs)
                            color: row.overdue ? Theme.danger : (row.dueAt < 0 ? Theme.textSecondary : Theme.text)
                            font.pixelSize: Theme.fontMedium
                            font.weight: row.overdue ? Font.Bold : Font.DemiBold
                        }
                        Label {
                            Layout.alignment: Qt.AlignRight
                            visible: row.dueAt >= 0
                            text: qsTr("Answer by %1").arg(Texts.dateTime(row.dueAt))
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                }
            }

            EmptyState {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.spacingXl, 560)
                visible: list.count === 0 && page.complaints.errorMessage.length === 0
                title: qsTr("No open complaints")
                detail: qsTr("Complaints taken at the counter, by phone, online, in the field or at the kiosk appear here until the complainant is satisfied.")
            }
        }
    }
}
