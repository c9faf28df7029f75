pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// One ticket in a list: number, state, priority, what and where, and how long until (or since) its step is due.
ItemDelegate {
    id: row

    required property int index
    required property string ticketId
    required property string ticketNo
    required property string title
    required property string address
    required property string customerName
    required property string ticketState
    required property int priority
    required property double dueAt
    required property bool overdue

    objectName: "ticketRow_" + index
    implicitHeight: Math.max(Theme.touchTarget, content.implicitHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacingXl
    rightPadding: Theme.spacingXl
    topPadding: Theme.spacingL
    bottomPadding: Theme.spacingL
    Accessible.name: ticketNo + " " + title

    background: Rectangle {
        color: row.down ? Theme.primarySoft : Theme.surface
        radius: Theme.radius
        border.color: row.visualFocus ? Theme.focus : Theme.border
        border.width: row.visualFocus ? 2 : 1

        // Priority at a glance: a coloured edge for P1 and P2.
        Rectangle {
            width: 5
            height: parent.height - 2 * parent.radius
            anchors.verticalCenter: parent.verticalCenter
            anchors.left: parent.left
            color: Theme.toneColor(Texts.priorityTone(row.priority))
            visible: row.priority <= 2
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
                    text: row.ticketNo
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                    font.family: "DejaVu Sans Mono"
                }
                StatusChip {
                    objectName: "stateChip"
                    text: Texts.stateLabel(row.ticketState)
                    tone: Texts.stateTone(row.ticketState)
                }
                StatusChip {
                    text: Texts.priorityLabel(row.priority)
                    tone: Texts.priorityTone(row.priority)
                }
            }
            Label {
                Layout.fillWidth: true
                text: row.title
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: [row.address, row.customerName].filter(s => s.length > 0).join("  ·  ")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontBody
                elide: Text.ElideRight
            }
        }

        ColumnLayout {
            Layout.alignment: Qt.AlignVCenter | Qt.AlignRight
            spacing: 2
            Label {
                objectName: "slaLabel"
                Layout.alignment: Qt.AlignRight
                text: Texts.slaText(row.dueAt, AppData.nowMs)
                color: row.overdue ? Theme.danger : (row.dueAt < 0 ? Theme.textSecondary : Theme.text)
                font.pixelSize: Theme.fontMedium
                font.weight: row.overdue ? Font.Bold : Font.DemiBold
            }
            Label {
                Layout.alignment: Qt.AlignRight
                visible: row.dueAt >= 0
                text: qsTr("Step due %1").arg(Texts.dateTime(row.dueAt))
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
