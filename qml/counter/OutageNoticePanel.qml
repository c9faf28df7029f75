pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// One outage notice: what it says, its updates, and for supervisors the actions: add an update,
// change the scope, details or expected end, end it. Tests find the parts by objectName (outage*).
ColumnLayout {
    id: panel

    required property OutageBoard board
    required property string noticeId
    readonly property int row: { void panel.board.count; return panel.board.indexOf(panel.noticeId) }
    readonly property string noticeState: panel.value(OutageBoard.StateRole) || ""
    readonly property bool editable: panel.board.canManage && panel.row >= 0 && panel.noticeState !== "ended"
    // Re-read when the board reloads (after every write).
    readonly property var updates: { void panel.board.count; void AppData.revision; return panel.board.updates(panel.noticeId) }

    function value(role) {
        return panel.row >= 0 ? panel.board.data(panel.board.index(panel.row, 0), role) : undefined
    }

    function editTime(ms) {
        return ms > 0 ? Qt.formatDateTime(new Date(ms), "yyyy-MM-dd HH:mm") : ""
    }

    // The edit fields show what is stored whenever another notice is chosen or it changed.
    function resetEdits() {
        scopeField.text = panel.value(OutageBoard.ScopeRole) || ""
        detailArea.text = panel.value(OutageBoard.DetailRole) || ""
        endField.text = panel.editTime(panel.value(OutageBoard.ExpectedEndAtRole) || -1)
    }

    function errorFor(field) {
        return panel.board.errorField === field ? panel.board.errorMessage : ""
    }

    onNoticeIdChanged: panel.resetEdits()
    Component.onCompleted: panel.resetEdits()
    spacing: Theme.spacingM

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        StatusChip {
            text: Texts.outageKindLabel(panel.value(OutageBoard.KindRole) || "")
            tone: Texts.outageKindTone(panel.value(OutageBoard.KindRole) || "")
        }
        StatusChip {
            visible: panel.noticeState === "planned" || panel.noticeState === "ended"
            text: panel.noticeState === "ended" ? qsTr("Ended") : qsTr("Planned")
        }
        Item { Layout.fillWidth: true }
    }
    Label {
        objectName: "outagePanelTitle"
        Layout.fillWidth: true
        text: panel.value(OutageBoard.TitleRole) || ""
        color: Theme.text
        font.pixelSize: Theme.fontLarge
        font.weight: Font.Bold
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        text: (panel.value(OutageBoard.ScopeRole) || "") + "  ·  "
              + Texts.outageTimesText(panel.noticeState, panel.value(OutageBoard.StartsAtRole) || 0,
                                      panel.value(OutageBoard.ExpectedEndAtRole) || -1, AppData.nowMs)
        color: Theme.textSecondary
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        visible: text.length > 0
        text: panel.value(OutageBoard.DetailRole) || ""
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }

    SectionTitle { text: qsTr("Updates") }
    Label {
        visible: panel.updates.length === 0
        text: qsTr("No update yet.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
    }
    Repeater {
        model: panel.updates
        delegate: RowLayout {
            id: updateRow
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.spacingM
            Label {
                Layout.alignment: Qt.AlignTop
                text: Texts.dateTime(updateRow.modelData.at)
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                font.family: "DejaVu Sans Mono"
            }
            Label {
                Layout.fillWidth: true
                text: updateRow.modelData.text
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
        }
    }

    // Supervisors: a progress note, which is also the closing note when the notice ends.
    ColumnLayout {
        Layout.fillWidth: true
        visible: panel.editable
        spacing: Theme.spacingM

        Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.divider }
        Label {
            text: qsTr("Progress note (ending the notice needs one too)")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontBody
        }
        TextArea {
            id: noteArea
            objectName: "outageNoteField"
            Layout.fillWidth: true
            Layout.preferredHeight: 64
            font.pixelSize: Theme.fontMedium
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("e.g. Crews on site; northbound lanes open again")
            placeholderTextColor: Theme.textMuted
            background: Rectangle {
                radius: Theme.radius
                color: panel.errorFor("text").length > 0 ? Qt.alpha(Theme.dangerSoft, 0.5) : Theme.surface
                border.width: panel.errorFor("text").length > 0 || noteArea.activeFocus ? 2 : 1
                border.color: panel.errorFor("text").length > 0 ? Theme.danger : (noteArea.activeFocus ? Theme.focus : Theme.border)
            }
        }
        Label {
            objectName: "outageNoteError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: panel.errorFor("text") || (panel.board.errorField.length === 0 ? panel.board.errorMessage : "")
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        RowLayout {
            spacing: Theme.spacingM
            FdButton {
                objectName: "outageAddUpdate"
                text: qsTr("Add update")
                onClicked: if (panel.board.addUpdate(panel.noticeId, noteArea.text)) noteArea.text = ""
            }
            FdButton {
                objectName: "outageEnd"
                text: qsTr("End the notice")
                variant: "danger"
                onClicked: if (panel.board.end(panel.noticeId, noteArea.text)) noteArea.text = ""
            }
        }

        Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.divider }
        SectionTitle { text: qsTr("Change the notice") }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingL
            FormTextField {
                id: scopeField
                key: "outageEditScope"
                Layout.fillWidth: true
                label: qsTr("Affected area or service")
                maximumLength: 120
                error: panel.errorFor("scope")
            }
            FormTextField {
                id: endField
                key: "outageEditEnd"
                Layout.preferredWidth: 220
                label: qsTr("Expected end")
                placeholderText: qsTr("Not known yet")
                error: panel.errorFor("expectedEndAt")
            }
        }
        TextArea {
            id: detailArea
            objectName: "outageEditDetailField"
            Layout.fillWidth: true
            Layout.preferredHeight: 64
            font.pixelSize: Theme.fontMedium
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("Details for customers")
            placeholderTextColor: Theme.textMuted
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.width: detailArea.activeFocus ? 2 : 1
                border.color: detailArea.activeFocus ? Theme.focus : Theme.border
            }
        }
        FdButton {
            objectName: "outageSave"
            text: qsTr("Save changes")
            variant: "secondary"
            onClicked: if (panel.board.update(panel.noticeId, scopeField.text, detailArea.text, endField.text)) panel.resetEdits()
        }
    }
}
