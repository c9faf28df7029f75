pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// A ticket's history, oldest first: what happened, when, and who did it.
ListView {
    id: list

    objectName: "timelineList"
    clip: true
    spacing: 0
    boundsBehavior: Flickable.StopAtBounds

    delegate: Item {
        id: entry

        required property int index
        required property string kind
        required property string event
        required property double at
        required property string staffName
        required property string note

        width: ListView.view.width
        implicitHeight: body.implicitHeight + Theme.spacingL

        // The line and dot that join the entries.
        Rectangle {
            x: 7
            width: 2
            y: entry.index === 0 ? 10 : 0
            height: entry.index === list.count - 1 ? 10 : parent.height - y
            color: Theme.border
        }
        Rectangle {
            x: 2
            y: 5
            width: 12
            height: 12
            radius: 6
            color: entry.index === list.count - 1 ? Theme.primary : Theme.surface
            border.color: Theme.primary
            border.width: 2
        }

        ColumnLayout {
            id: body
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.leftMargin: 28
            spacing: 2

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Label {
                    Layout.fillWidth: true
                    text: Texts.eventLabel(entry.kind, entry.event)
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Label {
                    text: Texts.dateTime(entry.at)
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
            }
            Label {
                Layout.fillWidth: true
                visible: entry.staffName.length > 0
                text: entry.staffName
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
            Label {
                Layout.fillWidth: true
                visible: entry.note.length > 0
                text: entry.note
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
    }
}
