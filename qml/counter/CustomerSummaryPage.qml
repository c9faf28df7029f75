pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// A customer at a glance: who, how to reach them (masked), their vehicles and recent tickets.
Item {
    id: page

    required property string customerId

    signal back()
    signal ticketChosen(string ticketId)
    signal newTicketRequested(string customerId)
    signal newComplaintRequested(string customerId)
    // Whether the person signed in may take a complaint down (the counter's roles).
    property bool canRegisterComplaint: false

    objectName: "customerSummaryPage"

    readonly property CustomerSummary customer: CustomerSummary {
        source: AppData
        customerId: page.customerId
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingL

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM
            FdButton {
                objectName: "backButton"
                variant: "secondary"
                text: qsTr("Back")
                onClicked: page.back()
            }
            Label {
                objectName: "customerName"
                text: page.customer.name
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
            }
            StatusChip {
                visible: page.customer.loaded
                text: Texts.customerKindLabel(page.customer.kind)
                tone: "info"
            }
            StatusChip {
                visible: page.customer.keyAccount
                text: qsTr("Key account")
                tone: "warning"
            }
            StatusChip {
                visible: page.customer.grade.length > 0
                text: qsTr("Grade %1").arg(page.customer.grade)
                tone: "neutral"
            }
            Item { Layout.fillWidth: true }
            FdButton {
                objectName: "newComplaintButton"
                visible: page.customer.loaded && page.canRegisterComplaint
                variant: "secondary"
                text: qsTr("New complaint")
                onClicked: page.newComplaintRequested(page.customerId)
            }
            FdButton {
                objectName: "newTicketButton"
                visible: page.customer.loaded
                text: qsTr("New ticket")
                onClicked: page.newTicketRequested(page.customerId)
            }
        }

        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.customer.errorMessage
            color: Theme.danger
            font.pixelSize: Theme.fontBody
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingXl

            // Contact and vehicles.
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                radius: Theme.radiusLarge
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.spacingXl
                    spacing: Theme.spacingL

                    Grid {
                        id: contactGrid
                        Layout.fillWidth: true
                        columns: 2
                        columnSpacing: Theme.spacingXl
                        rowSpacing: Theme.spacingM
                        readonly property real cellWidth: (width - columnSpacing) / 2
                        InfoField { width: contactGrid.cellWidth; label: qsTr("Customer number"); value: page.customer.customerNo }
                        InfoField { objectName: "customerPhone"; width: contactGrid.cellWidth; label: qsTr("Mobile phone"); value: page.customer.maskedPhone }
                        InfoField {
                            objectName: "customerIdNumber"
                            width: contactGrid.cellWidth
                            label: page.customer.kind === "corporate" ? qsTr("Unified social credit code") : qsTr("Resident ID")
                            value: page.customer.maskedId
                        }
                        InfoField { width: contactGrid.cellWidth; label: qsTr("Address"); value: page.customer.address }
                    }

                    Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.divider }

                    SectionTitle { text: qsTr("Vehicles") }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacingS
                        Repeater {
                            model: page.customer.vehicles
                            delegate: Rectangle {
                                id: vehicle
                                required property var modelData
                                implicitWidth: plateRow.implicitWidth + 2 * Theme.spacingL
                                implicitHeight: 48
                                radius: Theme.radius
                                color: Theme.surfaceMuted
                                border.color: Theme.border
                                RowLayout {
                                    id: plateRow
                                    anchors.centerIn: parent
                                    spacing: Theme.spacingS
                                    Label {
                                        text: vehicle.modelData.plate
                                        color: Theme.text
                                        font.pixelSize: Theme.fontMedium
                                        font.weight: Font.DemiBold
                                    }
                                    Label {
                                        text: Texts.plateColourLabel(vehicle.modelData.colour)
                                        color: Theme.textSecondary
                                        font.pixelSize: Theme.fontSmall
                                    }
                                }
                            }
                        }
                    }
                    Label {
                        visible: page.customer.loaded && page.customer.vehicles.length === 0
                        text: qsTr("No vehicles registered.")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontBody
                    }
                    Item { Layout.fillHeight: true }
                }
            }

            // Recent tickets: the customer explains a problem only once.
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                radius: Theme.radiusLarge
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.spacingXl
                    spacing: Theme.spacingM

                    RowLayout {
                        Layout.fillWidth: true
                        SectionTitle { text: qsTr("Recent tickets") }
                        Item { Layout.fillWidth: true }
                        Label {
                            text: qsTr("%n ticket(s) in all", "", page.customer.ticketCount)
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                    Repeater {
                        model: page.customer.recentTickets
                        delegate: ItemDelegate {
                            id: recent
                            required property var modelData
                            required property int index
                            objectName: "recentTicket_" + index
                            Layout.fillWidth: true
                            implicitHeight: Math.max(Theme.touchTarget + 12, recentColumn.implicitHeight + 2 * Theme.spacingS)
                            leftPadding: Theme.spacingM
                            rightPadding: Theme.spacingM
                            onClicked: page.ticketChosen(modelData.ticketId)
                            background: Rectangle {
                                radius: Theme.radius
                                color: recent.down ? Theme.primarySoft : Theme.surfaceMuted
                            }
                            contentItem: ColumnLayout {
                                id: recentColumn
                                spacing: 2
                                RowLayout {
                                    spacing: Theme.spacingS
                                    Label {
                                        text: recent.modelData.ticketNo
                                        color: Theme.textSecondary
                                        font.pixelSize: Theme.fontSmall
                                        font.family: "DejaVu Sans Mono"
                                    }
                                    StatusChip {
                                        text: Texts.stateLabel(recent.modelData.state)
                                        tone: Texts.stateTone(recent.modelData.state)
                                    }
                                    Item { Layout.fillWidth: true }
                                    Label {
                                        text: Texts.dateTime(recent.modelData.reportedAt)
                                        color: Theme.textMuted
                                        font.pixelSize: Theme.fontSmall
                                    }
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: recent.modelData.title
                                    color: Theme.text
                                    font.pixelSize: Theme.fontBody
                                    elide: Text.ElideRight
                                }
                            }
                        }
                    }
                    Label {
                        visible: page.customer.loaded && page.customer.recentTickets.length === 0
                        text: qsTr("No tickets for this customer.")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontBody
                    }
                    Item { Layout.fillHeight: true }
                }
            }
        }
    }
}
