pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// A customer files a repair request or a complaint themselves: what it is about, their name and
// mobile phone (the key for the follow-up). It is saved on this kiosk, offline too, and synced;
// the receipt shows its number and the phone masked. Closing the panel forgets everything.
Rectangle {
    id: panel

    // "repair" or "complaint"
    required property string kind
    required property string title
    required property string icon
    required property color accent

    signal done()
    // {kind, number, phone} of the saved request, for the follow-up panel.
    signal followUp(var query)
    // Typing, which the kiosk's idle watcher does not see when an on-screen keyboard sends it.
    signal activity()

    objectName: "requestPanel"
    color: Theme.background

    readonly property KioskRequestForm form: KioskRequestForm {
        source: AppData
        kind: panel.kind
    }
    readonly property bool isComplaint: panel.kind === "complaint"

    // SCREEN TOUR PREVIEW ONLY: the tour saves nothing, so to photograph the receipt it sets a
    // made-up {number, maskedPhone} here. Nothing else sets it, and it is never saved.
    property var tourPreview: null
    readonly property bool showsReceipt: panel.form.submitted || panel.tourPreview !== null

    function errorOf(key) {
        return panel.form.fieldErrors[key] || ""
    }

    // Sets several fields at once, e.g. {problem: "obu_not_read", phone: "…"}; tests and the tour.
    function fill(values) {
        for (const key in values) {
            if (key !== "kind")
                panel.form[key] = values[key]
        }
        return true
    }

    // Shows every problem without saving anything; true if there were any.
    function check() {
        if (panel.form.validate())
            return false
        panel.revealFirstError()
        return true
    }

    function send() {
        if (!panel.form.submit())
            panel.revealFirstError()
    }

    function previewReceiptForTour(values) {
        panel.tourPreview = values
        return true
    }

    function revealFirstError() {
        for (const f of [problemChoice, categoryChoice, descriptionArea, contentArea, plateField, nameField, phoneField]) {
            if (f.visible && f.hasError) {
                panel.ensureVisible(f)
                return
            }
        }
    }

    // Scrolls the form so that @p item, one of its fields, is in view.
    function ensureVisible(item) {
        let inForm = false
        for (let p = item; p && !inForm; p = p.parent)
            inForm = p === fields
        if (!inForm)
            return
        const y = item.mapToItem(fields, 0, 0).y
        if (y < flick.contentY || y + item.height > flick.contentY + flick.height)
            flick.contentY = Math.max(0, Math.min(y - Theme.spacingL, flick.contentHeight - flick.height))
    }

    // Messages come from C++ in the language of the moment: check again in the new one.
    Connections {
        target: Language
        function onLanguageChanged() {
            panel.form.retranslate()
        }
    }

    // A field reached with the keyboard's Tab or Next key comes into view.
    Connections {
        target: panel.Window.window
        function onActiveFocusItemChanged() {
            const item = panel.Window.activeFocusItem
            if (item && panel.visible && !panel.showsReceipt)
                panel.ensureVisible(item)
        }
    }

    // Swallow touches so nothing behind the panel reacts.
    MouseArea { anchors.fill: parent }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 48
        visible: !panel.showsReceipt
        spacing: Theme.spacingXl

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXl
            Rectangle {
                Layout.alignment: Qt.AlignTop
                implicitWidth: 96
                implicitHeight: 96
                radius: 48
                color: panel.accent
                Image {
                    anchors.centerIn: parent
                    source: "qrc:/FieldDesk/assets/icons/" + panel.icon + ".svg"
                    sourceSize: Qt.size(52, 52)
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Label {
                    objectName: "requestTitle"
                    Layout.fillWidth: true
                    text: panel.title
                    color: Theme.text
                    font.pixelSize: Theme.kioskHeadline
                    font.weight: Font.Bold
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: panel.isComplaint ? qsTr("Tell us what went wrong. The department responsible will look into it and answer you.")
                                            : qsTr("Tell us what is wrong and how to reach you. A repair crew will call you.")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.kioskBody
                    wrapMode: Text.Wrap
                }
            }
        }

        // The offline policy, before the customer starts (DESIGN.md): this works without a connection.
        Label {
            objectName: "requestOfflinePolicy"
            Layout.fillWidth: true
            text: qsTr("This works without a connection too: your request is saved on this kiosk and passed on automatically.")
            color: Theme.info
            font.pixelSize: Theme.fontLarge
            wrapMode: Text.Wrap
            padding: Theme.spacingL
            background: Rectangle {
                radius: Theme.radius
                color: Theme.infoSoft
            }
        }

        Flickable {
            id: flick
            objectName: "requestFlick"
            Layout.fillWidth: true
            // As tall as the form, so the buttons follow it (and stay above an on-screen keyboard);
            // when messages make it taller than the screen, it scrolls.
            Layout.fillHeight: true
            Layout.preferredHeight: fields.implicitHeight
            Layout.maximumHeight: fields.implicitHeight
            contentHeight: fields.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {
                // Shown only when there is more to see: a bar beside a form that fits looks like a frame.
                policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            }

            ColumnLayout {
                id: fields
                // Room for the scroll bar on the right.
                width: flick.width - Theme.spacingXl
                spacing: Theme.spacingXl

                KioskChoiceGrid {
                    id: problemChoice
                    key: "problem"
                    Layout.fillWidth: true
                    visible: !panel.isComplaint
                    label: qsTr("What is wrong?")
                    options: {
                        void Language.language
                        return panel.form.problems.map(p => ({ value: p, label: panel.form.problemTitle(p) }))
                    }
                    value: panel.form.problem
                    error: panel.errorOf("problem")
                    onChosen: v => { panel.form.problem = v; panel.activity() }
                }
                KioskChoiceGrid {
                    id: categoryChoice
                    key: "category"
                    Layout.fillWidth: true
                    visible: panel.isComplaint
                    label: qsTr("What is your complaint about?")
                    options: panel.form.complaintCategories.map(c => ({ value: c, label: Texts.complaintCategoryLabel(c) }))
                    value: panel.form.category
                    error: panel.errorOf("category")
                    onChosen: v => { panel.form.category = v; panel.activity() }
                }
                KioskTextArea {
                    id: descriptionArea
                    key: "description"
                    Layout.fillWidth: true
                    visible: !panel.isComplaint
                    label: panel.form.problem === "other" ? qsTr("Tell us what is wrong") : qsTr("Tell us more (optional)")
                    placeholderText: qsTr("When it happens, what you have tried")
                    maximumLength: panel.form.maxDescriptionLength
                    minimumLines: 2
                    text: panel.form.description
                    error: panel.errorOf("description")
                    onEdited: t => { panel.form.description = t; panel.activity() }
                }
                KioskTextArea {
                    id: contentArea
                    key: "content"
                    Layout.fillWidth: true
                    visible: panel.isComplaint
                    label: qsTr("What happened?")
                    placeholderText: qsTr("What happened, when and where")
                    maximumLength: panel.form.maxContentLength
                    minimumLines: 4
                    text: panel.form.content
                    error: panel.errorOf("content")
                    onEdited: t => { panel.form.content = t; panel.activity() }
                }
                KioskTextInput {
                    id: plateField
                    key: "plate"
                    Layout.fillWidth: true
                    visible: !panel.isComplaint
                    label: qsTr("Vehicle plate (optional)")
                    placeholderText: qsTr("e.g. 皖A12345")
                    maximumLength: 12
                    text: panel.form.plate
                    error: panel.errorOf("plate")
                    onEdited: t => { panel.form.plate = t; panel.activity() }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingXl
                    KioskTextInput {
                        id: nameField
                        key: "name"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        label: qsTr("Your name")
                        maximumLength: panel.form.maxNameLength
                        text: panel.form.name
                        error: panel.errorOf("name")
                        onEdited: t => { panel.form.name = t; panel.activity() }
                    }
                    KioskTextInput {
                        id: phoneField
                        key: "phone"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        label: qsTr("Mobile phone number")
                        placeholderText: qsTr("e.g. 138 0013 8000")
                        inputMethodHints: Qt.ImhDialableCharactersOnly | Qt.ImhNoPredictiveText
                        maximumLength: 20
                        text: panel.form.phone
                        error: panel.errorOf("phone")
                        onEdited: t => { panel.form.phone = t; panel.activity() }
                    }
                }
            }
        }

        Label {
            objectName: "requestFormError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: panel.form.errorMessage
            color: Theme.danger
            font.pixelSize: Theme.kioskBody
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXl
            FdButton {
                objectName: "requestBack"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                minimumHeight: 96
                font.pixelSize: Theme.kioskTitle
                variant: "secondary"
                text: qsTr("Back to start")
                onClicked: panel.done()
            }
            FdButton {
                objectName: "requestSubmit"
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                minimumHeight: 96
                font.pixelSize: Theme.kioskTitle
                text: panel.isComplaint ? qsTr("Send complaint") : qsTr("Send request")
                onClicked: panel.send()
            }
        }

        Item { Layout.fillHeight: true }
    }

    KioskReceipt {
        anchors.fill: parent
        anchors.margins: 48
        visible: panel.showsReceipt
        kind: panel.kind
        number: panel.tourPreview ? panel.tourPreview.number : panel.form.savedNumber
        maskedPhone: panel.tourPreview ? panel.tourPreview.maskedPhone : panel.form.maskedPhone
        receiptText: {
            void Language.language
            return panel.tourPreview ? panel.form.receiptFor(panel.kind, panel.tourPreview.number) : panel.form.receiptText
        }
        icon: panel.icon
        accent: panel.accent
        onFollowUp: panel.followUp(panel.form.followUpQuery())
        onDone: panel.done()
    }
}
