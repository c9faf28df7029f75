import QtQuick
import QtTest
import FieldDesk
import FieldDeskTest

// The counter's new-customer form: every bad field shows its message right under it, at once,
// and nothing reaches the store — not even the customer when only the vehicle is wrong. A good
// form saves, opens the new customer's summary, and search finds them.
TestCase {
    id: test

    name: "CustomerForm"
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
        verify(Session.signIn("2001", "3690"))
        let button = null
        tryVerify(() => (button = findChild(shell, "newCustomerButton")) !== null)
        waitForRendering(shell, 500)
        mouseClick(button)
        page = openedPage("newCustomerPage")
    }

    function cleanup() {
        Session.signOut()
    }

    function openedPage(name) {
        let p = null
        tryVerify(() => (p = findChild(shell, name)) !== null, 2000, name)
        // A page that is still sliding in takes no input.
        tryVerify(() => !findChild(shell, "counterStack").busy)
        waitForRendering(p, 500)
        return p
    }

    // Types like a user: a click into the field, then the keys. insert() stands in for an input
    // method committing Chinese characters.
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
        verify(field.visible, key + " is shown")
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

    function save() {
        mouseClick(findChild(page, "saveButton"))
    }

    // The message is shown, says something, and sits directly under its field.
    function verifyErrorUnder(fieldName, key) {
        const field = findChild(page, fieldName)
        const error = findChild(page, key + "Error")
        verify(error, key + "Error")
        tryVerify(() => error.visible, 1000, key + " message shown")
        verify(error.text.length > 10, error.text)
        verify(Qt.colorEqual(error.color, Theme.danger), key + " message in the error colour")
        settle(error)
        const fieldBottom = field.mapToItem(page, 0, field.height).y
        const errorTop = error.mapToItem(page, 0, 0).y
        verify(errorTop >= fieldBottom && errorTop - fieldBottom < 16, key + ": message " + errorTop + " under field " + fieldBottom)
        compare(page.form.fieldErrors[key], error.text)
        return error.text
    }

    function verifyNothingSaved(before) {
        compare(Fixture.count("customers"), before.customers, "no customer row added")
        compare(Fixture.count("vehicles"), before.vehicles, "no vehicle row added")
        compare(Fixture.count("outbox"), before.outbox, "nothing queued to sync")
        verify(findChild(shell, "newCustomerPage") !== null, "the form stays open")
        verify(findChild(page, "formSummary").text.indexOf("Nothing was saved") >= 0)
    }

    function counts() {
        return { customers: Fixture.count("customers"), vehicles: Fixture.count("vehicles"), outbox: Fixture.count("outbox") }
    }

    function test_1_badIdAndPhoneShowBothMessagesAndSaveNothing() {
        const before = counts()
        verify(before.customers > 0)
        type("name", "周晓梅")
        type("idNumber", "340104199002301234") // 30 February
        type("phone", "1380013800") // ten digits
        save()
        verifyErrorUnder("idNumberField", "idNumber")
        const phoneMessage = verifyErrorUnder("phoneField", "phone")
        verify(phoneMessage.indexOf("11 digits") >= 0, phoneMessage)
        verify(!findChild(page, "nameError").visible, "a good field has no message")
        // The field itself turns red.
        verify(Qt.colorEqual(findChild(page, "phoneField").background.border.color, Theme.danger))
        verifyNothingSaved(before)
        // Fixing a field takes its message away; the other stays.
        type("phone", "13955667788")
        verify(!findChild(page, "phoneError").visible)
        verify(findChild(page, "idNumberError").visible)
        verifyNothingSaved(before)
    }

    function test_2_badPlateOrColourSavesNoCustomerEither() {
        const before = counts()
        type("name", "周晓梅")
        type("idNumber", "11010519491231002X")
        type("phone", "139 5566 7788")
        // Not a plate at all: the rest of the form is fine, yet no customer is created.
        type("plate", "皖A1234")
        choose("plateColour_blue")
        save()
        verifyErrorUnder("plateField", "plate")
        compare(Object.keys(page.form.fieldErrors).length, 1)
        verifyNothingSaved(before)

        // A new-energy plate cannot be blue.
        type("plate", "皖AD23456")
        save()
        const message = verifyErrorUnder("plateColourOptions", "plateColour")
        verify(message.indexOf("green") >= 0, message)
        verify(!findChild(page, "plateError").visible)
        verifyNothingSaved(before)

        // A plate without a colour.
        type("plate", "皖A23456")
        page.form.plateColour = ""
        save()
        verify(findChild(page, "plateColourError").visible)
        verifyNothingSaved(before)
    }

    function test_3_companyWithBadCreditCode() {
        const before = counts()
        choose("kind_corporate")
        tryVerify(() => findChild(page, "creditCodeField").visible)
        verify(!findChild(page, "idNumberField").visible, "a company has no resident ID field")
        verify(findChild(page, "agentNameField").visible)
        verify(findChild(page, "agentIdNumberField").visible)
        type("name", "合肥恒通运输有限公司")
        type("creditCode", "91340100MA2N0XK3TZ") // Z is never used
        type("phone", "18655100000")
        save()
        verifyErrorUnder("creditCodeField", "creditCode")
        verifyErrorUnder("agentNameField", "agentName")
        verifyErrorUnder("agentIdNumberField", "agentIdNumber")
        compare(Object.keys(page.form.fieldErrors).length, 3)
        verifyNothingSaved(before)
    }

    function test_4_goodFormSavesOpensSummaryAndIsFound() {
        const before = counts()
        type("name", "周晓梅")
        type("idNumber", "11010519491231002x")
        type("phone", "+86 139 5566 7788")
        type("email", "zhou@example.com")
        type("plate", "皖AD23456")
        choose("plateColour_green")
        choose("grade_B")
        save()
        const summary = openedPage("customerSummaryPage")
        tryCompare(summary.customer, "loaded", true)
        compare(findChild(summary, "customerName").text, "周晓梅")
        compare(findChild(summary, "customerPhone").value, "139****7788")
        compare(summary.customer.vehicles.length, 1)
        compare(summary.customer.vehicles[0].plate, "皖AD23456")
        compare(summary.customer.grade, "B")
        compare(Fixture.count("customers"), before.customers + 1)
        compare(Fixture.count("vehicles"), before.vehicles + 1)
        compare(Fixture.count("outbox"), before.outbox + 2)

        // Back leads to the search, which now finds her by part of her name and her phone's tail.
        mouseClick(findChild(summary, "backButton"))
        const search = openedPage("counterSearchPage")
        search.query = "晓梅"
        tryVerify(() => search.results.customerCount === 1)
        let row = null
        tryVerify(() => (row = findChild(search, "customerResult_0")) !== null)
        compare(findChild(row, "resultTitle").text, "周晓梅")
        search.query = "7788"
        tryVerify(() => search.results.customerCount === 1)
    }

    function test_5_noMatchOffersANewCustomer() {
        mouseClick(findChild(page, "cancelButton"))
        const search = openedPage("counterSearchPage")
        search.query = "13711223344"
        const create = findChild(search, "createFromSearchButton")
        tryVerify(() => create.visible)
        mouseClick(create)
        page = openedPage("newCustomerPage")
        // The number typed into the search box is already in the phone field.
        compare(findChild(page, "phoneField").text, "13711223344")
        compare(findChild(page, "nameField").text, "")
    }
}
