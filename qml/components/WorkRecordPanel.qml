pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import FieldDesk

// What the crew recorded on site: fault record, parts used, photos, the customer's signature and
// the finish checklist. The ticket's crew fills it in on its tablet after arriving; everyone else
// (and the crew after finishing) reads it.
ColumnLayout {
    id: panel

    required property WorkRecord record
    property bool editingFault: false
    readonly property bool showForm: panel.record.canEdit && (panel.editingFault || !panel.record.fault.causeCategory)

    function ownershipLabel(key) {
        void Language.language
        switch (key) {
        case "customer": return qsTr("Customer's equipment")
        case "company": return qsTr("Our equipment")
        case "third_party": return qsTr("Third party's equipment")
        case "unknown": return qsTr("Owner not known")
        }
        return key
    }

    // For the screen tour: the form opened and filled in, or the signature pad with a sample.
    function showFaultForm(values) {
        if (!panel.record.canEdit)
            return false
        panel.editingFault = true
        faultForm.fill(values)
        return true
    }
    function showSignaturePad() {
        if (!panel.record.canEdit)
            return false
        signaturePad.open()
        signaturePad.drawSample()
        return true
    }

    spacing: Theme.spacingM

    SectionTitle { text: qsTr("Work record") }

    // The fault record. A plain item, not a Loader: Qt 6.4 refuses bound components in Loaders.
    FaultForm {
        id: faultForm
        Layout.fillWidth: true
        visible: panel.showForm
        record: panel.record
        onSaved: panel.editingFault = false
        onCancelled: panel.editingFault = false
        onVisibleChanged: if (visible) faultForm.reset()
    }
    ColumnLayout {
        Layout.fillWidth: true
        visible: !panel.showForm
        spacing: Theme.spacingXs
        Label {
            objectName: "faultSummary"
            Layout.fillWidth: true
            text: panel.record.fault.causeLabel || qsTr("No fault record yet.")
            color: panel.record.fault.causeLabel ? Theme.text : Theme.textSecondary
            font.pixelSize: Theme.fontMedium
            font.weight: panel.record.fault.causeLabel ? Font.DemiBold : Font.Normal
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: !!panel.record.fault.causeLabel
            text: [panel.ownershipLabel(panel.record.fault.ownership),
                   panel.record.fault.genuine ? qsTr("fault as reported") : qsTr("no fault found")].join(" · ")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontBody
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: panel.record.fault.workDone || ""
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        FdButton {
            objectName: "faultEdit"
            visible: panel.record.canEdit
            text: qsTr("Correct the fault record")
            variant: "secondary"
            onClicked: panel.editingFault = true
        }
    }

    // Parts used.
    Label {
        text: qsTr("Parts used")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontBody
    }
    Repeater {
        model: panel.record.parts
        delegate: Label {
            required property var modelData
            Layout.fillWidth: true
            text: modelData.code + "  " + modelData.name + "  × " + modelData.quantity
            color: Theme.text
            font.pixelSize: Theme.fontBody
        }
    }
    Label {
        visible: panel.record.parts.length === 0
        text: qsTr("None recorded.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
    }
    RowLayout {
        Layout.fillWidth: true
        visible: panel.record.canEdit
        spacing: Theme.spacingS
        TextField {
            id: partCode
            objectName: "partCode"
            Layout.preferredWidth: 140
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Part no.")
        }
        TextField {
            id: partName
            objectName: "partName"
            Layout.fillWidth: true
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Part name")
        }
        SpinBox {
            id: partQty
            objectName: "partQuantity"
            from: 1
            to: 999
            value: 1
            font.pixelSize: Theme.fontBody
        }
        FdButton {
            objectName: "partAdd"
            text: qsTr("Add part")
            variant: "secondary"
            onClicked: {
                if (panel.record.addPart(partCode.text, partName.text, partQty.value)) {
                    partCode.clear()
                    partName.clear()
                    partQty.value = 1
                }
            }
        }
    }

    // Photos and the signature.
    Label {
        text: qsTr("Photos and signature")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontBody
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        Repeater {
            model: panel.record.photos
            delegate: Rectangle {
                required property var modelData
                width: 112
                height: 84
                radius: Theme.radius
                color: Theme.neutralSoft
                border.color: Theme.border
                clip: true
                Image {
                    anchors.fill: parent
                    anchors.margins: 1
                    visible: parent.modelData.available
                    source: parent.modelData.url
                    fillMode: Image.PreserveAspectCrop
                    asynchronous: true
                    sourceSize.width: 224
                }
                Label {
                    anchors.centerIn: parent
                    visible: !parent.modelData.available
                    text: qsTr("On another device")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
        Rectangle {
            objectName: "signatureThumb"
            visible: !!panel.record.signature.at
            width: 168
            height: 84
            radius: Theme.radius
            color: "white"
            border.color: Theme.border
            Image {
                anchors.fill: parent
                anchors.margins: 2
                visible: !!panel.record.signature.available
                source: panel.record.signature.url || ""
                fillMode: Image.PreserveAspectFit
            }
            Label {
                anchors.left: parent.left
                anchors.bottom: parent.bottom
                anchors.margins: Theme.spacingXs
                text: qsTr("Signed")
                color: Theme.success
                font.pixelSize: Theme.fontSmall
            }
        }
    }
    RowLayout {
        visible: panel.record.canEdit
        spacing: Theme.spacingM
        FdButton {
            objectName: "photoAdd"
            text: qsTr("Add photo")
            variant: "secondary"
            onClicked: photoDialog.open()
        }
        FdButton {
            objectName: "signatureOpen"
            text: panel.record.signature.at ? qsTr("Sign again") : qsTr("Customer signs")
            variant: "secondary"
            onClicked: signaturePad.open()
        }
    }
    Label {
        Layout.fillWidth: true
        visible: panel.record.errorMessage.length > 0 && !panel.showForm
        text: panel.record.errorMessage
        color: Theme.danger
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }

    // The checklist before finishing.
    Label {
        text: panel.record.canEdit || panel.record.state === "arrived" ? qsTr("Before finishing") : qsTr("Finish checklist")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontBody
    }
    Repeater {
        model: panel.record.checklist
        delegate: RowLayout {
            id: item
            required property var modelData
            objectName: "check_" + modelData.key
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Label {
                text: item.modelData.done ? "✓" : "○"
                color: item.modelData.done ? Theme.success : Theme.textMuted
                font.pixelSize: Theme.fontMedium
                font.weight: Font.Bold
                Layout.preferredWidth: 20
            }
            Label {
                Layout.fillWidth: true
                text: item.modelData.label
                color: item.modelData.done ? Theme.text : Theme.textSecondary
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            FdButton {
                objectName: "confirm_" + item.modelData.key
                visible: panel.record.canEdit && item.modelData.confirmable && !item.modelData.done
                minimumHeight: 36
                text: item.modelData.key === "parts" ? qsTr("None used") : qsTr("Confirm")
                variant: "secondary"
                onClicked: panel.record.confirm(item.modelData.key)
            }
        }
    }

    FileDialog {
        id: photoDialog
        title: qsTr("Choose a photo")
        nameFilters: [qsTr("Images (*.jpg *.jpeg *.png *.webp)")]
        onAccepted: panel.record.addPhoto(selectedFile)
    }
    SignaturePad {
        id: signaturePad
        record: panel.record
    }
}
