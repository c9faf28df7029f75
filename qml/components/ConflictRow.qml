pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// "Your change to the address of T-0101-01-000003 was overwritten by 王建军 at 10:42": both values,
// and the choice between them. A resolved conflict stays in the list, greyed, saying what was chosen.
Rectangle {
    id: row

    required property int index
    required property string entity
    required property string recordLabel
    required property string field
    required property string mine
    required property string theirs
    required property string theirStaff
    required property double at
    required property bool resolved
    required property string resolution

    signal keepTheirsClicked(int index)
    signal reapplyMineClicked(int index)

    implicitHeight: content.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radius
    color: row.resolved ? Theme.surfaceMuted : Theme.warningSoft

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingXs

        Label {
            objectName: "conflictSummary"
            Layout.fillWidth: true
            text: qsTr("Your change to %1 of %2 was overwritten by %3 at %4.")
                      .arg(Texts.fieldLabel(row.field))
                      .arg(row.recordLabel.length > 0 ? row.recordLabel : Texts.entityLabel(row.entity))
                      .arg(row.theirStaff.length > 0 ? row.theirStaff : qsTr("another device"))
                      .arg(Texts.dateTime(row.at))
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            color: row.resolved ? Theme.textSecondary : Theme.text
            wrapMode: Text.Wrap
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacingM
            rowSpacing: 2
            Label { text: qsTr("Yours"); color: Theme.textSecondary; font.pixelSize: Theme.fontSmall }
            Label {
                Layout.fillWidth: true
                text: row.mine.length > 0 ? row.mine : qsTr("(empty)")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label { text: qsTr("Now"); color: Theme.textSecondary; font.pixelSize: Theme.fontSmall }
            Label {
                Layout.fillWidth: true
                text: row.theirs.length > 0 ? row.theirs : qsTr("(empty)")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
        }
        Label {
            visible: row.resolved
            text: row.resolution === "reapplied_mine" ? qsTr("You applied yours again.") : qsTr("You kept the other value.")
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }
        RowLayout {
            visible: !row.resolved
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacingS
            FdButton {
                objectName: "conflictKeepTheirs"
                variant: "secondary"
                text: qsTr("Keep theirs")
                onClicked: row.keepTheirsClicked(row.index)
            }
            FdButton {
                objectName: "conflictReapplyMine"
                text: qsTr("Apply mine again")
                onClicked: row.reapplyMineClicked(row.index)
            }
        }
    }
}
