pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// A complaint taken down at the counter: who complains and how to reach them, how it came in,
// what it is about, and whether it takes the emergency path. Whoever registers it owns it.
Item {
    id: page

    // Optional: opened from a customer or a ticket, the complaint refers to it.
    property string customerId: ""
    property string ticketId: ""

    signal cancelled()
    signal saved(string complaintId)

    objectName: "newComplaintPage"

    readonly property ComplaintForm form: ComplaintForm {
        source: AppData
        session: Session
        customerId: page.customerId
        ticketId: page.ticketId
    }

    function errorOf(key) {
        return page.form.fieldErrors[key] || ""
    }

    // Sets several fields at once, e.g. {complainantName: "…", emergency: true}; for tests and the screen tour.
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
            page.saved(page.form.savedComplaintId)
        else
            page.revealFirstError()
    }

    function revealFirstError() {
        for (const f of [nameField, phoneField, channelChoice, categoryChoice, contentColumn]) {
            if (f.hasError) {
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

    Component.onCompleted: nameField.focusInput()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingL

        RowLayout {
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            spacing: Theme.spacingM
            Label {
                text: qsTr("New complaint")
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
            }
            StatusChip {
                objectName: "complaintCustomer"
                visible: page.form.customerName.length > 0
                text: qsTr("Customer %1").arg(page.form.customerName)
                tone: "info"
                fontSize: Theme.fontBody
            }
            StatusChip {
                objectName: "complaintTicket"
                visible: page.form.ticketNo.length > 0
                text: qsTr("About %1").arg(page.form.ticketNo)
                tone: "neutral"
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
                objectName: "newComplaintFlick"
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
                        id: nameField
                        key: "complainantName"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        label: qsTr("Complainant's name")
                        maximumLength: page.form.maxNameLength
                        text: page.form.complainantName
                        error: page.errorOf("complainantName")
                        onEdited: text => page.form.complainantName = text
                    }
                    FormTextField {
                        id: phoneField
                        key: "complainantPhone"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        label: qsTr("Mobile phone for the answer")
                        placeholderText: qsTr("e.g. 138 0013 8000")
                        inputMethodHints: Qt.ImhDialableCharactersOnly | Qt.ImhNoPredictiveText
                        maximumLength: 20
                        text: page.form.complainantPhone
                        error: page.errorOf("complainantPhone")
                        hint: page.form.usesCustomerPhone ? qsTr("The customer's number on record, masked") : ""
                        onEdited: text => page.form.complainantPhone = text
                    }
                    ChoiceRow {
                        id: channelChoice
                        key: "channel"
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                        label: qsTr("Came in via")
                        options: page.form.channels.map(c => ({ value: c, label: Texts.channelLabel(c) }))
                        value: page.form.channel
                        error: page.errorOf("channel")
                        onChosen: value => page.form.channel = value
                    }
                    ChoiceRow {
                        id: categoryChoice
                        key: "category"
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                        label: qsTr("What it is about")
                        options: page.form.categories.map(c => ({ value: c, label: Texts.complaintCategoryLabel(c) }))
                        value: page.form.category
                        error: page.errorOf("category")
                        onChosen: value => page.form.category = value
                    }

                    // What happened, in the complainant's words; its message directly under it.
                    ColumnLayout {
                        id: contentColumn
                        readonly property bool hasError: contentError.text.length > 0
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                        spacing: Theme.spacingXs
                        Label {
                            text: qsTr("What happened")
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontBody
                        }
                        TextArea {
                            id: contentArea
                            objectName: "contentField"
                            Layout.fillWidth: true
                            Layout.preferredHeight: 120
                            font.pixelSize: Theme.fontMedium
                            wrapMode: TextEdit.Wrap
                            placeholderText: qsTr("When and where, who was involved, what the complainant expects")
                            placeholderTextColor: Theme.textMuted
                            text: page.form.content
                            onTextChanged: page.form.content = text
                            Accessible.name: qsTr("What happened")
                            Accessible.description: contentError.text
                            background: Rectangle {
                                radius: Theme.radius
                                color: contentColumn.hasError ? Qt.alpha(Theme.dangerSoft, 0.5) : Theme.surface
                                border.width: contentColumn.hasError || contentArea.activeFocus ? 2 : 1
                                border.color: contentColumn.hasError ? Theme.danger : (contentArea.activeFocus ? Theme.focus : Theme.border)
                            }
                        }
                        Label {
                            id: contentError
                            objectName: "contentError"
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: page.errorOf("content")
                            color: Theme.danger
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                        }
                    }

                    RowLayout {
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                        spacing: Theme.spacingM
                        Switch {
                            id: emergencySwitch
                            objectName: "emergencySwitch"
                            // Top, not centred: Qt 6.4 kept a stale centred position once the wrapped text beside it reflowed.
                            Layout.alignment: Qt.AlignTop
                            checked: page.form.emergency
                            onToggled: page.form.emergency = checked
                            Accessible.name: qsTr("Emergency")
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Label {
                                text: qsTr("Emergency")
                                color: Theme.text
                                font.pixelSize: Theme.fontMedium
                                font.weight: Font.DemiBold
                            }
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("Safety, a car stuck at a lane, money taken twice: the answer is due within hours, not days.")
                                color: Theme.textSecondary
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                    Label {
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                        text: qsTr("You are the first contact for this complaint and own it until the complainant has an answer.")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
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
                text: qsTr("Register complaint")
                onClicked: page.save()
            }
        }
    }
}
