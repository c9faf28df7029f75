import QtQuick
import QtTest
import FieldDesk
import FieldDeskTest

// The counter's one search field: a Chinese name fragment or a phone tail finds the customer,
// with the phone and ID masked; choosing the customer opens their summary.
TestCase {
    id: test

    name: "CounterSearch"
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
    property Item field
    property ListView results

    function init() {
        failOnWarning(/.*/)
        Language.setLanguage("en")
        Fixture.setMode("counter")
        shell = createTemporaryObject(shellComponent, test)
        verify(Session.signIn("2001", "3690"))
        tryVerify(() => findChild(shell, "searchField") !== null)
        field = findChild(shell, "searchField")
        results = findChild(shell, "searchResults")
        waitForRendering(shell, 500)
    }

    function cleanup() {
        Session.signOut()
    }

    function rowTexts(row) {
        const item = findChild(results, "customerResult_" + row) || findChild(results, "ticketResult_" + row)
        verify(item, "row " + row)
        return [findChild(item, "resultTitle").text, findChild(item, "resultSubtitle").text]
    }

    function test_1_chineseFragmentFindsTheCustomer() {
        verify(findChild(shell, "searchEmpty").visible)
        // What an input method commits: the character 三.
        mouseClick(field)
        field.insert(0, "三")
        tryVerify(() => results.count > 0)
        compare(results.model.customerCount, 1)
        const [title, subtitle] = rowTexts(0)
        compare(title, "张三")
        verify(subtitle.indexOf("138****8000") >= 0, subtitle)
        verify(subtitle.indexOf("13800138000") < 0, "the full phone number is never listed")
        verify(/340104\*+\w{4}/.test(subtitle), subtitle)
        // His tickets follow in their own section.
        compare(results.model.ticketCount, 3)
        verify(findChild(results, "ticketResult_1") !== null)
    }

    function test_2_phoneTailFindsTheCustomer() {
        mouseClick(field)
        for (const c of "8000")
            keyClick(c)
        compare(field.text, "8000")
        tryVerify(() => results.model.customerCount === 1)
        compare(rowTexts(0)[0], "张三")
        verify(rowTexts(0)[1].indexOf("138****8000") >= 0)
        // Nothing matches: the list says so.
        field.text = "99999999"
        tryCompare(results, "count", 0)
        const empty = findChild(shell, "searchEmpty")
        verify(empty.visible)
        compare(empty.title, "Nothing found for “99999999”")
    }

    function test_3_choosingACustomerOpensTheSummary() {
        field.text = "张三"
        tryVerify(() => findChild(results, "customerResult_0") !== null)
        waitForRendering(results, 500)
        mouseClick(findChild(results, "customerResult_0"))
        let page = null
        tryVerify(() => (page = findChild(shell, "customerSummaryPage")) !== null)
        // A page that is still sliding in takes no input.
        tryVerify(() => !findChild(shell, "counterStack").busy)
        waitForRendering(page, 500)
        compare(findChild(page, "customerName").text, "张三")
        compare(findChild(page, "customerPhone").value, "138****8000")
        verify(findChild(page, "customerIdNumber").value.indexOf("********") > 0)
        compare(page.customer.vehicles.length, 2)
        // A recent ticket opens the ticket, read-only at the counter.
        mouseClick(findChild(page, "recentTicket_0"))
        let detail = null
        tryVerify(() => (detail = findChild(shell, "ticketDetailPage")) !== null)
        tryCompare(detail.detail, "loaded", true)
        tryVerify(() => !findChild(shell, "counterStack").busy)
        waitForRendering(detail, 500)
        verify(!detail.detail.canAct)
        const accept = findChild(detail, "action_accept")
        verify(accept)
        verify(!accept.enabled)
        verify(findChild(detail, "readOnlyNote").visible)
    }

    function test_4_ticketNumberFindsTheTicket() {
        field.text = "T-0101-07-000004"
        tryVerify(() => results.model.ticketCount >= 1)
        compare(results.model.customerCount, 0)
        compare(rowTexts(0)[0], "收费站车道无法扣费")
    }
}
