import QtQuick
import QtTest
import FieldDesk
import FieldDeskTest

// The kiosk: big tiles, the outage notice, an honest service panel, and the return to the
// attract screen (in Chinese) after a while without input.
TestCase {
    id: test

    name: "Kiosk"
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

    readonly property var services: ["balance", "recharge", "lost", "repair", "complaint", "survey"]

    function init() {
        failOnWarning(/.*/)
        Language.setLanguage("en")
        Fixture.setMode("kiosk")
        shell = createTemporaryObject(shellComponent, test)
        tryVerify(() => findChild(shell, "kioskHome") !== null)
        home = findChild(shell, "kioskHome")
        waitForRendering(shell, 500) // layouts are settled once a frame is drawn
    }

    function test_1_tilesAreBigEnough() {
        for (const key of services) {
            const tile = findChild(home, "kioskTile_" + key)
            verify(tile, key)
            verify(tile.visible, key)
            verify(tile.width >= 64 && tile.height >= 64, key + " " + tile.width + "x" + tile.height)
        }
        compare(findChild(home, "kioskTile_balance").label, "Check ETC balance and status")
        for (const code of ["zh_CN", "en"]) {
            const option = findChild(shell, "language_" + code)
            verify(option.width >= 64 && option.height >= 64, code)
        }
        // No staff on a kiosk, ever.
        compare(findChild(shell, "signOutButton").visible, false)
        compare(findChild(shell, "headerStaffLabel").visible, false)
        // Customers see whether the kiosk is connected, not the staff's queue of changes.
        compare(findChild(shell, "syncStateLabel").visible, true)
        compare(findChild(shell, "syncPendingLabel").visible, false)
    }

    function test_2_outageNoticeIsShown() {
        const title = findChild(home, "outageTitle")
        verify(title)
        compare(title.text, "京台高速合肥段夜间施工，部分 ETC 车道暂停使用")
    }

    function test_3_servicesSayHonestlyWhatTheyCannotDoYet() {
        // Repair requests and complaints are filed for real (tst_kioskrequest.qml).
        for (const key of services.filter(k => k !== "repair" && k !== "complaint")) {
            mouseClick(findChild(home, "kioskTile_" + key))
            let panel = null
            tryVerify(() => (panel = findChild(home, "servicePanel")) !== null)
            waitForRendering(panel, 500)
            verify(findChild(panel, "serviceMessage").text.length > 40, key)
            // No balance, no amount of money: the kiosk has no data it could vouch for.
            verify(!/[¥￥]|\d+\.\d\d/.test(findChild(panel, "serviceMessage").text), key)
            const back = findChild(panel, "serviceBackButton")
            verify(back.height >= 64)
            mouseClick(back)
            tryVerify(() => findChild(home, "servicePanel") === null)
        }
    }

    function test_4_idleReturnsToAttract() {
        home.idleTimeout = 400
        mouseClick(findChild(home, "kioskTile_recharge"))
        tryVerify(() => findChild(home, "servicePanel") !== null)
        compare(Language.language, "en")
        // Input keeps the panel open past the timeout …
        for (let i = 0; i < 4; ++i) {
            wait(150)
            mouseMove(findChild(home, "servicePanel"), 100 + i, 100)
        }
        verify(findChild(home, "servicePanel") !== null)
        // … and without input the kiosk returns to the start, in Chinese, for the next customer.
        tryVerify(() => findChild(home, "servicePanel") === null, 3000)
        compare(home.service, "")
        compare(Language.language, "zh_CN")
    }
}
