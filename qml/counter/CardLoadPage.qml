pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// Card load (圈存) at the counter: the card on the reader, what the customer paid, then the
// server credits the account and authorises the card write. A load that could not reach the card
// stays on the account and is finished the next time the card is presented; it is never made twice.
Item {
    id: page

    objectName: "cardLoadPage"

    readonly property CardLoadDesk desk: CardLoadDesk {
        source: AppData
        sync: SyncStatus
        staffId: Session.staffId
    }
    property string payment: "cash"

    // For the screen tour and tests: a card put on the reader and, optionally, an amount typed in.
    function showCard(name, amount) {
        page.desk.refreshCards()
        page.desk.present(name)
        amountField.text = amount || ""
        return page.desk.card.cardNo !== undefined
    }

    function submit() {
        page.desk.load(amountField.text, page.payment)
    }

    Component.onCompleted: page.desk.refreshCards()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingL

        RowLayout {
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            spacing: Theme.spacingM
            Label {
                text: qsTr("Card load")
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
            }
            StatusChip {
                objectName: "loadOnlineChip"
                text: !page.desk.available ? qsTr("Needs the server")
                      : SyncStatus.connected ? qsTr("Server connected") : qsTr("Server not reachable right now")
                tone: page.desk.available && SyncStatus.connected ? "success" : "warning"
                fontSize: Theme.fontBody
            }
            Item { Layout.fillWidth: true }
        }

        Label {
            Layout.fillWidth: true
            visible: !page.desk.available
            objectName: "loadUnavailable"
            text: qsTr("Loads are authorised by the server only, so they cannot be made while this counter is offline. Everything else here keeps working.")
            color: Theme.warning
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingL

            // The reader: which card lies on it.
            Rectangle {
                Layout.fillHeight: true
                Layout.preferredWidth: 320
                radius: Theme.radiusLarge
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.spacingL
                    spacing: Theme.spacingS

                    RowLayout {
                        Layout.fillWidth: true
                        SectionTitle {
                            Layout.fillWidth: true
                            text: qsTr("Card reader")
                        }
                        FdButton {
                            objectName: "refreshCardsButton"
                            variant: "secondary"
                            text: qsTr("Look again")
                            enabled: !page.desk.busy
                            onClicked: page.desk.refreshCards()
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Simulated reader: choose the card the customer put on it.")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                    Item {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        ListView {
                            id: cardList
                            objectName: "readerCards"
                            anchors.fill: parent
                            clip: true
                            spacing: Theme.spacingXs
                            model: page.desk.cards
                            delegate: ItemDelegate {
                                id: cardItem
                                required property string modelData
                                readonly property bool current: page.desk.presented === modelData
                                width: cardList.width
                                implicitHeight: Theme.touchTarget
                                enabled: !page.desk.busy
                                onClicked: page.desk.present(current ? "" : modelData)
                                background: Rectangle {
                                    radius: Theme.radius
                                    color: cardItem.current ? Theme.primarySoft : (cardItem.down ? Theme.neutralSoft : "transparent")
                                    border.color: cardItem.current ? Theme.primary : Theme.divider
                                }
                                contentItem: Label {
                                    text: cardItem.modelData
                                    color: cardItem.current ? Theme.primary : Theme.text
                                    font.pixelSize: Theme.fontBody
                                    font.family: "DejaVu Sans Mono"
                                    verticalAlignment: Text.AlignVCenter
                                    elide: Text.ElideMiddle
                                }
                            }
                        }
                        EmptyState {
                            anchors.fill: parent
                            visible: cardList.count === 0
                            title: qsTr("No card on the reader")
                            detail: qsTr("Cards for this reader are issued at the server and lie in the card-reader folder of this counter.")
                        }
                    }
                }
            }

            // The card as read, the payment, and the outcome.
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                radius: Theme.radiusLarge
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.spacingXl
                    spacing: Theme.spacingM

                    SectionTitle {
                        Layout.fillWidth: true
                        text: qsTr("Card")
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: page.desk.card.cardNo === undefined
                        text: qsTr("Put the customer's card on the reader.")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontBody
                    }
                    GridLayout {
                        Layout.fillWidth: true
                        visible: page.desk.card.cardNo !== undefined
                        columns: 2
                        columnSpacing: Theme.spacingXl
                        rowSpacing: Theme.spacingS
                        InfoField {
                            objectName: "cardNoField"
                            label: qsTr("Card number")
                            value: page.desk.card.cardNo || ""
                        }
                        InfoField {
                            objectName: "cardBalanceField"
                            label: qsTr("Balance on the card")
                            value: page.desk.card.balance || ""
                        }
                        InfoField {
                            label: qsTr("Card type")
                            value: page.desk.card.type === "debit" ? qsTr("Debit card") : qsTr("Stored-value card")
                        }
                        InfoField {
                            label: qsTr("Valid")
                            value: (page.desk.card.validFrom || "") + " – " + (page.desk.card.validTo || "")
                        }
                    }

                    Rectangle {
                        Layout.fillWidth: true
                        Layout.preferredHeight: 1
                        color: Theme.divider
                    }

                    FormTextField {
                        id: amountField
                        key: "amount"
                        objectName: "amountField"
                        Layout.fillWidth: true
                        Layout.maximumWidth: 360
                        label: qsTr("Amount paid (yuan)")
                        placeholderText: qsTr("e.g. 200 or 50.50")
                        inputMethodHints: Qt.ImhFormattedNumbersOnly
                        maximumLength: 12
                        error: page.desk.amountError
                    }
                    ChoiceRow {
                        key: "payment"
                        objectName: "paymentChoice"
                        Layout.fillWidth: true
                        label: qsTr("Paid by")
                        options: [
                            { value: "cash", label: qsTr("Cash") },
                            { value: "bank_card", label: qsTr("Bank card") },
                            { value: "qr", label: qsTr("QR code") }
                        ]
                        value: page.payment
                        onChosen: value => page.payment = value
                    }

                    // The outcome: loaded, an earlier load finished, or what went wrong.
                    Rectangle {
                        objectName: "loadOutcome"
                        Layout.fillWidth: true
                        visible: page.desk.status.length > 0
                        implicitHeight: outcomeColumn.implicitHeight + 2 * Theme.spacingL
                        radius: Theme.radius
                        readonly property string tone: page.desk.status === "loaded" ? "success"
                                                       : page.desk.status === "failed" ? "danger" : "warning"
                        color: Theme.toneSoftColor(tone)
                        border.color: Qt.alpha(Theme.toneColor(tone), 0.3)

                        ColumnLayout {
                            id: outcomeColumn
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.top: parent.top
                            anchors.margins: Theme.spacingL
                            spacing: Theme.spacingXs
                            Label {
                                objectName: "loadMessage"
                                Layout.fillWidth: true
                                text: page.desk.message
                                color: Theme.text
                                font.pixelSize: Theme.fontMedium
                                font.weight: Font.DemiBold
                                wrapMode: Text.Wrap
                            }
                            Label {
                                Layout.fillWidth: true
                                visible: page.desk.result.loadId !== undefined
                                text: qsTr("Card balance now %1 · account balance %2 · load %3")
                                      .arg(page.desk.result.cardBalance || "")
                                      .arg(page.desk.result.accountBalance || "")
                                      .arg(page.desk.result.loadId || "")
                                color: Theme.textSecondary
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                            }
                        }
                    }

                    Item { Layout.fillHeight: true }

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingM
                        BusyIndicator {
                            objectName: "loadBusy"
                            running: page.desk.busy
                            visible: running
                            Layout.preferredHeight: Theme.touchTarget
                            Layout.preferredWidth: Theme.touchTarget
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: page.desk.busy
                            text: qsTr("Asking the server and writing the card… keep the card on the reader.")
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.Wrap
                        }
                        Item { Layout.fillWidth: !page.desk.busy }
                        FdButton {
                            objectName: "settleButton"
                            variant: "secondary"
                            visible: page.desk.status === "unfinished"
                            text: qsTr("Finish the earlier load")
                            enabled: !page.desk.busy && page.desk.available
                            onClicked: page.desk.settle()
                        }
                        FdButton {
                            objectName: "loadButton"
                            Layout.preferredWidth: Math.max(implicitWidth, 180)
                            text: page.desk.status === "failed" || page.desk.status === "unfinished" ? qsTr("Try again") : qsTr("Load card")
                            enabled: !page.desk.busy && page.desk.available && page.desk.card.cardNo !== undefined
                            onClicked: page.submit()
                        }
                    }
                }
            }
        }
    }
}
