// Not `pragma ComponentBehavior: Bound`: Qt 6.4's ListView cannot create a bound section
// delegate ("QQmlComponent: Component is not ready"; fixed in 6.5). Delegates still use
// required properties.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldDesk

// One search field for customers and tickets: name (or part of it), phone or its last digits,
// plate, card, ID or ticket number. Numbers are masked in the list.
Item {
    id: page

    signal customerChosen(string customerId)
    signal ticketChosen(string ticketId)
    // prefill: the search text, when it found nothing and the customer is new.
    signal newCustomerRequested(string prefill)

    property alias query: searchField.text

    objectName: "counterSearchPage"

    readonly property SearchResultModel results: SearchResultModel {
        source: AppData
        query: searchField.text
    }

    function focusSearch() {
        searchField.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingL

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM
            Label {
                Layout.fillWidth: true
                text: qsTr("Find a customer or ticket")
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                elide: Text.ElideRight
            }
            FdButton {
                objectName: "newCustomerButton"
                variant: "secondary"
                text: qsTr("New customer")
                onClicked: page.newCustomerRequested("")
            }
        }

        TextField {
            id: searchField
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget + 8
            font.pixelSize: Theme.fontLarge
            leftPadding: Theme.spacingL
            placeholderText: qsTr("Name, phone or its last digits, plate, card, ID or ticket number")
            inputMethodHints: Qt.ImhNoPredictiveText
            Component.onCompleted: forceActiveFocus()
        }

        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.results.errorMessage
            color: Theme.danger
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radiusLarge
            color: Theme.surface
            border.color: Theme.border
            clip: true

            ListView {
                id: resultList
                objectName: "searchResults"
                anchors.fill: parent
                anchors.margins: 1
                clip: true
                model: page.results
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { }

                section.property: "kind"
                section.criteria: ViewSection.FullString
                section.delegate: Rectangle {
                    id: sectionHeading
                    required property string section
                    width: ListView.view.width
                    implicitHeight: 40
                    color: Theme.surfaceMuted
                    Label {
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.left: parent.left
                        anchors.leftMargin: Theme.spacingXl
                        text: sectionHeading.section === "customer"
                              ? qsTr("Customers (%1)").arg(page.results.customerCount)
                              : qsTr("Tickets (%1)").arg(page.results.ticketCount)
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                    }
                }

                delegate: SearchResultRow {
                    width: ListView.view.width
                    onClicked: {
                        if (isCustomer)
                            page.customerChosen(itemId)
                        else
                            page.ticketChosen(itemId)
                    }
                }
            }

            ColumnLayout {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.spacingXl, 620)
                visible: resultList.count === 0
                spacing: Theme.spacingL

                EmptyState {
                    objectName: "searchEmpty"
                    Layout.fillWidth: true
                    title: searchField.text.trim().length === 0 ? qsTr("Search the local records")
                                                                : qsTr("Nothing found for “%1”").arg(searchField.text.trim())
                    detail: searchField.text.trim().length === 0
                            ? qsTr("Type part of a name (张三 is found by 三), the last four digits of a phone, a plate such as 皖A12345, or a ticket number.")
                            : qsTr("Check the spelling, or try the last digits of the phone number.")
                }
                FdButton {
                    objectName: "createFromSearchButton"
                    Layout.alignment: Qt.AlignHCenter
                    visible: searchField.text.trim().length > 0
                    text: qsTr("Create a new customer")
                    onClicked: page.newCustomerRequested(searchField.text.trim())
                }
            }
        }
    }
}
