pragma Singleton
import QtQuick

// Colours, spacing and type for every mode. Calm blues and greys; colour carries meaning only in
// status chips and deadlines (red = overdue, amber = needs action, green = done).
QtObject {
    // Noto Sans CJK SC has every glyph the app shows; the window font adds system fallbacks.
    readonly property string fontFamily: "Noto Sans CJK SC"
    readonly property var fontFallbacks: ["Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "DejaVu Sans"]

    readonly property color background: "#F2F4F7"
    readonly property color surface: "#FFFFFF"
    readonly property color surfaceMuted: "#F7F9FB"
    readonly property color border: "#DCE2E9"
    readonly property color divider: "#E9EDF2"
    readonly property color text: "#1A2633"
    readonly property color textSecondary: "#556575"
    readonly property color textMuted: "#7D8B99"
    readonly property color textOnDark: "#FFFFFF"
    readonly property color textOnDarkMuted: "#B9C9DA"

    readonly property color header: "#13314F"
    readonly property color headerRaised: "#1E4468"
    readonly property color primary: "#1862A8"
    readonly property color primaryPressed: "#0F4C86"
    readonly property color primarySoft: "#E3EEF9"
    readonly property color focus: "#4C9BE8"

    readonly property color danger: "#C0352B"
    readonly property color dangerSoft: "#FCE9E7"
    readonly property color warning: "#9A5B00"
    readonly property color warningSoft: "#FFF1D6"
    readonly property color success: "#1F7A45"
    readonly property color successSoft: "#E1F3E8"
    readonly property color info: "#1862A8"
    readonly property color infoSoft: "#E3EEF9"
    readonly property color neutral: "#4F5D6B"
    readonly property color neutralSoft: "#ECEFF3"

    readonly property int spacingXs: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 12
    readonly property int spacingL: 16
    readonly property int spacingXl: 24
    readonly property int spacingXxl: 32

    readonly property int radius: 8
    readonly property int radiusLarge: 14
    readonly property int headerHeight: 64

    // Smallest touch target: 48 px for staff, 64 px on the kiosk (gloves, older customers).
    readonly property int touchTarget: 48
    readonly property int kioskTouchTarget: 64

    readonly property int fontSmall: 13
    readonly property int fontBody: 15
    readonly property int fontMedium: 17
    readonly property int fontLarge: 20
    readonly property int fontTitle: 24
    readonly property int fontHeadline: 30
    readonly property int kioskBody: 24
    readonly property int kioskTitle: 32
    readonly property int kioskHeadline: 52

    // Chip colours by tone: "info", "warning", "danger", "success", "neutral".
    function toneColor(tone) {
        switch (tone) {
        case "warning": return warning
        case "danger": return danger
        case "success": return success
        case "info": return info
        default: return neutral
        }
    }
    function toneSoftColor(tone) {
        switch (tone) {
        case "warning": return warningSoft
        case "danger": return dangerSoft
        case "success": return successSoft
        case "info": return infoSoft
        default: return neutralSoft
        }
    }
}
