import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// The customer signs with a finger (or the mouse) on the tablet. Saving hands the drawing to the
// work record as a PNG; nothing is kept until then.
Popup {
    id: pad

    required property WorkRecord record
    property int strokes: 0

    objectName: "signaturePad"
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    padding: Theme.spacingXl
    closePolicy: Popup.CloseOnEscape

    property bool samplePending: false

    function clear() {
        pad.strokes = 0
        if (!canvas.available)
            return
        canvas.getContext("2d").reset()
        canvas.requestPaint()
    }

    // For tests and the screen tour: a few strokes, as if someone had signed. The canvas can
    // be drawn on only once it is on screen.
    function drawSample() {
        if (!canvas.available) {
            pad.samplePending = true
            return
        }
        pad.samplePending = false
        const ctx = canvas.getContext("2d")
        ctx.lineWidth = 3
        ctx.strokeStyle = "#1A2633"
        ctx.beginPath()
        ctx.moveTo(40, 150)
        ctx.bezierCurveTo(90, 40, 140, 200, 190, 90)
        ctx.bezierCurveTo(230, 20, 260, 180, 320, 110)
        ctx.lineTo(420, 130)
        ctx.stroke()
        canvas.requestPaint()
        pad.strokes = 1
    }

    onOpened: clear()

    background: Rectangle {
        radius: Theme.radiusLarge
        color: Theme.surface
        border.color: Theme.border
    }

    ColumnLayout {
        spacing: Theme.spacingM

        SectionTitle { text: qsTr("Customer's signature") }
        Label {
            text: qsTr("Ask the customer to sign below to confirm the work was done.")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontBody
        }
        Rectangle {
            Layout.preferredWidth: 640
            Layout.preferredHeight: 240
            color: "white"
            border.color: Theme.border
            radius: Theme.radius

            Canvas {
                id: canvas
                objectName: "signatureCanvas"
                anchors.fill: parent
                property point last
                onAvailableChanged: if (available && pad.samplePending) pad.drawSample()

                MouseArea {
                    anchors.fill: parent
                    onPressed: mouse => {
                        canvas.last = Qt.point(mouse.x, mouse.y)
                        pad.strokes += 1
                    }
                    onPositionChanged: mouse => {
                        const ctx = canvas.getContext("2d")
                        ctx.lineWidth = 3
                        ctx.lineCap = "round"
                        ctx.strokeStyle = "#1A2633"
                        ctx.beginPath()
                        ctx.moveTo(canvas.last.x, canvas.last.y)
                        ctx.lineTo(mouse.x, mouse.y)
                        ctx.stroke()
                        canvas.last = Qt.point(mouse.x, mouse.y)
                        canvas.requestPaint()
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                visible: pad.strokes === 0
                text: qsTr("Sign here")
                color: Theme.textMuted
                font.pixelSize: Theme.fontLarge
            }
        }
        Label {
            Layout.fillWidth: true
            visible: pad.record.errorField === "file"
            text: pad.record.errorMessage
            color: Theme.danger
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        RowLayout {
            spacing: Theme.spacingM
            FdButton {
                objectName: "signatureSave"
                text: qsTr("Save signature")
                enabled: pad.strokes > 0
                onClicked: {
                    if (pad.record.saveSignature(canvas.toDataURL("image/png")))
                        pad.close()
                }
            }
            FdButton {
                text: qsTr("Clear")
                variant: "secondary"
                onClicked: pad.clear()
            }
            Item { Layout.fillWidth: true }
            FdButton {
                text: qsTr("Cancel")
                variant: "secondary"
                onClicked: pad.close()
            }
        }
    }
}
