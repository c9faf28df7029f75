pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import FieldDesk

// The app's button: primary (filled), secondary (outlined), danger, or quiet (on dark headers).
Button {
    id: control

    // "primary", "secondary", "danger" or "quiet"
    property string variant: "primary"
    property int minimumHeight: Theme.touchTarget

    implicitHeight: Math.max(minimumHeight, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(minimumHeight, implicitContentWidth + leftPadding + rightPadding)
    leftPadding: Theme.spacingL
    rightPadding: Theme.spacingL
    font.pixelSize: Theme.fontMedium
    font.weight: Font.DemiBold
    focusPolicy: Qt.StrongFocus

    readonly property color fillColor: {
        if (!enabled)
            return variant === "quiet" ? "transparent" : Theme.neutralSoft
        switch (variant) {
        case "primary": return down ? Theme.primaryPressed : Theme.primary
        case "danger": return down ? Qt.darker(Theme.danger, 1.15) : Theme.danger
        case "quiet": return down ? Theme.headerRaised : "transparent"
        default: return down ? Theme.primarySoft : Theme.surface
        }
    }
    readonly property color labelColor: {
        if (!enabled)
            return Theme.textMuted
        switch (variant) {
        case "primary": case "danger": return Theme.textOnDark
        case "quiet": return Theme.textOnDark
        default: return Theme.primary
        }
    }

    contentItem: Label {
        text: control.text
        font: control.font
        color: control.labelColor
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    background: Rectangle {
        radius: Theme.radius
        color: control.fillColor
        border.width: control.variant === "secondary" || control.variant === "quiet" ? 1 : 0
        border.color: control.variant === "quiet" ? Qt.alpha(Theme.textOnDark, 0.35)
                                                  : (control.enabled ? Theme.primary : Theme.border)
        Rectangle {
            anchors.fill: parent
            anchors.margins: -3
            radius: Theme.radius + 3
            color: "transparent"
            border.width: 2
            border.color: Theme.focus
            visible: control.visualFocus
        }
    }
}
