pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// Publishing an outage notice: kind, title, scope, what customers should do, start and expected
// end. Every counter and kiosk shows it once it is in force. Tests find the parts by objectName
// (outage*).
ColumnLayout {
    id: form

    objectName: "outageNoticeForm"

    required property OutageBoard board
    property string kind: ""
    property bool outletOnly: false

    signal published(string noticeId)
    signal cancelled()

    function reset() {
        form.kind = ""
        form.outletOnly = false
        titleField.text = ""
        scopeField.text = ""
        detailArea.text = ""
        startsField.text = ""
        endsField.text = ""
    }

    function fill(values) {
        form.kind = values.kind || ""
        form.outletOnly = !!values.outletOnly
        titleField.text = values.title || ""
        scopeField.text = values.scope || ""
        detailArea.text = values.detail || ""
        startsField.text = values.startsAt || ""
        endsField.text = values.expectedEndAt || ""
    }

    function publish() {
        const id = form.board.create(form.kind, scopeField.text, titleField.text, detailArea.text, startsField.text,
                                     endsField.text, form.outletOnly)
        if (id.length > 0) {
            form.reset()
            form.published(id)
        }
    }

    function errorFor(field) {
        return form.board.errorField === field ? form.board.errorMessage : ""
    }

    spacing: Theme.spacingS

    SectionTitle { text: qsTr("New outage notice") }
    ChoiceRow {
        key: "outageKind"
        Layout.fillWidth: true
        label: qsTr("Kind")
        options: ["power", "service", "system", "road"].map(k => ({ value: k, label: Texts.outageKindLabel(k) }))
        value: form.kind
        error: form.errorFor("kind")
        onChosen: v => form.kind = v
    }
    FormTextField {
        id: titleField
        key: "outageTitle"
        Layout.fillWidth: true
        label: qsTr("Title")
        placeholderText: qsTr("What customers should know first")
        maximumLength: 120
        error: form.errorFor("title")
    }
    FormTextField {
        id: scopeField
        key: "outageScope"
        Layout.fillWidth: true
        label: qsTr("Affected area or service")
        placeholderText: qsTr("A road section, district or service")
        maximumLength: 120
        error: form.errorFor("scope")
    }
    Label {
        text: qsTr("Details for customers")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontBody
    }
    TextArea {
        id: detailArea
        objectName: "outageDetailField"
        Layout.fillWidth: true
        Layout.preferredHeight: 60
        font.pixelSize: Theme.fontMedium
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("What to do meanwhile, e.g. use the manual toll lanes")
        placeholderTextColor: Theme.textMuted
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.width: detailArea.activeFocus ? 2 : 1
            border.color: detailArea.activeFocus ? Theme.focus : Theme.border
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingL
        FormTextField {
            id: startsField
            key: "outageStartsAt"
            Layout.fillWidth: true
            label: qsTr("Starts")
            placeholderText: qsTr("Now, or as 2026-03-02 14:30")
            error: form.errorFor("startsAt")
        }
        FormTextField {
            id: endsField
            key: "outageEndsAt"
            Layout.fillWidth: true
            label: qsTr("Expected end")
            placeholderText: qsTr("Not known, or as 2026-03-02 18:00")
            error: form.errorFor("expectedEndAt")
        }
    }
    Label {
        objectName: "outageFormError"
        Layout.fillWidth: true
        visible: text.length > 0
        text: form.board.errorField.length === 0 ? form.board.errorMessage : ""
        color: Theme.danger
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingM
        CheckBox {
            objectName: "outageOutletOnly"
            Layout.fillWidth: true
            text: qsTr("Only at this outlet")
            checked: form.outletOnly
            font.pixelSize: Theme.fontBody
            onToggled: form.outletOnly = checked
        }
        FdButton {
            objectName: "outagePublish"
            text: qsTr("Publish notice")
            onClicked: form.publish()
        }
        FdButton {
            objectName: "outageCancel"
            text: qsTr("Cancel")
            variant: "secondary"
            onClicked: {
                form.reset()
                form.board.clearError()
                form.cancelled()
            }
        }
    }
}
