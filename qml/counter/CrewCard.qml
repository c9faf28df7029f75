pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// A crew on the dispatch board: its status, people, open load and vehicle. A crew that is off
// cannot be chosen; one that is away can, and says until when.
ItemDelegate {
    id: card

    required property int index
    required property string crewId
    required property string name
    required property string status
    required property string statusNote
    required property double awayUntil
    required property string vehiclePlate
    required property var members
    required property int openLoad
    required property bool vehicleBusy
    property bool selected: false
    // False while no ticket is chosen, or for a crew that is off.
    property bool choosable: true

    objectName: "crewCard_" + index
    enabled: choosable && status !== "off"
    implicitHeight: Math.max(Theme.touchTarget, content.implicitHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacingL
    rightPadding: Theme.spacingL
    topPadding: Theme.spacingM
    bottomPadding: Theme.spacingM
    Accessible.name: name + " " + Texts.crewStatusLabel(status)
    Accessible.checked: selected

    background: Rectangle {
        radius: Theme.radius
        color: card.selected ? Theme.primarySoft : (card.down ? Theme.neutralSoft : (card.status === "off" ? Theme.surfaceMuted : Theme.surface))
        border.color: card.selected ? Theme.primary : (card.visualFocus ? Theme.focus : Theme.border)
        border.width: card.selected || card.visualFocus ? 2 : 1
    }

    contentItem: ColumnLayout {
        id: content
        spacing: Theme.spacingXs
        opacity: card.status === "off" ? 0.7 : 1

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Label {
                Layout.fillWidth: true
                text: card.name
                color: Theme.text
                font.pixelSize: Theme.fontMedium
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            StatusChip {
                objectName: "crewStatusChip"
                text: Texts.crewStatusLabel(card.status)
                tone: Texts.crewStatusTone(card.status)
            }
            StatusChip {
                objectName: "crewLoadChip"
                text: qsTr("%n open", "", card.openLoad)
                tone: card.openLoad >= 3 ? "warning" : "neutral"
            }
        }
        Label {
            Layout.fillWidth: true
            text: card.members.length > 0 ? card.members.join(qsTr(", ", "between names")) : qsTr("No members")
            color: card.members.length > 0 ? Theme.textSecondary : Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Label {
                visible: card.vehiclePlate.length > 0
                text: card.vehiclePlate
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
            StatusChip {
                objectName: "vehicleBusyChip"
                visible: card.vehicleBusy
                text: qsTr("Vehicle out")
                tone: "info"
            }
            Label {
                objectName: "crewStatusNote"
                Layout.fillWidth: true
                visible: text.length > 0
                text: {
                    if (card.status === "away" && card.awayUntil > 0)
                        return card.statusNote.length > 0 ? qsTr("Until %1 · %2").arg(Texts.dateTime(card.awayUntil)).arg(card.statusNote)
                                                           : qsTr("Until %1").arg(Texts.dateTime(card.awayUntil))
                    return card.statusNote
                }
                color: card.status === "away" ? Theme.warning : Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignRight
            }
        }
    }
}
