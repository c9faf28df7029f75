import QtQuick
import QtTest
import FieldDesk
import FieldDeskTest

// A customer follows up a repair request at the kiosk: the digits of the number on the receipt and
// the phone number given with it find the case in this device's store (there is no server here),
// shown only masked; a wrong phone finds nothing and says only "not found"; "Back to start"
// forgets it all. T5 was reported by 刘女士, 13711112222, and a crew is on site.
TestCase {
    id: test

    name: "KioskCase"
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

    // The ticket as the store has it, for its number.
    Component {
        id: detailComponent
        TicketDetail {
            source: AppData
            session: Session
        }
    }

    property Item shell
    property Item home
    property Item panel
    property string ticketNo

    readonly property string phone: "13711112222"
    readonly property string notFound: "No case matches this number and phone number. Check both and try again."

    function init() {
        failOnWarning(/.*/)
        Language.setLanguage("en")
        Fixture.setMode("kiosk")
        shell = createTemporaryObject(shellComponent, test)
        home = item(shell, "kioskHome")
        waitForRendering(shell, 500)
        const detail = createTemporaryObject(detailComponent, test, { ticketId: Fixture.ticketId(5) })
        verify(detail.loaded)
        ticketNo = detail.ticketNo
        verify(/^T-\d{4}-\d{2}-\d{6}$/.test(ticketNo), ticketNo)
        panel = null
    }

    function item(parent, name) {
        let found = null
        tryVerify(() => (found = findChild(parent, name)) !== null, 3000, name)
        return found
    }

    function digits(text) {
        return text.replace(/\D/g, "")
    }

    function openCase() {
        mouseClick(item(home, "kioskTile_case"))
        panel = item(home, "casePanel")
        waitForRendering(panel, 500)
        return panel
    }

    // Types @p text into the field @p name as a customer would on a keyboard.
    function type(name, text) {
        const field = item(panel, name)
        mouseClick(field)
        field.selectAll()
        keyClick(Qt.Key_Delete)
        for (const c of text)
            keyClick(c)
        compare(field.text, text)
    }

    // Touches the field, then presses the keypad's keys for @p text.
    function tap(name, text) {
        mouseClick(item(panel, name))
        for (const c of text)
            mouseClick(item(panel, "pinKey_" + c))
    }

    function find() {
        const button = item(panel, "caseFind")
        verify(button.enabled)
        mouseClick(button)
    }

    // Every text shown inside @p root.
    function texts(root) {
        let out = []
        if (root.visible && typeof root.text === "string" && root.text.length > 0)
            out.push(root.text)
        for (let i = 0; i < root.children.length; ++i)
            out = out.concat(texts(root.children[i]))
        return out
    }

    function test_1_theTileOpensTheFollowUp() {
        verify(!findChild(home, "casePanel"))
        openCase()
        verify(panel.visible)
        compare(item(panel, "case_number").text, "")
        compare(item(panel, "case_phone").text, "")
        verify(!item(panel, "caseResult").visible)
        verify(!item(panel, "caseError").visible)
        verify(item(panel, "caseKind_ticket").selected)
    }

    function test_2_theKeypadTypesIntoTheTouchedField() {
        openCase()
        const number = item(panel, "case_number")
        const phoneField = item(panel, "case_phone")
        tap("case_number", "0101")
        compare(number.text, "0101")
        compare(phoneField.text, "")
        tap("case_phone", "137")
        compare(phoneField.text, "137")
        compare(number.text, "0101")
        mouseClick(item(panel, "pinKey_back"))
        compare(phoneField.text, "13")
        mouseClick(item(panel, "pinKey_clear"))
        compare(phoneField.text, "")
        // A case number has 12 digits and a phone number 11: the keypad types them whole.
        tap("case_number", digits(ticketNo).slice(4))
        compare(number.text, digits(ticketNo))
    }

    function test_3_numberAndPhoneFindTheCase() {
        openCase()
        type("case_number", digits(ticketNo))
        type("case_phone", phone)
        find()
        const result = item(panel, "caseResult")
        tryVerify(() => result.visible, 2000, "the case is shown")
        verify(!item(panel, "caseError").visible)
        compare(item(panel, "caseStatus").text, "The repair crew is on site.")
        const shown = texts(result)
        verify(shown.indexOf(ticketNo) >= 0, shown.join(" | "))
        verify(shown.indexOf("卡片读取失败") >= 0, shown.join(" | "))
        // Masked: the surname and the phone's first three and last four digits only.
        verify(shown.indexOf("刘*  137****2222") >= 0, shown.join(" | "))
        for (const t of shown) {
            verify(t.indexOf(phone) < 0, "full phone shown: " + t)
            verify(t.indexOf("刘女士") < 0, "full name shown: " + t)
            verify(t.indexOf("1111") < 0, "middle digits shown: " + t)
        }
        compare(panel.found.phone, "137****2222")
        compare(panel.found.name, "刘*")
    }

    function test_4_aWrongPhoneFindsNothing() {
        openCase()
        type("case_number", digits(ticketNo))
        type("case_phone", phone)
        find()
        const result = item(panel, "caseResult")
        tryVerify(() => result.visible)
        // One digit off: nothing, and the previous result is gone.
        type("case_phone", "13711112223")
        find()
        const error = item(panel, "caseError")
        tryVerify(() => error.visible, 2000, "the not-found message shows")
        compare(error.text, notFound)
        verify(!result.visible)
        compare(panel.found.number, undefined)
        // An unknown number gets the very same answer.
        type("case_number", "010107999999")
        type("case_phone", phone)
        find()
        tryCompare(error, "text", notFound)
        verify(!result.visible)
    }

    function test_5_emptyFieldsAskForBoth() {
        openCase()
        find()
        const error = item(panel, "caseError")
        tryVerify(() => error.visible, 2000, "the message shows")
        compare(error.text, "Enter the case number and the phone number given with it.")
        verify(!item(panel, "caseResult").visible)
        // The number alone is not enough either.
        type("case_number", digits(ticketNo))
        find()
        compare(error.text, "Enter the case number and the phone number given with it.")
        verify(!item(panel, "caseResult").visible)
    }

    function test_6_backToStartForgetsTheCase() {
        openCase()
        type("case_number", digits(ticketNo))
        type("case_phone", phone)
        find()
        tryVerify(() => item(panel, "caseResult").visible)
        const back = item(panel, "caseBackButton")
        verify(back.height >= 64)
        mouseClick(back)
        tryVerify(() => findChild(home, "casePanel") === null, 2000, "the panel closes")
        compare(home.service, "")
        const tile = item(home, "kioskTile_case")
        verify(tile.visible)
        verify(item(home, "kioskWelcome").visible)
        // The next customer starts from empty fields.
        openCase()
        compare(item(panel, "case_number").text, "")
        compare(item(panel, "case_phone").text, "")
        verify(!item(panel, "caseResult").visible)
    }
}
