pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// Mode, outlet, who is signed in, language and connection — on every screen of every mode.
Rectangle {
    id: header

    readonly property bool kiosk: Device.mode === "kiosk"

    signal syncClicked()

    implicitHeight: kiosk ? 96 : Theme.headerHeight
    color: Theme.header

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: header.kiosk ? Theme.spacingXxl : Theme.spacingXl
        anchors.rightMargin: header.kiosk ? Theme.spacingXxl : Theme.spacingL
        spacing: Theme.spacingXl

        ColumnLayout {
            spacing: 0
            Layout.alignment: Qt.AlignVCenter
            Label {
                text: qsTr("FieldDesk")
                color: Theme.textOnDark
                font.pixelSize: header.kiosk ? Theme.fontTitle : Theme.fontLarge
                font.weight: Font.Bold
            }
            Label {
                objectName: "headerModeLabel"
                text: Texts.modeLabel(Device.mode)
                color: Theme.textOnDarkMuted
                font.pixelSize: header.kiosk ? Theme.fontBody : Theme.fontSmall
            }
        }

        Rectangle {
            Layout.fillHeight: true
            Layout.topMargin: Theme.spacingM
            Layout.bottomMargin: Theme.spacingM
            implicitWidth: 1
            color: Qt.alpha(Theme.textOnDark, 0.2)
        }

        ColumnLayout {
            spacing: 0
            Layout.alignment: Qt.AlignVCenter
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                objectName: "headerOutletLabel"
                text: Device.enrolled ? (Device.outletName.length > 0 ? Device.outletName : qsTr("Outlet %1").arg(Device.outletCode))
                                      : qsTr("Device not enrolled")
                color: Theme.textOnDark
                font.pixelSize: header.kiosk ? Theme.fontLarge : Theme.fontMedium
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: Device.enrolled
                text: qsTr("Outlet %1 · device %2").arg(Device.outletCode).arg(Device.deviceCode)
                color: Theme.textOnDarkMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }

        SyncIndicator {
            objectName: "syncIndicator"
            Layout.alignment: Qt.AlignVCenter
            large: header.kiosk
            showQueue: !header.kiosk
            onActivated: header.syncClicked()
        }

        LanguageSwitch {
            Layout.alignment: Qt.AlignVCenter
            targetHeight: header.kiosk ? Theme.kioskTouchTarget : Theme.touchTarget
        }

        // Staff only: the kiosk never shows who works here.
        RowLayout {
            visible: !header.kiosk && Session.signedIn
            spacing: Theme.spacingM
            Layout.alignment: Qt.AlignVCenter
            ColumnLayout {
                spacing: 0
                Label {
                    objectName: "headerStaffLabel"
                    Layout.alignment: Qt.AlignRight
                    text: Session.staffName
                    color: Theme.textOnDark
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                }
                Label {
                    Layout.alignment: Qt.AlignRight
                    text: Session.crewName.length > 0 ? Session.crewName
                                                       : Session.roles.map(r => Texts.roleLabel(r)).join(" · ")
                    color: Theme.textOnDarkMuted
                    font.pixelSize: Theme.fontSmall
                }
            }
            FdButton {
                objectName: "signOutButton"
                variant: "quiet"
                text: qsTr("Sign out")
                font.pixelSize: Theme.fontBody
                minimumHeight: Theme.touchTarget
                onClicked: Session.signOut()
            }
        }
    }
}
