import QtQuick
import QtTest
import FieldDesk
import FieldDeskTest

// A customer at the kiosk files a repair request: every missing field says why and nothing is
// saved; filled in, it is saved and the receipt shows its number and the phone masked; with that
// number and the phone the follow-up panel finds it. A complaint likewise; and a half-filled form
// is gone once the kiosk returns to the start.
TestCase {
    id: test

    name: "KioskRequest"
    width: 1080
    height: 1920
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
    property Item home

    function init() {
        failOnWarning(/.*/)
        Language.setLanguage("en")
        Fixture.setMode("kiosk")
        shell = createTemporaryObject(shellComponent, test)
        tryVerify(() => findChild(shell, "kioskHome") !== null)
        home = findChild(shell, "kioskHome")
        waitForRendering(shell, 500)
    }

    function openRequest(key) {
        mouseClick(findChild(home, "kioskTile_" + key))
        let panel = null
        tryVerify(() => (panel = findChild(home, "requestPanel")) !== null)
        compare(findChild(home, "servicePanel"), null)
        waitForRendering(panel, 500)
        return panel
    }

    // Types @p text into the field named @p name, as a customer with a keyboard would.
    function type(panel, name, text) {
        const field = findChild(panel, name)
        verify(field, name)
        mouseClick(field)
        verify(field.activeFocus, name)
        field.selectAll() // typing replaces what is there
        for (const ch of text)
            keyClick(ch)
        compare(field.text, text)
    }

    function visibleError(panel, key) {
        const label = findChild(panel, key + "Error")
        return label && label.visible && label.text.length > 0
    }

    function test_1_repairFiledAndFollowedUp() {
        const panel = openRequest("repair")
        const submit = findChild(panel, "requestSubmit")
        verify(submit.height >= Theme.kioskTouchTarget)
        verify(findChild(panel, "problem_obu_not_read").height >= Theme.kioskTouchTarget)
        verify(findChild(panel, "phoneField").height >= Theme.kioskTouchTarget)

        // Sent empty: each required field says why, and nothing is saved.
        const tickets = Fixture.count("tickets")
        const outbox = Fixture.count("outbox")
        mouseClick(submit)
        for (const key of ["problem", "name", "phone"])
            verify(visibleError(panel, key), key)
        verify(!visibleError(panel, "plate"))
        verify(findChild(panel, "requestFormError").visible)
        compare(Fixture.count("tickets"), tickets)
        compare(Fixture.count("outbox"), outbox)

        // A bad phone number is refused as well.
        mouseClick(findChild(panel, "problem_obu_not_read"))
        verify(!visibleError(panel, "problem"))
        type(panel, "nameField", "Zhang Wei")
        type(panel, "phoneField", "1380013800")
        mouseClick(submit)
        verify(visibleError(panel, "phone"))
        compare(Fixture.count("tickets"), tickets)

        // Corrected, it is saved: one ticket and its two ops, and the receipt.
        mouseClick(findChild(panel, "phoneField"))
        keyClick(Qt.Key_End)
        keyClick("0")
        verify(!visibleError(panel, "phone"))
        mouseClick(submit)
        compare(Fixture.count("tickets"), tickets + 1)
        compare(Fixture.count("outbox"), outbox + 2)
        const receipt = findChild(panel, "requestReceipt")
        tryVerify(() => receipt.visible)
        const number = findChild(receipt, "requestNumber").text
        verify(/^T-0101-07-\d{6}$/.test(number), number)
        verify(findChild(receipt, "requestReceiptText").text.indexOf(number) >= 0)
        compare(findChild(receipt, "requestMaskedPhone").text, "Phone number given: 138****8000")
        // Only masked personal data on the receipt.
        for (const label of ["requestReceiptText", "requestMaskedPhone"]) {
            verify(findChild(receipt, label).text.indexOf("13800138000") < 0, label)
            verify(findChild(receipt, label).text.indexOf("Zhang Wei") < 0, label)
        }
        verify(findChild(receipt, "requestFollowUp").height >= Theme.kioskTouchTarget)

        // Followed up right away: the follow-up panel finds it, masked.
        mouseClick(findChild(receipt, "requestFollowUp"))
        let cases = null
        tryVerify(() => (cases = findChild(home, "casePanel")) !== null)
        tryVerify(() => findChild(home, "requestPanel") === null)
        tryVerify(() => findChild(cases, "caseResult").visible)
        compare(cases.found.number, number)
        compare(cases.found.phone, "138****8000")
        compare(findChild(cases, "caseStatus").text, "We have your request and are assigning a repair crew.")
        compare(findChild(cases, "case_phone").text, "") // the full phone is not left on screen

        // Later, typed in from the receipt: the 12 digits of the number and the phone.
        mouseClick(findChild(cases, "caseBackButton"))
        tryVerify(() => findChild(home, "casePanel") === null)
        mouseClick(findChild(home, "kioskTile_case"))
        tryVerify(() => (cases = findChild(home, "casePanel")) !== null)
        waitForRendering(cases, 500)
        type(cases, "case_number", number.replace(/[T-]/g, ""))
        type(cases, "case_phone", "13800138000")
        mouseClick(findChild(cases, "caseFind"))
        tryVerify(() => findChild(cases, "caseResult").visible)
        compare(cases.found.number, number)
        compare(cases.found.name, "Z*")
    }

    function test_2_complaintFiled() {
        const panel = openRequest("complaint")
        verify(findChild(panel, "category_service").height >= Theme.kioskTouchTarget)
        compare(findChild(panel, "problem_obu_not_read").visible, false)
        const outbox = Fixture.count("outbox")

        type(panel, "contentField", "Bad")
        mouseClick(findChild(panel, "requestSubmit"))
        for (const key of ["category", "content", "name", "phone"])
            verify(visibleError(panel, key), key)
        compare(Fixture.count("outbox"), outbox)

        mouseClick(findChild(panel, "category_service"))
        type(panel, "contentField", "Bad service at the counter")
        type(panel, "nameField", "Li Na")
        type(panel, "phoneField", "13912345678")
        mouseClick(findChild(panel, "requestSubmit"))
        compare(Fixture.count("outbox"), outbox + 2) // complaint.register and its event
        const receipt = findChild(panel, "requestReceipt")
        tryVerify(() => receipt.visible)
        const number = findChild(receipt, "requestNumber").text
        verify(/^C-0101-07-\d{6}$/.test(number), number)
        verify(findChild(receipt, "requestReceiptText").text.startsWith("Your complaint number is " + number))
        compare(findChild(receipt, "requestMaskedPhone").text, "Phone number given: 139****5678")

        mouseClick(findChild(receipt, "requestDone"))
        tryVerify(() => findChild(home, "requestPanel") === null)
        compare(home.service, "")
    }

    function test_3_idleWipesAHalfFilledForm() {
        home.idleTimeout = 400
        let panel = openRequest("repair")
        mouseClick(findChild(panel, "problem_card_not_recognised"))
        type(panel, "nameField", "Wang")
        const tickets = Fixture.count("tickets")
        // Without input the kiosk returns to the start and the panel with its form is destroyed …
        tryVerify(() => findChild(home, "requestPanel") === null, 3000)
        compare(home.service, "")
        compare(Fixture.count("tickets"), tickets)
        // … so the next customer starts with an empty form.
        Language.setLanguage("en")
        home.idleTimeout = 60000
        waitForRendering(home, 500) // the tiles are made again in the new language
        panel = openRequest("repair")
        compare(findChild(panel, "nameField").text, "")
        compare(panel.form.problem, "")
        compare(panel.form.name, "")
    }
}
