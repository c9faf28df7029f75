import QtQuick
import QtTest
import FieldDesk
import FieldDeskTest

// Outage notices at the counter. The fixture has one road-works notice in force. A supervisor
// (赵敏) publishes a power cut, adds an update, moves its expected end and ends it; counter staff
// (陈静) see the notices in force at the top of the counter but may not publish or change them.
// The test functions run in order on one store.
TestCase {
    id: test

    name: "Outages"
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
    // The page on its own, for people who cannot reach it from the navigation.
    Component {
        id: pageComponent
        OutagesPage {
            width: test.width
            height: test.height
        }
    }
    // What the store has, independent of the screen.
    Component {
        id: boardComponent
        OutageBoard {
            source: AppData
        }
    }

    property Item shell
    property Item page
    // The notice test 2 publishes; the later tests work on it.
    property string noticeId: ""
    readonly property string title: "Planned power cut at the counter"

    function init() {
        failOnWarning(/.*/)
        Language.setLanguage("en")
        Fixture.setMode("counter")
        shell = createTemporaryObject(shellComponent, test)
        page = null
    }

    function cleanup() {
        Session.signOut()
    }

    function item(parent, name) {
        let found = null
        tryVerify(() => (found = findChild(parent, name)) !== null, 3000, name)
        return found
    }

    function settle(target) {
        for (let p = target; p && p !== test; p = p.parent)
            verify(waitForItemPolished(p, 1000))
    }

    // Scrolls the side panel so that @p target is on screen, so that a click reaches it.
    function reveal(target) {
        settle(target)
        for (let f = target.parent; f; f = f.parent) {
            if (f.contentY === undefined || f.contentItem === undefined || f.flicking === undefined)
                continue
            const y = target.mapToItem(f.contentItem, 0, 0).y
            if (y < f.contentY || y + target.height > f.contentY + f.height)
                f.contentY = Math.max(0, Math.min(y - 40, f.contentHeight - f.height))
            break
        }
        settle(target)
        waitForRendering(target, 500)
    }

    function click(name) {
        const target = item(page, name)
        verify(target.visible, name + " is shown")
        reveal(target)
        mouseClick(target)
        return target
    }

    function type(name, text, replace) {
        const field = click(name)
        if (replace)
            keySequence(StandardKey.SelectAll)
        for (const c of text)
            keyClick(c)
        compare(field.text, text)
    }

    // A notice as the store lists it in @p listing ("inForce", "planned", "ended"), or null.
    function stored(listing, id) {
        const board = createTemporaryObject(boardComponent, test, { listing: listing })
        const row = board.indexOf(id)
        if (row < 0)
            return null
        const value = role => board.data(board.index(row, 0), role)
        return { title: value(OutageBoard.TitleRole), kind: value(OutageBoard.KindRole), scope: value(OutageBoard.ScopeRole),
                 expectedEndAt: value(OutageBoard.ExpectedEndAtRole), latestText: value(OutageBoard.LatestTextRole),
                 state: value(OutageBoard.StateRole) }
    }

    function stripTitles() {
        const strip = item(shell, "counterOutageStrip")
        const titles = []
        for (let i = 0; i < 5; ++i) {
            const line = findChild(strip, "outageStripLine_" + i)
            if (line)
                titles.push(findChild(line, "outageStripTitle").text)
        }
        return titles
    }

    function openOutages() {
        verify(Session.signIn("3001", "8642")) // 赵敏, supervisor
        const nav = item(shell, "nav_outages")
        verify(nav.visible)
        mouseClick(nav)
        page = item(shell, "outagesPage")
        settle(page)
        waitForRendering(page, 500)
    }

    function selectNotice() {
        const list = item(page, "outageList")
        const row = list.model.indexOf(noticeId)
        verify(row >= 0, "the notice is listed")
        list.positionViewAtIndex(row, ListView.Contain)
        mouseClick(item(list, "outage_" + noticeId))
        tryCompare(page, "selectedId", noticeId)
    }

    function test_1_counterStaffSeeNoticesButDoNotPublish() {
        verify(Session.signIn("2001", "3690")) // 陈静, counter
        // The notice in force, at the top of the counter.
        tryVerify(() => stripTitles().length === 1, 2000, "one notice on the strip")
        verify(stripTitles()[0].startsWith("京台高速合肥段夜间施工"), stripTitles()[0])
        verify(!item(shell, "nav_outages").visible)
        verify(!shell.showScreen("outages", ""))

        page = createTemporaryObject(pageComponent, test)
        tryCompare(page.board, "count", 1)
        verify(!page.board.canManage)
        verify(!item(page, "outageNew").visible)
        verify(!page.compose())
        verify(!item(page, "outageNoticeForm").visible)
        // The notice and its details are there to read, with no action on it.
        tryVerify(() => page.selectedId.length > 0)
        compare(item(page, "outagePanelTitle").text, "京台高速合肥段夜间施工，部分 ETC 车道暂停使用")
        verify(!item(page, "outageAddUpdate").visible)
        verify(!item(page, "outageEnd").visible)
        // Even asked directly, the board refuses and writes nothing.
        const outbox = Fixture.count("outbox")
        compare(page.board.create("power", "营业厅", "停电通知", "", "", "", false), "")
        compare(page.board.errorMessage, "Outage notices are published and changed by supervisors.")
        verify(!page.board.addUpdate(page.selectedId, "抢修中"))
        compare(Fixture.count("outbox"), outbox)
    }

    function test_2_supervisorPublishesANotice() {
        openOutages()
        compare(page.board.count, 1)
        click("outageNew")
        verify(item(page, "outageNoticeForm").visible)
        // Nothing chosen or typed: the kind is asked for first, and nothing is written.
        const outbox = Fixture.count("outbox")
        click("outagePublish")
        tryVerify(() => item(page, "outageKindError").visible, 2000, "the kind message shows")
        compare(item(page, "outageKindError").text, "Choose what kind of outage it is.")
        compare(Fixture.count("outbox"), outbox)

        click("outageKind_power")
        type("outageTitleField", title)
        type("outageScopeField", "Zhengwu outlet")
        type("outageEndsAtField", "2026-03-02 06:00")
        click("outagePublish")
        tryVerify(() => page.board.count === 2, 2000, "the new notice is listed")
        compare(Fixture.count("outbox"), outbox + 1)
        verify(!item(page, "outageNoticeForm").visible)
        noticeId = page.selectedId
        verify(item(page, "outage_" + noticeId).visible)
        compare(item(page, "outagePanelTitle").text, title)

        const saved = stored("inForce", noticeId)
        verify(saved !== null, "in force in the store")
        compare(saved.kind, "power")
        compare(saved.scope, "Zhengwu outlet")
        compare(saved.state, "active")
        compare(saved.expectedEndAt, Date.UTC(2026, 2, 2, 6, 0))
        // Every counter shows it now.
        tryVerify(() => stripTitles().length === 2, 2000, "two notices on the strip")
    }

    function test_3_addAnUpdateAndMoveTheEnd() {
        verify(noticeId.length > 0, "test 2 published a notice")
        openOutages()
        selectNotice()
        const outbox = Fixture.count("outbox")
        type("outageNoteField", "Crews are on site")
        click("outageAddUpdate")
        tryCompare(item(page, "outageNoteField"), "text", "")
        compare(Fixture.count("outbox"), outbox + 1)
        compare(stored("inForce", noticeId).latestText, "Crews are on site")

        type("outageEditEndField", "2026-03-02 08:30", true)
        click("outageSave")
        tryVerify(() => stored("inForce", noticeId).expectedEndAt === Date.UTC(2026, 2, 2, 8, 30), 2000, "the end moved")
        compare(Fixture.count("outbox"), outbox + 2)
        compare(stored("inForce", noticeId).latestText, "Crews are on site")
    }

    function test_4_endingTakesItOutOfForce() {
        verify(noticeId.length > 0, "test 2 published a notice")
        openOutages()
        selectNotice()
        const outbox = Fixture.count("outbox")
        // Ending needs the closing note.
        click("outageEnd")
        tryVerify(() => item(page, "outageNoteError").visible, 2000, "the note message shows")
        compare(Fixture.count("outbox"), outbox)
        verify(stored("inForce", noticeId) !== null)

        type("outageNoteField", "Power is back")
        click("outageEnd")
        tryVerify(() => page.board.indexOf(noticeId) < 0, 2000, "it leaves the list in force")
        compare(Fixture.count("outbox"), outbox + 2) // the state and the closing note
        compare(stored("inForce", noticeId), null)
        const ended = stored("ended", noticeId)
        verify(ended !== null, "listed as ended recently")
        compare(ended.state, "ended")
        compare(ended.latestText, "Power is back")
        tryVerify(() => stripTitles().length === 1, 2000, "the strip is back to one notice")
    }
}
