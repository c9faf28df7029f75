pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// A repair ticket taken at the counter for the customer in front of it: what is wrong, whom to
// call and where, and how urgent it is and how many it affects, which gives the priority.
Item {
    id: page

    required property string customerId

    signal cancelled()
    signal saved(string ticketId)

    objectName: "newTicketPage"

    readonly property TicketForm form: TicketForm {
        source: AppData
        session: Session
        customerId: page.customerId
    }

    function errorOf(key) {
        return page.form.fieldErrors[key] || ""
    }

    // Sets several fields at once, e.g. {title: "…", contactPhone: "…"}; for tests and the screen tour.
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
            page.saved(page.form.savedTicketId)
        else
            page.revealFirstError()
    }

    function revealFirstError() {
        const fields = [titleField, categoryBox, channelChoice, urgencyChoice, impactChoice, contactNameField, contactPhoneField, vehicleBox]
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
            inForm = p === grid
        if (!inForm)
            return
        const y = item.mapToItem(grid, 0, 0).y
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

    Component.onCompleted: titleField.focusInput()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingL

        RowLayout {
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            spacing: Theme.spacingM
            Label {
                text: qsTr("New ticket")
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
            }
            StatusChip {
                objectName: "ticketCustomer"
                visible: page.form.customerName.length > 0
                text: qsTr("%1 · %2").arg(page.form.customerName).arg(page.form.customerNo)
                tone: "info"
                fontSize: Theme.fontBody
            }
            Item { Layout.fillWidth: true }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radiusLarge
            color: Theme.surface
            border.color: Theme.border

            Flickable {
                id: flick
                objectName: "newTicketFlick"
                anchors.fill: parent
                anchors.margins: Theme.spacingXl
                contentHeight: grid.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {
                    policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
                }

                GridLayout {
                    id: grid
                    width: flick.width - Theme.spacingM
                    columns: 2
                    columnSpacing: Theme.spacingXl
                    rowSpacing: Theme.spacingM

                    FormTextField {
                        id: titleField
                        key: "title"
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                        label: qsTr("What is wrong")
                        placeholderText: qsTr("A short title, e.g. OBU not recognised at the toll lane")
                        maximumLength: 120
                        text: page.form.title
                        error: page.errorOf("title")
                        onEdited: text => page.form.title = text
                    }
                    FormComboBox {
                        id: categoryBox
                        key: "category"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        label: qsTr("Category")
                        placeholder: qsTr("Choose a category")
                        options: page.form.categories.map(c => ({ value: c, text: Texts.categoryLabel(c) }))
                        value: page.form.category
                        error: page.errorOf("category")
                        onChosen: value => page.form.category = value
                    }
                    ChoiceRow {
                        id: channelChoice
                        key: "channel"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        label: qsTr("Reported via")
                        options: ["counter", "phone"].map(c => ({ value: c, label: Texts.channelLabel(c) }))
                        value: page.form.channel
                        error: page.errorOf("channel")
                        onChosen: value => page.form.channel = value
                    }

                    ChoiceRow {
                        id: urgencyChoice
                        key: "urgency"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        label: qsTr("Urgency")
                        options: [1, 2, 3].map(u => ({ value: u, label: Texts.urgencyLabel(u) }))
                        value: page.form.urgency
                        error: page.errorOf("urgency")
                        onChosen: value => page.form.urgency = value
                    }
                    ChoiceRow {
                        id: impactChoice
                        key: "impact"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        label: qsTr("Impact")
                        options: [1, 2, 3].map(i => ({ value: i, label: Texts.impactLabel(i) }))
                        value: page.form.impact
                        error: page.errorOf("impact")
                        onChosen: value => page.form.impact = value
                    }
                    RowLayout {
                        Layout.columnSpan: 2
                        spacing: Theme.spacingM
                        Label {
                            text: qsTr("Priority")
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontBody
                        }
                        StatusChip {
                            objectName: "priorityChip"
                            text: Texts.priorityLabel(page.form.priority)
                            tone: Texts.priorityTone(page.form.priority)
                            fontSize: Theme.fontBody
                        }
                        Label {
                            text: qsTr("follows from urgency and impact")
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                        }
                    }


                    FormTextField {
                        id: contactNameField
                        key: "contactName"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        label: qsTr("Contact name")
                        maximumLength: 60
                        text: page.form.contactName
                        error: page.errorOf("contactName")
                        onEdited: text => page.form.contactName = text
                    }
                    FormTextField {
                        id: contactPhoneField
                        key: "contactPhone"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        label: qsTr("Contact mobile phone")
                        placeholderText: qsTr("e.g. 138 0013 8000")
                        inputMethodHints: Qt.ImhDialableCharactersOnly | Qt.ImhNoPredictiveText
                        maximumLength: 20
                        text: page.form.contactPhone
                        error: page.errorOf("contactPhone")
                        hint: page.form.usesCustomerPhone ? qsTr("The customer's number on record, masked") : ""
                        onEdited: text => page.form.contactPhone = text
                    }
                    FormTextField {
                        key: "address"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        label: qsTr("Where (address or toll station)")
                        maximumLength: 200
                        text: page.form.address
                        onEdited: text => page.form.address = text
                    }
                    FormComboBox {
                        id: vehicleBox
                        key: "vehicleId"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        label: qsTr("Vehicle")
                        options: [{ value: "", text: qsTr("No vehicle") }].concat(
                                     page.form.vehicles.map(v => ({ value: v.vehicleId, text: v.plate + " · " + Texts.plateColourLabel(v.colour) })))
                        value: page.form.vehicleId
                        error: page.errorOf("vehicleId")
                        onChosen: value => page.form.vehicleId = value
                    }
                    ColumnLayout {
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                        spacing: Theme.spacingXs
                        Label {
                            text: qsTr("Details (optional)")
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontBody
                        }
                        TextArea {
                            id: descriptionArea
                            objectName: "descriptionField"
                            Layout.fillWidth: true
                            Layout.preferredHeight: 88
                            font.pixelSize: Theme.fontMedium
                            wrapMode: TextEdit.Wrap
                            placeholderText: qsTr("When it happens, what the customer has tried")
                            placeholderTextColor: Theme.textMuted
                            text: page.form.description
                            onTextChanged: page.form.description = text
                            background: Rectangle {
                                radius: Theme.radius
                                color: Theme.surface
                                border.width: descriptionArea.activeFocus ? 2 : 1
                                border.color: descriptionArea.activeFocus ? Theme.focus : Theme.border
                            }
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
                text: qsTr("Create ticket")
                onClicked: page.save()
            }
        }
    }
}
