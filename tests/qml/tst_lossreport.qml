import QtQuick
import QtTest
import FieldDesk
import FieldDeskTest

// The counter's Report loss (挂失) screen on a device that is not connected (the fixture's): counter
// staff reach it; a bad card number is flagged under its field, keeps what was typed and saves
// nothing; a good report is saved, the form empties, the customer is told the card is not frozen
// yet, and the report tops the list as "reported, not yet frozen" — in Chinese too. The test
// functions run in order on one store.
TestCase {
    id: test

    name: "LossReport"
    width: 1280
    height: 800
    visible: true
    when: windowShown

    Component {
        id: shellComponent
        AppShell {
            width: test.width
            height: test.height
        }
    }

    property Item shell
    property Item page

    function init() {
        failOnWarning(/.*/)
        Language.setLanguage("en")
        Fixture.setMode("counter")
        shell = createTemporaryObject(shellComponent, test)
        verify(Session.signIn("2001", "3690")) // 陈静, counter
        const nav = child(shell, "nav_lossreport")
        compare(nav.contentItem.text, "Report loss")
        mouseClick(nav)
        page = child(shell, "lossReportPage")
        tryVerify(() => !findChild(shell, "counterStack").busy)
        waitForRendering(page, 500)
    }

    function cleanup() {
        Session.signOut()
    }

    function child(parent, name) {
        let found = null
        tryVerify(() => (found = findChild(parent, name)) !== null && found.visible, 3000, name)
        return found
    }

    function typeInto(field, text) {
        verify(waitForItemPolished(field, 1000))
        mouseClick(field)
        field.selectAll()
        keyClick(Qt.Key_Delete)
        field.insert(0, text)
        compare(field.text, text)
    }

    function firstRow() {
        const list = child(page, "lossReportList")
        tryVerify(() => list.count > 0)
        list.positionViewAtBeginning()
        return child(list, "lossReportRow_0")
    }

    function test_1_badCardNumberShowsItsError() {
        const outbox = Fixture.count("outbox")
        const rows = child(page, "lossReportList").count
        typeInto(child(page, "cardNoField"), "3401 2201 0000 0000 004") // 19 digits
        typeInto(child(page, "holderNameField"), "张三")
        mouseClick(child(page, "lossReportSubmit"))

        const error = child(page, "cardNoError")
        compare(error.text, "A card number is 20 digits.")
        verify(Qt.colorEqual(error.color, Theme.danger))
        verify(child(page, "lossReportSummary").text.indexOf("not reported") >= 0)
        verify(!findChild(page, "lossReportOutcome").visible, "no success to tell")
        // What was typed stays to be corrected; nothing was written.
        compare(child(page, "cardNoField").text, "3401 2201 0000 0000 004")
        compare(child(page, "holderNameField").text, "张三")
        compare(Fixture.count("outbox"), outbox)
        compare(child(page, "lossReportList").count, rows)
        // Typing in the field takes its message away.
        typeInto(child(page, "cardNoField"), "3401 2201 0000 0000 0042")
        tryVerify(() => !findChild(page, "cardNoError").visible)
    }

    function test_2_phoneReportWithoutIdIsRefused() {
        mouseClick(child(page, "channel_phone"))
        compare(page.desk.channel, "phone")
        typeInto(child(page, "cardNoField"), "34012201000000000063")
        const outbox = Fixture.count("outbox")
        mouseClick(child(page, "lossReportSubmit"))
        verify(child(page, "holderIdNumberError").text.length > 10)
        compare(Fixture.count("outbox"), outbox)
    }

    function test_3_reportIsListedAsPending() {
        const outbox = Fixture.count("outbox")
        const rows = child(page, "lossReportList").count
        // The notice the customer must hear is on the page before anything is done.
        verify(child(page, "lossReportNotice").text.indexOf("NOT frozen") >= 0)
        verify(child(page, "lossReportOnlineChip").text.indexOf("Offline") === 0)

        typeInto(child(page, "cardNoField"), "3401 2201 0000 0000 0042")
        typeInto(child(page, "holderIdNumberField"), "340104198803150033")
        typeInto(child(page, "holderNameField"), "张三")
        typeInto(child(page, "reporterPhoneField"), "138 0013 8000")
        mouseClick(child(page, "lossReportSubmit"))

        // The customer hears that the card is not frozen yet; the form is empty again.
        compare(child(page, "lossReportMessage").text, "Reported. The card is frozen once the server confirms it.")
        compare(child(page, "cardNoField").text, "")
        compare(child(page, "holderNameField").text, "")
        compare(child(page, "lossReportSummary").text, "")
        compare(Fixture.count("outbox"), outbox + 1)

        // On top of the list: masked, pending.
        tryCompare(child(page, "lossReportList"), "count", rows + 1)
        const row = firstRow()
        compare(row.reportState, "pending")
        compare(child(row, "lossReportState").text, "Reported, not yet frozen")
        verify(Qt.colorEqual(child(row, "lossReportState").color, Theme.warning))
        compare(row.modelData.maskedCardNo, "3401 2201 ···· ···· 0042")
        compare(child(page, "lossReportPendingChip").text, (rows + 1) + " not yet frozen")
        compare(child(page, "statusListInfo").text, "No status list on this device yet")
        compare(child(page, "statusListAge").text, "Never received from the server")
    }

    function test_4_readsInChinese() {
        Language.setLanguage("zh_CN")
        compare(child(shell, "nav_lossreport").contentItem.text, "挂失")
        const row = firstRow()
        tryCompare(child(row, "lossReportState"), "text", "挂失已受理，尚未冻结")
        verify(child(page, "lossReportNotice").text.indexOf("尚未冻结") >= 0)
        compare(child(page, "statusListAge").text, "尚未从服务器收到")
        // A message made in C++ follows the switch too.
        mouseClick(child(page, "lossReportSubmit"))
        compare(child(page, "cardNoError").text, "卡号为 20 位数字。")
    }
}
