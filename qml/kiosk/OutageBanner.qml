pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// An outage notice in force, shown to customers before they choose a service.
Rectangle {
    id: banner

    required property string kind
    required property string title
    required property string detail
    required property string scope
    required property double expectedEndAt

    implicitHeight: row.implicitHeight + 2 * Theme.spacingXl
    radius: Theme.radiusLarge
    color: Theme.warningSoft
    border.color: Qt.alpha(Theme.warning, 0.35)

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingXl

        Image {
            Layout.alignment: Qt.AlignTop
            source: "qrc:/FieldDesk/assets/icons/notice.svg"
            sourceSize: Qt.size(48, 48)
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            Label {
                text: Texts.outageKindLabel(banner.kind)
                color: Theme.warning
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
            }
            Label {
                objectName: "outageTitle"
                Layout.fillWidth: true
                text: banner.title
                color: Theme.text
                font.pixelSize: Theme.kioskBody
                font.weight: Font.Bold
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: banner.detail
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: [banner.scope, banner.expectedEndAt > 0 ? qsTr("Expected to end %1").arg(Texts.dateTime(banner.expectedEndAt)) : ""]
                      .filter(s => s.length > 0).join("  ·  ")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontMedium
                wrapMode: Text.Wrap
            }
        }
    }
}
