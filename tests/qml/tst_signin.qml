import QtQuick
import QtTest
import FieldDesk
import FieldDeskTest

// Staff sign-in on the tablet: typing the staff number, the PIN pad, errors under the field, lockout.
TestCase {
    id: test

    name: "SignIn"
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

    function init() {
        failOnWarning(/.*/)
        Language.setLanguage("en")
        Fixture.setMode("tablet")
        shell = createTemporaryObject(shellComponent, test)
        verify(shell)
        verify(findChild(shell, "signInScreen"))
        waitForRendering(shell, 500)
    }

    function cleanup() {
        Session.signOut()
    }

    function typeStaffNumber(number) {
        const field = findChild(shell, "staffNoField")
        mouseClick(field)
        field.selectAll()
        keyClick(Qt.Key_Delete)
        for (const c of number)
            keyClick(c)
        compare(field.text, number)
    }

    function typePin(pin) {
        const pinField = findChild(shell, "pinField")
        mouseClick(findChild(shell, "pinKey_clear"))
        for (const digit of pin) {
            const key = findChild(shell, "pinKey_" + digit)
            verify(key.height >= 48)
            mouseClick(key)
        }
        compare(pinField.length, pin.length)
    }

    function submit() {
        mouseClick(findChild(shell, "signInButton"))
    }

    function test_1_wrongPinShowsErrorUnderTheField() {
        typeStaffNumber("1001")
        typePin("1111")
        submit()
        verify(!Session.signedIn)
        const error = findChild(shell, "signInError")
        tryVerify(() => error.visible)
        compare(error.text, "Wrong staff number or PIN. 4 attempts left.")
        // Under the PIN field, and the PIN is cleared for the next try.
        const pinField = findChild(shell, "pinField")
        waitForRendering(shell, 500)
        verify(error.mapToItem(shell, 0, 0).y >= pinField.mapToItem(shell, 0, pinField.height).y)
        compare(pinField.text, "")
        // Typing again clears the message.
        const field = findChild(shell, "staffNoField")
        mouseClick(field)
        keyClick(Qt.Key_End)
        keyClick(Qt.Key_Backspace)
        tryVerify(() => !error.visible)
    }

    function test_2_rightPinSignsIn() {
        typeStaffNumber("1001")
        typePin("2468")
        submit()
        tryVerify(() => Session.signedIn)
        compare(Session.staffName, "王建军")
        tryVerify(() => findChild(shell, "tabletHome") !== null)
        compare(findChild(shell, "headerStaffLabel").text, "王建军")
        // Signing out returns to the sign-in screen.
        mouseClick(findChild(shell, "signOutButton"))
        tryVerify(() => findChild(shell, "signInScreen") !== null)
        verify(!Session.signedIn)
    }

    function test_3_wrongRoleIsRefused() {
        typeStaffNumber("2001")
        typePin("3690")
        submit()
        verify(!Session.signedIn)
        const error = findChild(shell, "signInError")
        tryVerify(() => error.visible)
        verify(error.text.indexOf("cannot use the tablet") >= 0, error.text)
    }

    function test_4_lockoutAfterFiveFailures() {
        const error = findChild(shell, "signInError")
        for (let i = 1; i <= 4; ++i) {
            typeStaffNumber("1002")
            typePin("9999")
            submit()
            compare(error.text, i === 4 ? "Wrong staff number or PIN. 1 attempt left."
                                        : "Wrong staff number or PIN. " + (5 - i) + " attempts left.")
        }
        typeStaffNumber("1002")
        typePin("9999")
        submit()
        compare(error.text, "Too many wrong PINs. This staff number is locked for 15 minutes.")
        // Now even the right PIN is refused, and the message says until when — in Chinese too.
        typeStaffNumber("1002")
        typePin("1357")
        submit()
        verify(!Session.signedIn)
        verify(error.text.startsWith("Too many wrong PINs. Try again after "), error.text)
        Language.setLanguage("zh_CN")
        typeStaffNumber("1002")
        typePin("1357")
        submit()
        verify(!Session.signedIn)
        verify(error.text.length > 0)
        verify(error.text.indexOf("PIN") < 0 || error.text.indexOf("Too many") < 0, error.text)
        verify(/[\u4e00-\u9fff]/.test(error.text), error.text)
    }
}
