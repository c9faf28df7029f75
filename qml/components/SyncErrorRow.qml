pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// One change the server refused: what it was, when, the server's reason, and what to do.
Rectangle {
    id: row

    required property int index
    required property string kind
    required property string code
    required property string message
    required property double createdAt
    required property int changeCount

    signal retryClicked(int index)
    signal discardClicked(int index)

    implicitHeight: content.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radius
    color: Theme.dangerSoft

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingXs

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: Texts.opLabel(row.kind)
                      + (row.changeCount > 1 ? " " + qsTr("(%n change(s))", "", row.changeCount) : "")
                font.pixelSize: Theme.fontMedium
                font.weight: Font.DemiBold
                color: Theme.text
                elide: Text.ElideRight
            }
            Label {
                text: Texts.dateTime(row.createdAt)
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
        }
        Label {
            objectName: "syncErrorReason"
            Layout.fillWidth: true
            text: Texts.syncErrorLabel(row.code)
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            color: Theme.danger
            wrapMode: Text.Wrap
        }
        // The server's own words, for whoever follows the problem up.
        Label {
            objectName: "syncErrorMessage"
            Layout.fillWidth: true
            text: row.message
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacingS
            FdButton {
                objectName: "syncErrorDiscard"
                variant: "secondary"
                text: qsTr("Discard…")
                onClicked: row.discardClicked(row.index)
            }
            FdButton {
                objectName: "syncErrorRetry"
                text: qsTr("Send again")
                onClicked: row.retryClicked(row.index)
            }
        }
    }
}
