pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// A customer (name, masked phone and ID) or a ticket (number, state, title, address) found by the search.
ItemDelegate {
    id: row

    required property int index
    required property string kind
    required property string itemId
    required property string title
    required property string number
    required property string maskedPhone
    required property string maskedId
    required property string ticketState
    required property string address

    readonly property bool isCustomer: kind === "customer"

    objectName: (isCustomer ? "customerResult_" : "ticketResult_") + index
    implicitHeight: Math.max(Theme.touchTarget + 16, content.implicitHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacingXl
    rightPadding: Theme.spacingXl
    topPadding: Theme.spacingM
    bottomPadding: Theme.spacingM
    Accessible.name: title

    background: Rectangle {
        color: row.down ? Theme.primarySoft : (row.hovered ? Theme.surfaceMuted : Theme.surface)
        border.color: row.visualFocus ? Theme.focus : "transparent"
        border.width: row.visualFocus ? 2 : 0
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }
    }

    contentItem: RowLayout {
        id: content
        spacing: Theme.spacingXl

        // A round badge: the surname for a customer, "#" for a ticket.
        Rectangle {
            implicitWidth: 40
            implicitHeight: 40
            radius: 20
            color: row.isCustomer ? Theme.primarySoft : Theme.neutralSoft
            Label {
                anchors.centerIn: parent
                text: row.isCustomer ? row.title.charAt(0) : "#"
                color: row.isCustomer ? Theme.primary : Theme.neutral
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                spacing: Theme.spacingS
                Label {
                    objectName: "resultTitle"
                    text: row.title
                    color: Theme.text
                    font.pixelSize: Theme.fontMedium
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                    Layout.maximumWidth: 520
                }
                StatusChip {
                    visible: !row.isCustomer
                    text: Texts.stateLabel(row.ticketState)
                    tone: Texts.stateTone(row.ticketState)
                }
            }
            Label {
                objectName: "resultSubtitle"
                Layout.fillWidth: true
                text: row.isCustomer
                      ? [row.maskedPhone, row.maskedId].filter(s => s.length > 0).join("    ")
                      : row.address
                color: Theme.textSecondary
                font.pixelSize: Theme.fontBody
                elide: Text.ElideRight
            }
        }

        Label {
            text: row.number
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            font.family: "DejaVu Sans Mono"
        }
    }
}
