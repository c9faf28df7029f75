pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// The crew's fault record: cause and subcategory from the configured catalogue, whose equipment
// it is, whether the reported fault is real, and the work done. Starts from the last record, if
// any; a saved correction is a new record. Tests find the parts by objectName (fault*).
ColumnLayout {
    id: form

    required property WorkRecord record

    signal saved()
    signal cancelled()

    property string category
    property string subcategory
    property string ownership
    property bool genuine: true
    readonly property var subOptions: {
        for (const c of form.record.causes) {
            if (c.key === form.category)
                return c.sub.map(s => ({ value: s.key, text: s.label }))
        }
        return []
    }

    // Starts again from the last saved record (or empty).
    function reset() {
        const f = form.record.fault
        form.category = f.causeCategory || ""
        form.subcategory = f.causeSubcategory || ""
        form.ownership = f.ownership || ""
        form.genuine = f.genuine === undefined ? true : f.genuine
        workDone.text = f.workDone || ""
    }

    function fill(values) {
        form.category = values.category || ""
        form.subcategory = values.subcategory || ""
        form.ownership = values.ownership || ""
        if (values.genuine !== undefined)
            form.genuine = values.genuine
        workDone.text = values.workDone || ""
    }

    function save() {
        if (form.record.saveFault(form.category, form.subcategory, form.ownership, form.genuine, workDone.text))
            form.saved()
    }

    spacing: Theme.spacingM
    Component.onCompleted: form.reset()

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingL
        FormComboBox {
            key: "faultCause"
            Layout.fillWidth: true
            label: qsTr("Cause")
            placeholder: qsTr("Choose the cause")
            options: form.record.causes.map(c => ({ value: c.key, text: c.label }))
            value: form.category
            error: form.record.errorField === "cause_category" ? form.record.errorMessage : ""
            onChosen: v => { form.category = v; form.subcategory = "" }
        }
        FormComboBox {
            key: "faultSub"
            Layout.fillWidth: true
            visible: form.subOptions.length > 0
            label: qsTr("What exactly")
            placeholder: qsTr("Choose")
            options: form.subOptions
            value: form.subcategory
            error: form.record.errorField === "cause_subcategory" ? form.record.errorMessage : ""
            onChosen: v => form.subcategory = v
        }
    }
    ChoiceRow {
        key: "faultOwnership"
        Layout.fillWidth: true
        label: qsTr("Whose equipment")
        options: [
            { value: "customer", label: qsTr("Customer's") },
            { value: "company", label: qsTr("Ours") },
            { value: "third_party", label: qsTr("Third party's") },
            { value: "unknown", label: qsTr("Not known") }
        ]
        value: form.ownership
        error: form.record.errorField === "ownership" ? form.record.errorMessage : ""
        onChosen: v => form.ownership = v
    }
    ChoiceRow {
        key: "faultGenuine"
        Layout.fillWidth: true
        label: qsTr("Was the reported fault real?")
        options: [
            { value: true, label: qsTr("Yes, as reported") },
            { value: false, label: qsTr("No fault found") }
        ]
        value: form.genuine
        onChosen: v => form.genuine = v
    }
    Label {
        text: qsTr("Work done")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontBody
    }
    TextArea {
        id: workDone
        objectName: "faultWorkDone"
        Layout.fillWidth: true
        Layout.preferredHeight: 96
        font.pixelSize: Theme.fontBody
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("e.g. re-activated the OBU and tested it in the lane")
    }
    Label {
        objectName: "faultWorkDoneError"
        Layout.fillWidth: true
        visible: form.record.errorField === "work_done"
        text: form.record.errorMessage
        color: Theme.danger
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }
    RowLayout {
        spacing: Theme.spacingM
        FdButton {
            objectName: "faultSave"
            text: qsTr("Save fault record")
            onClicked: form.save()
        }
        FdButton {
            objectName: "faultCancel"
            visible: !!form.record.fault.causeCategory
            text: qsTr("Cancel")
            variant: "secondary"
            onClicked: { form.record.clearError(); form.cancelled() }
        }
    }
}
