import QtQuick
import QtTest
import FieldDesk
import FieldDeskTest

// The counter's Card load screen on a device that is not enrolled with a server (the fixture's):
// counter staff reach it, it says that loads need the server, nothing can be loaded and nothing
// pretends to be. Loads against a real server are tst_cardloaddesk's and tst_etcfaults' work.
TestCase {
    id: test

    name: "CardLoad"
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
        const nav = item(shell, "nav_cardload")
        verify(nav.visible, "counter staff see Card load")
        mouseClick(nav)
        page = item(shell, "cardLoadPage")
        waitForRendering(page, 500)
    }

    function cleanup() {
        Session.signOut()
    }

    function item(parent, name) {
        let found = null
        tryVerify(() => (found = findChild(parent, name)) !== null, 3000, name)
        return found
    }

    function test_offlineCounterSaysLoadsNeedTheServer() {
        compare(item(page, "loadOnlineChip").text, "Needs the server")
        verify(item(page, "loadUnavailable").visible)
        compare(item(page, "readerCards").count, 0)
        const button = item(page, "loadButton")
        verify(!button.enabled, "nothing to load without a card and a server")
        verify(!item(page, "loadOutcome").visible, "no outcome before anything was asked")
        // The tap does nothing.
        mouseClick(button)
        compare(page.desk.status, "")
        verify(!item(page, "loadOutcome").visible)
    }

    function test_amountIsCheckedBeforeAnythingElse() {
        page.desk.load("abc", "cash")
        const field = item(page, "amountField")
        verify(field.hasError, "a bad amount is flagged under its field")
        compare(page.desk.status, "")
        page.desk.load("0", "cash")
        verify(field.hasError)
        compare(page.desk.status, "")
    }

    function test_askingAnywayFailsWithTheReason() {
        page.desk.load("100", "cash")
        compare(page.desk.status, "failed")
        const outcome = item(page, "loadOutcome")
        verify(outcome.visible)
        verify(item(page, "loadMessage").text.indexOf("server") >= 0, item(page, "loadMessage").text)
        compare(Object.keys(page.desk.result).length, 0, "no load to show")
        // Chinese reads as well.
        Language.setLanguage("zh_CN")
        compare(item(page, "loadOnlineChip").text, "需要连接服务器")
    }
}
