pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// One loss report in the counter's list: the masked card number and when, what became of it in
// its tone's colour (reported, not yet frozen / frozen / already listed / refused and why), the
// holder and the channel, and what that means for the card now.
Rectangle {
    id: row

    // One of LossReportDesk.reports: {maskedCardNo, reportedAt, state, stateText, tone, holderName, channel, detail, …}
    required property var modelData
    required property int index
    readonly property string reportState: modelData.state

    objectName: "lossReportRow_" + index
    implicitHeight: rowColumn.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radius
    color: Theme.surfaceMuted
    border.color: Theme.divider

    Rectangle {
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: 4
        radius: 2
        color: Theme.toneColor(row.modelData.tone)
    }
    ColumnLayout {
        id: rowColumn
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingM
        anchors.leftMargin: Theme.spacingL
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Label {
                Layout.fillWidth: true
                text: row.modelData.maskedCardNo
                color: Theme.text
                font.pixelSize: Theme.fontMedium
                font.family: "DejaVu Sans Mono"
                elide: Text.ElideRight
            }
            Label {
                text: Texts.dateTime(row.modelData.reportedAt)
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
        }
        Label {
            objectName: "lossReportState"
            Layout.fillWidth: true
            text: row.modelData.stateText
            color: Theme.toneColor(row.modelData.tone)
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: (row.modelData.holderName.length > 0 ? row.modelData.holderName + " · " : "")
                  + Texts.channelLabel(row.modelData.channel)
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: row.modelData.detail
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }
}
