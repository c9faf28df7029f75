pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// Report loss (挂失) at the counter: the card number and the holder, taken offline too. The report
// is the customer's intent: it goes to the server before anything else, and the card is frozen
// only once the server has put it on the status list. Until then the customer must hear that it
// is not frozen yet. Beside the form, the device's recent reports and its copy of the list.
Item {
    id: page

    objectName: "lossReportPage"

    readonly property LossReportDesk desk: LossReportDesk {
        source: AppData
        session: Session
        sync: SyncStatus
        language: Language.language
    }

    function errorOf(key) {
        return page.desk.fieldErrors[key] || ""
    }

    // Sets several fields at once, e.g. {cardNo: "…", channel: "phone"}; for tests and the screen tour.
    function fill(values) {
        for (const key in values)
            page.desk[key] = values[key]
    }

    // Shows every problem without saving anything; true if there were any.
    function check() {
        return !page.desk.validate()
    }

    function submit() {
        if (page.desk.submit())
            cardField.focusInput()
    }

    // Messages come from C++ in the language of the moment: check again in the new one.
    Connections {
        target: Language
        function onLanguageChanged() {
            if (Object.keys(page.desk.fieldErrors).length > 0)
                page.desk.validate()
        }
    }

    Component.onCompleted: cardField.focusInput()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            spacing: Theme.spacingM
            Label {
                text: qsTr("Report loss")
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
            }
            StatusChip {
                objectName: "lossReportOnlineChip"
                text: SyncStatus.connected ? qsTr("Online: reports go out at once") : qsTr("Offline: reports go out first when online")
                tone: SyncStatus.connected ? "success" : "warning"
                fontSize: Theme.fontBody
            }
            Item { Layout.fillWidth: true }
        }

        // What the customer must hear, always in view.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: noticeText.implicitHeight + 2 * Theme.spacingM
            radius: Theme.radius
            color: Theme.warningSoft
            border.color: Qt.alpha(Theme.warning, 0.3)
            Label {
                id: noticeText
                objectName: "lossReportNotice"
                anchors.fill: parent
                anchors.margins: Theme.spacingM
                text: qsTr("A report is taken here even offline and is sent before anything else once this counter is online. Until the server confirms it, the card is NOT frozen and can still be used: tell the customer so.")
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignVCenter
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingL

            // The report: the fields scroll, what happened and the buttons stay in view.
            Rectangle {
                Layout.fillHeight: true
                Layout.fillWidth: true
                Layout.preferredWidth: 11
                radius: Theme.radiusLarge
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.spacingL
                    spacing: Theme.spacingM

                    Flickable {
                        id: flick
                        objectName: "lossReportFlick"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        contentHeight: form.implicitHeight
                        clip: true
                        boundsBehavior: Flickable.StopAtBounds
                        ScrollBar.vertical: ScrollBar {
                            policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                        }

                        ColumnLayout {
                            id: form
                            width: flick.width - Theme.spacingL
                            spacing: Theme.spacingM

                            ChoiceRow {
                                key: "channel"
                                Layout.fillWidth: true
                                options: [
                                    { value: "counter", label: qsTr("Holder at the counter") },
                                    { value: "phone", label: qsTr("Holder on the phone") }
                                ]
                                value: page.desk.channel
                                error: page.errorOf("channel")
                                onChosen: value => page.desk.channel = value
                            }
                            FormTextField {
                                id: cardField
                                key: "cardNo"
                                Layout.fillWidth: true
                                label: qsTr("Card number (20 digits)")
                                placeholderText: qsTr("e.g. 3401 2201 0000 0000 0042")
                                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhNoPredictiveText
                                maximumLength: 32
                                text: page.desk.cardNo
                                error: page.errorOf("cardNo")
                                onEdited: text => page.desk.cardNo = text
                            }
                            FormTextField {
                                key: "holderIdNumber"
                                Layout.fillWidth: true
                                label: page.desk.channel === "phone" ? qsTr("Holder's ID number or credit code (required)")
                                                                     : qsTr("Holder's ID number or credit code")
                                placeholderText: qsTr("Resident ID or unified social credit code")
                                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
                                maximumLength: 24
                                text: page.desk.holderIdNumber
                                error: page.errorOf("holderIdNumber")
                                hint: page.desk.channel === "phone" ? qsTr("Nobody sees the caller's papers: the server checks the number against the account.")
                                                                    : qsTr("Check the holder's ID card; with the number the server checks it against the account too.")
                                onEdited: text => page.desk.holderIdNumber = text
                            }
                            GridLayout {
                                Layout.fillWidth: true
                                columns: 2
                                columnSpacing: Theme.spacingL
                                rowSpacing: Theme.spacingM
                                FormTextField {
                                    key: "holderName"
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: 1
                                    label: qsTr("Holder's name")
                                    maximumLength: page.desk.maxNameLength
                                    text: page.desk.holderName
                                    error: page.errorOf("holderName")
                                    onEdited: text => page.desk.holderName = text
                                }
                                FormTextField {
                                    key: "reporterPhone"
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: 1
                                    label: qsTr("Phone to call back")
                                    placeholderText: qsTr("e.g. 138 0013 8000")
                                    inputMethodHints: Qt.ImhDialableCharactersOnly | Qt.ImhNoPredictiveText
                                    maximumLength: 20
                                    text: page.desk.reporterPhone
                                    error: page.errorOf("reporterPhone")
                                    onEdited: text => page.desk.reporterPhone = text
                                }
                            }
                        }
                    }

                    // The outcome of the last report: what the customer must hear now.
                    Rectangle {
                        objectName: "lossReportOutcome"
                        Layout.fillWidth: true
                        visible: page.desk.message.length > 0
                        implicitHeight: outcomeColumn.implicitHeight + 2 * Theme.spacingM
                        radius: Theme.radius
                        color: Theme.successSoft
                        border.color: Qt.alpha(Theme.success, 0.3)
                        ColumnLayout {
                            id: outcomeColumn
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.top: parent.top
                            anchors.margins: Theme.spacingM
                            spacing: Theme.spacingXs
                            Label {
                                objectName: "lossReportMessage"
                                Layout.fillWidth: true
                                text: page.desk.message
                                color: Theme.text
                                font.pixelSize: Theme.fontMedium
                                font.weight: Font.DemiBold
                                wrapMode: Text.Wrap
                            }
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("Tell the customer: until then the card is not frozen yet.")
                                color: Theme.textSecondary
                                font.pixelSize: Theme.fontBody
                                wrapMode: Text.Wrap
                            }
                        }
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingM
                        Label {
                            objectName: "lossReportSummary"
                            Layout.fillWidth: true
                            text: page.desk.errorMessage
                            color: Theme.danger
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.Wrap
                        }
                        FdButton {
                            objectName: "lossReportClear"
                            variant: "secondary"
                            text: qsTr("Clear")
                            onClicked: page.desk.clear()
                        }
                        FdButton {
                            objectName: "lossReportSubmit"
                            Layout.preferredWidth: Math.max(implicitWidth, 180)
                            text: qsTr("Record loss report")
                            onClicked: page.submit()
                        }
                    }
                }
            }

            // The device's status list and its recent reports.
            Rectangle {
                Layout.fillHeight: true
                Layout.fillWidth: true
                Layout.preferredWidth: 8
                radius: Theme.radiusLarge
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.spacingL
                    spacing: Theme.spacingS

                    SectionTitle {
                        Layout.fillWidth: true
                        text: qsTr("Status list on this device")
                    }
                    Label {
                        objectName: "statusListInfo"
                        Layout.fillWidth: true
                        text: page.desk.listVersion > 0
                              ? qsTr("Version %1 · %n card(s) or OBU(s) listed", "", page.desk.listedCount).arg(page.desk.listVersion)
                              : qsTr("No status list on this device yet")
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "statusListAge"
                        Layout.fillWidth: true
                        text: page.desk.listAgeText
                        color: page.desk.listStale ? Theme.warning : Theme.textSecondary
                        font.pixelSize: Theme.fontBody
                        font.weight: page.desk.listStale ? Font.DemiBold : Font.Normal
                        wrapMode: Text.Wrap
                    }

                    Rectangle {
                        Layout.fillWidth: true
                        Layout.preferredHeight: 1
                        Layout.topMargin: Theme.spacingXs
                        Layout.bottomMargin: Theme.spacingXs
                        color: Theme.divider
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        SectionTitle {
                            Layout.fillWidth: true
                            text: qsTr("Recent loss reports")
                            elide: Text.ElideRight
                        }
                        StatusChip {
                            objectName: "lossReportPendingChip"
                            visible: page.desk.pendingCount > 0
                            text: qsTr("%n not yet frozen", "", page.desk.pendingCount)
                            tone: "warning"
                        }
                    }

                    Item {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        ListView {
                            id: reportList
                            objectName: "lossReportList"
                            anchors.fill: parent
                            clip: true
                            spacing: Theme.spacingS
                            model: page.desk.reports
                            ScrollBar.vertical: ScrollBar { }
                            delegate: LossReportRow {
                                width: reportList.width - Theme.spacingS
                            }
                        }
                        EmptyState {
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.verticalCenter: parent.verticalCenter
                            visible: reportList.count === 0
                            title: qsTr("No loss reports on this device yet")
                            detail: qsTr("Reports taken here are listed with what became of them.")
                        }
                    }
                }
            }
        }
    }
}
