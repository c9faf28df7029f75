pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// Opening a customer record at the counter: an individual or a company, how to reach them, and
// optionally their first vehicle. Every problem shows under its field at once; nothing is saved
// until all are fixed.
Item {
    id: page

    // What was typed into the search box, put into the field it looks like.
    property string prefill

    signal cancelled()
    signal saved(string customerId)

    objectName: "newCustomerPage"

    readonly property CustomerForm form: CustomerForm {
        source: AppData
        session: Session
    }
    readonly property bool corporate: form.kind === "corporate"

    function errorOf(key) {
        return page.form.fieldErrors[key] || ""
    }

    // Sets several fields at once, e.g. {name: "张三", phone: "…"}; for tests and the screen tour.
    function fill(values) {
        for (const key in values)
            page.form[key] = values[key]
    }

    // Shows every problem without saving anything; true if there were any.
    function check() {
        if (page.form.validate())
            return false
        page.revealFirstError()
        return true
    }

    function save() {
        if (page.form.submit())
            page.saved(page.form.savedCustomerId)
        else
            page.revealFirstError()
    }

    function revealFirstError() {
        const fields = [nameField, idNumberField, creditCodeField, agentNameField, agentIdNumberField, phoneField, emailField,
                        addressField, plateField, plateColourChoice, licenceNoField, channelBox, gradeChoice]
        for (const f of fields) {
            if (f.visible && f.hasError) {
                page.ensureVisible(f)
                return
            }
        }
    }

    // Scrolls the form so that @p item, one of its fields, is in view.
    function ensureVisible(item) {
        let inForm = false
        for (let p = item; p && !inForm; p = p.parent)
            inForm = p === columns
        if (!inForm)
            return
        const y = item.mapToItem(columns, 0, 0).y
        if (y < flick.contentY || y + item.height > flick.contentY + flick.height)
            flick.contentY = Math.max(0, Math.min(y - Theme.spacingS, flick.contentHeight - flick.height))
    }

    // Messages come from C++ in the language of the moment: check again in the new one.
    Connections {
        target: Language
        function onLanguageChanged() {
            if (Object.keys(page.form.fieldErrors).length > 0)
                page.form.validate()
        }
    }

    // Tabbing into a field below the fold brings it into view.
    Connections {
        target: page.Window.window
        function onActiveFocusItemChanged() {
            const item = page.Window.activeFocusItem
            if (item && page.visible)
                page.ensureVisible(item)
        }
    }

    Component.onCompleted: {
        if (page.prefill.length > 0)
            page.form.prefill(page.prefill)
        nameField.focusInput()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingL

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingL
            Label {
                Layout.fillWidth: true
                text: qsTr("New customer")
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                elide: Text.ElideRight
            }
            ChoiceRow {
                key: "kind"
                Layout.fillWidth: false
                options: [{ value: "individual", label: Texts.customerKindLabel("individual") },
                          { value: "corporate", label: Texts.customerKindLabel("corporate") }]
                value: page.form.kind
                onChosen: value => page.form.kind = value
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radiusLarge
            color: Theme.surface
            border.color: Theme.border

            Flickable {
                id: flick
                objectName: "newCustomerFlick"
                anchors.fill: parent
                anchors.margins: Theme.spacingXl
                contentHeight: columns.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {
                    policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
                }

                // Who on the left; their vehicle and how to serve them on the right, so that
                // most of the form, and every message on it, fits on one screen.
                RowLayout {
                    id: columns
                    width: flick.width - Theme.spacingL
                    spacing: Theme.spacingXxl

                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        spacing: Theme.spacingM

                        SectionTitle { text: page.corporate ? qsTr("Company") : qsTr("Customer") }
                        FormTextField {
                            id: nameField
                            key: "name"
                            Layout.fillWidth: true
                            label: page.corporate ? qsTr("Company name") : qsTr("Full name")
                            placeholderText: page.corporate ? qsTr("As on the business licence") : qsTr("As on the ID card")
                            maximumLength: 60
                            text: page.form.name
                            error: page.errorOf("name")
                            onEdited: text => page.form.name = text
                        }
                        FormTextField {
                            id: idNumberField
                            key: "idNumber"
                            visible: !page.corporate
                            Layout.fillWidth: true
                            label: qsTr("Resident ID number")
                            placeholderText: qsTr("18 digits, the last may be X")
                            inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                            maximumLength: 22
                            text: page.form.idNumber
                            error: page.errorOf("idNumber")
                            onEdited: text => page.form.idNumber = text
                        }
                        FormTextField {
                            id: creditCodeField
                            key: "creditCode"
                            visible: page.corporate
                            Layout.fillWidth: true
                            label: qsTr("Unified social credit code")
                            placeholderText: qsTr("18 characters, on the business licence")
                            inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
                            maximumLength: 22
                            text: page.form.creditCode
                            error: page.errorOf("creditCode")
                            onEdited: text => page.form.creditCode = text
                        }
                        FormTextField {
                            id: agentNameField
                            key: "agentName"
                            visible: page.corporate
                            Layout.fillWidth: true
                            label: qsTr("Agent's full name")
                            placeholderText: qsTr("The person acting for the company")
                            maximumLength: 60
                            text: page.form.agentName
                            error: page.errorOf("agentName")
                            onEdited: text => page.form.agentName = text
                        }
                        FormTextField {
                            id: agentIdNumberField
                            key: "agentIdNumber"
                            visible: page.corporate
                            Layout.fillWidth: true
                            label: qsTr("Agent's resident ID number")
                            placeholderText: qsTr("18 digits, the last may be X")
                            inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                            maximumLength: 22
                            text: page.form.agentIdNumber
                            error: page.errorOf("agentIdNumber")
                            onEdited: text => page.form.agentIdNumber = text
                        }
                        FormTextField {
                            id: phoneField
                            key: "phone"
                            Layout.fillWidth: true
                            label: page.corporate ? qsTr("Contact mobile phone") : qsTr("Mobile phone")
                            placeholderText: qsTr("e.g. 138 0013 8000")
                            inputMethodHints: Qt.ImhDialableCharactersOnly | Qt.ImhNoPredictiveText
                            maximumLength: 20
                            text: page.form.phone
                            error: page.errorOf("phone")
                            onEdited: text => page.form.phone = text
                        }
                        FormTextField {
                            id: emailField
                            key: "email"
                            Layout.fillWidth: true
                            label: qsTr("E-mail (optional)")
                            inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoPredictiveText
                            maximumLength: 120
                            text: page.form.email
                            error: page.errorOf("email")
                            onEdited: text => page.form.email = text
                        }
                        FormTextField {
                            id: addressField
                            key: "address"
                            Layout.fillWidth: true
                            label: qsTr("Address")
                            maximumLength: 200
                            text: page.form.address
                            error: page.errorOf("address")
                            onEdited: text => page.form.address = text
                        }
                    }

                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        spacing: Theme.spacingM

                        SectionTitle { text: qsTr("Vehicle (optional)") }
                        FormTextField {
                            id: plateField
                            key: "plate"
                            Layout.fillWidth: true
                            label: qsTr("Plate number")
                            placeholderText: qsTr("e.g. 皖A12345 or 皖AD12345")
                            inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
                            maximumLength: 12
                            text: page.form.plate
                            error: page.errorOf("plate")
                            onEdited: text => page.form.plate = text
                        }
                        ChoiceRow {
                            id: plateColourChoice
                            key: "plateColour"
                            Layout.fillWidth: true
                            label: qsTr("Plate colour")
                            options: [
                                { value: "blue", label: Texts.colourName("blue"), swatch: ["#1F56B0"] },
                                { value: "yellow", label: Texts.colourName("yellow"), swatch: ["#F2C230"] },
                                { value: "green", label: Texts.colourName("green"), swatch: ["#F4FBF6", "#3DAA5C"] },
                                { value: "yellow_green", label: Texts.colourName("yellow_green"), swatch: ["#F2C230", "#3DAA5C"] },
                                { value: "white", label: Texts.colourName("white"), swatch: ["#FFFFFF"] },
                                { value: "black", label: Texts.colourName("black"), swatch: ["#1A1A1A"] }
                            ]
                            value: page.form.plateColour
                            error: page.errorOf("plateColour")
                            onChosen: value => page.form.plateColour = value
                        }
                        FormTextField {
                            id: licenceNoField
                            key: "licenceNo"
                            Layout.fillWidth: true
                            label: qsTr("Vehicle licence number (optional)")
                            maximumLength: 40
                            text: page.form.licenceNo
                            error: page.errorOf("licenceNo")
                            onEdited: text => page.form.licenceNo = text
                        }

                        SectionTitle {
                            Layout.topMargin: Theme.spacingS
                            text: qsTr("Service")
                        }
                        FormComboBox {
                            id: channelBox
                            key: "preferredChannel"
                            Layout.fillWidth: true
                            label: qsTr("Preferred way to contact")
                            options: ["phone", "sms", "wechat", "email", "visit", "counter"].map(c => ({ value: c, text: Texts.contactChannelLabel(c) }))
                            value: page.form.preferredChannel
                            error: page.errorOf("preferredChannel")
                            onChosen: value => page.form.preferredChannel = value
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacingL
                            ChoiceRow {
                                id: gradeChoice
                                key: "grade"
                                Layout.fillWidth: false
                                label: qsTr("Grade")
                                options: ["A", "B", "C", "D"].map(g => ({ value: g, label: g }))
                                value: page.form.grade
                                error: page.errorOf("grade")
                                onChosen: value => page.form.grade = value
                            }
                            CheckBox {
                                objectName: "keyAccountCheck"
                                Layout.alignment: Qt.AlignBottom
                                Layout.preferredHeight: Theme.touchTarget
                                text: qsTr("Key account")
                                font.pixelSize: Theme.fontBody
                                checked: page.form.keyAccount
                                onToggled: page.form.keyAccount = checked
                            }
                            Item { Layout.fillWidth: true }
                        }
                        FormTextField {
                            key: "needs"
                            Layout.fillWidth: true
                            label: qsTr("Needs and notes (optional)")
                            maximumLength: 500
                            text: page.form.needs
                            onEdited: text => page.form.needs = text
                        }
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            Label {
                objectName: "formSummary"
                Layout.fillWidth: true
                readonly property int problems: Object.keys(page.form.fieldErrors).length
                text: page.form.errorMessage.length > 0 ? page.form.errorMessage
                      : problems > 0 ? qsTr("%n field(s) need correcting. Nothing was saved.", "", problems) : ""
                color: Theme.danger
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            FdButton {
                objectName: "cancelButton"
                variant: "secondary"
                text: qsTr("Cancel")
                onClicked: page.cancelled()
            }
            FdButton {
                objectName: "saveButton"
                Layout.preferredWidth: Math.max(implicitWidth, 160)
                text: qsTr("Save customer")
                onClicked: page.save()
            }
        }
    }
}
