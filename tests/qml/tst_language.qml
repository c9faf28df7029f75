import QtQuick
import QtTest
import FieldDesk
import FieldDeskTest

// Switching 中文 / English at run time changes what is on screen, and back again.
TestCase {
    id: test

    name: "Language"
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
        Language.setLanguage("zh_CN")
        Fixture.setMode("counter")
        shell = createTemporaryObject(shellComponent, test)
        tryVerify(() => findChild(shell, "signInScreen") !== null)
        waitForRendering(shell, 500)
    }

    function test_switchWithTheHeaderButtons() {
        const title = findChild(shell, "signInTitle")
        const mode = findChild(shell, "headerModeLabel")
        const sync = findChild(shell, "syncStateLabel")
        compare(title.text, "员工登录")
        compare(mode.text, "营业厅柜台")
        compare(sync.text, "未连接")

        mouseClick(findChild(shell, "language_en"))
        compare(Language.language, "en")
        tryCompare(title, "text", "Staff sign-in")
        compare(mode.text, "Branch counter")
        compare(sync.text, "Not connected")

        mouseClick(findChild(shell, "language_zh_CN"))
        compare(Language.language, "zh_CN")
        tryCompare(title, "text", "员工登录")
        compare(mode.text, "营业厅柜台")
        compare(sync.text, "未连接")
    }

    function test_messagesFromCppFollowTheLanguage() {
        mouseClick(findChild(shell, "signInButton"))
        const error = findChild(shell, "signInError")
        compare(error.text, "请输入工号。")
        Language.setLanguage("en")
        mouseClick(findChild(shell, "signInButton"))
        compare(error.text, "Enter your staff number.")
    }

    function test_pendingChangesCountIsTranslated() {
        const pending = findChild(shell, "syncPendingLabel")
        verify(SyncStatus.pendingCount > 1)
        compare(pending.text, SyncStatus.pendingCount + " 项更改待发送")
        Language.setLanguage("en")
        tryCompare(pending, "text", SyncStatus.pendingCount + " changes waiting to be sent")
    }
}
