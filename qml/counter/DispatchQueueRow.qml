pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// A ticket waiting for a crew on the dispatch board: number, state, priority, what and where, the
// countdown of its step, and why it came back if a crew returned it. Selected: outlined in blue.
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
    required property string returnReason
    required property string returnedBy
    property bool selected: false
    readonly property bool overdue: dueAt >= 0 && dueAt < AppData.nowMs

    objectName: "queueRow_" + index
    implicitHeight: Math.max(Theme.touchTarget, content.implicitHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacingL
    rightPadding: Theme.spacingL
    topPadding: Theme.spacingM
    bottomPadding: Theme.spacingM
    Accessible.name: ticketNo + " " + title
    Accessible.checked: selected

    background: Rectangle {
        color: row.selected ? Theme.primarySoft : (row.down ? Theme.neutralSoft : Theme.surface)
        radius: Theme.radius
        border.color: row.selected ? Theme.primary : (row.visualFocus ? Theme.focus : Theme.border)
        border.width: row.selected || row.visualFocus ? 2 : 1

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

    contentItem: ColumnLayout {
        id: content
        spacing: Theme.spacingXs

        RowLayout {
            Layout.fillWidth: true
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
                tone: row.ticketState === "returned" ? "warning" : Texts.stateTone(row.ticketState)
            }
            StatusChip {
                text: Texts.priorityLabel(row.priority)
                tone: Texts.priorityTone(row.priority)
            }
            Item { Layout.fillWidth: true }
            Label {
                objectName: "slaLabel"
                text: Texts.slaText(row.dueAt, AppData.nowMs)
                color: row.overdue ? Theme.danger : (row.dueAt < 0 ? Theme.textSecondary : Theme.text)
                font.pixelSize: Theme.fontBody
                font.weight: row.overdue ? Font.Bold : Font.DemiBold
            }
        }
        Label {
            Layout.fillWidth: true
            text: row.title
            color: Theme.text
            font.pixelSize: Theme.fontMedium
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: [row.address, row.customerName].filter(s => s.length > 0).join("  ·  ")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
        Label {
            objectName: "returnReason"
            Layout.fillWidth: true
            visible: row.ticketState === "returned" && row.returnReason.length > 0
            text: row.returnedBy.length > 0 ? qsTr("Returned by %1: %2").arg(row.returnedBy).arg(row.returnReason)
                                            : qsTr("Returned: %1").arg(row.returnReason)
            color: Theme.warning
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }
}
