pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// What the customer said when called back: how they were reached, how satisfied they are
// (1–5), whether the repair is accepted, and their words. Tests find the parts by objectName
// (callback*).
ColumnLayout {
    id: form

    required property CloseOutBoard board
    property string method: "phone"
    property int satisfaction: 0
    property string verdict: ""
    property alias suggestions: suggestionsField.text

    signal submitted(bool reached)

    function reset() {
        form.method = "phone"
        form.satisfaction = 0
        form.verdict = ""
        suggestionsField.clear()
    }

    function fill(values) {
        form.satisfaction = values.satisfaction || 0
        form.verdict = values.verdict || ""
        suggestionsField.text = values.suggestions || ""
    }

    function errorFor(field) {
        return form.board.errorField === field ? form.board.errorMessage : ""
    }

    spacing: Theme.spacingM

    SectionTitle { text: qsTr("Callback") }
    Label {
        Layout.fillWidth: true
        visible: !form.board.canRecord
        text: qsTr("Callbacks are recorded by counter staff.")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontBody
    }
    ChoiceRow {
        key: "callbackMethod"
        Layout.fillWidth: true
        label: qsTr("Reached by")
        options: [
            { value: "phone", label: qsTr("Phone") },
            { value: "sms", label: qsTr("Text message") },
            { value: "wechat", label: qsTr("WeChat") },
            { value: "visit", label: qsTr("Visit") }
        ]
        value: form.method
        error: form.errorFor("method")
        onChosen: v => form.method = v
    }
    ChoiceRow {
        key: "callbackSatisfaction"
        Layout.fillWidth: true
        label: qsTr("Satisfaction (1 very unhappy … 5 very happy)")
        options: [1, 2, 3, 4, 5].map(n => ({ value: n, label: String(n) }))
        value: form.satisfaction
        error: form.errorFor("satisfaction")
        onChosen: v => form.satisfaction = v
    }
    ChoiceRow {
        key: "callbackVerdict"
        Layout.fillWidth: true
        label: qsTr("Is the customer satisfied with the repair?")
        options: [
            { value: "satisfied", label: qsTr("Yes: close the ticket") },
            { value: "unsatisfied", label: qsTr("No: reopen it") }
        ]
        value: form.verdict
        error: form.errorFor("verdict")
        onChosen: v => form.verdict = v
    }
    Label {
        text: form.verdict === "unsatisfied" ? qsTr("What is still wrong (the crew will read this)") : qsTr("What the customer said")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontBody
    }
    TextArea {
        id: suggestionsField
        objectName: "callbackSuggestions"
        Layout.fillWidth: true
        Layout.preferredHeight: 88
        font.pixelSize: Theme.fontBody
        wrapMode: TextEdit.Wrap
    }
    Label {
        objectName: "callbackSuggestionsError"
        Layout.fillWidth: true
        visible: text.length > 0
        text: form.errorFor("suggestions") || (form.board.errorField.length === 0 ? form.board.errorMessage : "")
        color: Theme.danger
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    RowLayout {
        spacing: Theme.spacingM
        FdButton {
            objectName: "callbackRecord"
            enabled: form.board.canRecord
            text: qsTr("Record the answer")
            onClicked: form.submitted(true)
        }
        FdButton {
            objectName: "callbackNoAnswer"
            enabled: form.board.canRecord
            text: qsTr("No answer: try later")
            variant: "secondary"
            onClicked: form.submitted(false)
        }
    }
}
