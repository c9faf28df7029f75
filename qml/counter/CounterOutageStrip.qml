pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// The outage notices in force, one slim line at the top of the counter so that whoever serves a
// customer knows what is down. With more than one, a click shows them all; it takes no room when
// nothing is in force.
Rectangle {
    id: strip

    objectName: "counterOutageStrip"

    property bool expanded: false
    readonly property int count: notices.count

    implicitHeight: strip.count === 0 ? 0 : column.implicitHeight + 2 * Theme.spacingXs
    visible: strip.count > 0
    color: Theme.warningSoft
    clip: true

    OutageNoticeModel {
        id: notices
        source: AppData
        onCountChanged: if (count <= 1) strip.expanded = false
    }

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Qt.alpha(Theme.warning, 0.35)
    }

    TapHandler {
        enabled: strip.count > 1
        onTapped: strip.expanded = !strip.expanded
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        spacing: 0

        Repeater {
            model: notices
            delegate: RowLayout {
                id: line
                required property int index
                required property string kind
                required property string title
                required property string scope
                required property double expectedEndAt
                objectName: "outageStripLine_" + index
                visible: index === 0 || strip.expanded
                Layout.fillWidth: true
                Layout.preferredHeight: 28
                spacing: Theme.spacingS

                Image {
                    source: "qrc:/FieldDesk/assets/icons/notice.svg"
                    sourceSize: Qt.size(18, 18)
                    Layout.preferredWidth: 18
                    Layout.preferredHeight: 18
                }
                Label {
                    text: Texts.outageKindLabel(line.kind)
                    color: Theme.warning
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                }
                Label {
                    objectName: "outageStripTitle"
                    Layout.fillWidth: true
                    text: [line.title, line.scope,
                           line.expectedEndAt > 0 ? qsTr("expected to end %1").arg(Texts.dateTime(line.expectedEndAt)) : ""]
                          .filter(s => s.length > 0).join("  ·  ")
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
                Label {
                    visible: line.index === 0 && strip.count > 1
                    text: strip.expanded ? qsTr("Show less") : qsTr("+%n more", "", strip.count - 1)
                    color: Theme.primary
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                }
            }
        }
    }
}
