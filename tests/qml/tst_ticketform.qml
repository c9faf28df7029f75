import QtQuick
import QtTest
import FieldDesk
import FieldDeskTest

// A ticket taken at the counter from the customer's summary: the contact is filled in from the
// customer (phone masked), urgency × impact shows the priority, bad input saves nothing, and a
// good ticket gets its T-… number and opens.
TestCase {
    id: test

    name: "TicketForm"
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
    property Item summary
    property Item page

    function init() {
        failOnWarning(/.*/)
        Language.setLanguage("en")
        Fixture.setMode("counter")
        shell = createTemporaryObject(shellComponent, test)
        verify(Session.signIn("2001", "3690"))
        tryVerify(() => findChild(shell, "counterSearchPage") !== null)
        verify(shell.showScreen("customer", Fixture.customerId("张三")))
        summary = openedPage("customerSummaryPage")
        tryCompare(summary.customer, "loaded", true)
        mouseClick(findChild(summary, "newTicketButton"))
        page = openedPage("newTicketPage")
    }

    function cleanup() {
        Session.signOut()
    }

    function openedPage(name) {
        let p = null
        tryVerify(() => (p = findChild(shell, name)) !== null, 2000, name)
        tryVerify(() => !findChild(shell, "counterStack").busy)
        waitForRendering(p, 500)
        return p
    }

    // Lets the layouts around @p item finish their pending work.
    function settle(item) {
        for (let p = item; p && p !== test; p = p.parent)
            verify(waitForItemPolished(p, 1000))
    }

    // Scrolls @p item into view, laid out, so that a click reaches it.
    function reveal(item) {
        settle(item)
        page.ensureVisible(item)
        settle(item)
    }

    function type(key, text) {
        const field = findChild(page, key + "Field")
        verify(field, key)
        reveal(field)
        mouseClick(field)
        field.selectAll()
        keyClick(Qt.Key_Delete)
        if (/^[\x20-\x7e]*$/.test(text)) {
            for (const c of text)
                keyClick(c)
        } else
            field.insert(0, text)
        compare(field.text, text)
    }

    function choose(objectName) {
        const option = findChild(page, objectName)
        verify(option, objectName)
        reveal(option)
        mouseClick(option)
    }

    function verifyErrorUnder(fieldName, key) {
        const field = findChild(page, fieldName)
        const error = findChild(page, key + "Error")
        tryVerify(() => error.visible, 1000, key + " message shown")
        verify(error.text.length > 10, error.text)
        verify(Qt.colorEqual(error.color, Theme.danger))
        settle(error)
        const fieldBottom = field.mapToItem(page, 0, field.height).y
        const errorTop = error.mapToItem(page, 0, 0).y
        verify(errorTop >= fieldBottom && errorTop - fieldBottom < 16, key + ": message " + errorTop + " under field " + fieldBottom)
        return error.text
    }

    // The same summary opens a complaint about this customer, the form tied to the record.
    function test_0_complaintFromTheSummary() {
        shell.showScreen("customer", Fixture.customerId("张三"))
        const again = openedPage("customerSummaryPage")
        tryCompare(again.customer, "loaded", true)
        const button = findChild(again, "newComplaintButton")
        verify(button.visible)
        mouseClick(button)
        const complaint = openedPage("newComplaintPage")
        compare(complaint.form.customerId, Fixture.customerId("张三"))
    }

    function test_1_contactComesFromTheCustomer() {
        compare(findChild(page, "ticketCustomer").text.indexOf("张三"), 0)
        compare(findChild(page, "contactNameField").text, "张三")
        // Masked, like everywhere at the counter; it stands for the number on record.
        compare(findChild(page, "contactPhoneField").text, "138****8000")
        verify(page.form.usesCustomerPhone)
        compare(findChild(page, "addressField").text, "合肥市蜀山区潜山路 188 号")
        compare(page.form.vehicles.length, 2)
    }

    function test_2_priorityFollowsUrgencyAndImpact() {
        const chip = findChild(page, "priorityChip")
        compare(chip.text, "P3 normal")
        choose("urgency_1")
        choose("impact_1")
        compare(chip.text, "P1 critical")
        choose("urgency_3")
        choose("impact_3")
        compare(chip.text, "P5 lowest")
        compare(page.form.priority, 5)
    }

    function test_3_emptyTitleAndBadPhoneSaveNothing() {
        const tickets = Fixture.count("tickets")
        const outbox = Fixture.count("outbox")
        type("contactPhone", "1380013")
        mouseClick(findChild(page, "saveButton"))
        verifyErrorUnder("titleField", "title")
        const phone = verifyErrorUnder("contactPhoneField", "contactPhone")
        verify(phone.indexOf("11 digits") >= 0, phone)
        verifyErrorUnder("categoryBox", "category")
        compare(Fixture.count("tickets"), tickets)
        compare(Fixture.count("outbox"), outbox)
        verify(findChild(shell, "newTicketPage") !== null, "the form stays open")
        verify(findChild(page, "formSummary").text.indexOf("3 fields need correcting") === 0, findChild(page, "formSummary").text)
    }

    function test_4_goodTicketSavesAndOpens() {
        const tickets = Fixture.count("tickets")
        type("title", "电子标签无法识别")
        const category = findChild(page, "categoryBox")
        category.forceActiveFocus()
        keyClick(Qt.Key_Down)
        compare(page.form.category, "obu_fault")
        choose("urgency_1")
        mouseClick(findChild(page, "saveButton"))
        const detail = openedPage("ticketDetailPage")
        tryCompare(detail.detail, "loaded", true)
        verify(/^T-0101-07-\d{6}$/.test(findChild(detail, "detailTicketNo").text), findChild(detail, "detailTicketNo").text)
        compare(findChild(detail, "detailTitle").text, "电子标签无法识别")
        compare(detail.detail.category, "obu_fault")
        compare(detail.detail.priority, 2)
        // The full number on record was saved, and is shown masked again.
        compare(detail.detail.contactPhone, "138****8000")
        compare(Fixture.count("tickets"), tickets + 1)
        // Back leads to the customer, whose recent tickets now start with this one.
        mouseClick(findChild(detail, "backButton"))
        const back = openedPage("customerSummaryPage")
        tryVerify(() => back.customer.recentTickets.length > 0 && back.customer.recentTickets[0].title === "电子标签无法识别")
    }
}
