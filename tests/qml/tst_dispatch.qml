import QtQuick
import QtTest
import FieldDesk
import FieldDeskTest

// The supervisor's dispatch board at the counter: only supervisors and administrators see it;
// choosing a ticket, then a crew, and confirming dispatches the ticket — it leaves the queue and
// is dispatched in the store. The crew's tablet sets the crew's status that the board shows.
TestCase {
    id: test

    name: "Dispatch"
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

    // The ticket as the store has it, independent of the board.
    Component {
        id: detailComponent
        TicketDetail {
            source: AppData
            session: Session
        }
    }

    property Item shell

    function init() {
        failOnWarning(/.*/)
        Language.setLanguage("en")
        Fixture.setMode("counter")
        shell = createTemporaryObject(shellComponent, test)
    }

    function cleanup() {
        Session.signOut()
    }

    function openBoard() {
        verify(Session.signIn("3001", "8642")) // 赵敏, supervisor
        let nav = null
        tryVerify(() => (nav = findChild(shell, "nav_dispatch")) !== null)
        verify(nav.visible)
        mouseClick(nav)
        let page = null
        tryVerify(() => (page = findChild(shell, "dispatchPage")) !== null)
        waitForRendering(page, 500)
        return page
    }

    function item(parent, name) {
        let found = null
        tryVerify(() => (found = findChild(parent, name)) !== null, 3000, name)
        return found
    }

    function test_1_counterStaffDoNotSeeTheBoard() {
        verify(Session.signIn("2001", "3690")) // 陈静, counter only
        const nav = item(shell, "nav_dispatch")
        verify(!nav.visible)
        verify(!findChild(shell, "counterHome").showScreen("dispatch", ""))
    }

    function test_2_chooseTicketThenCrewAndDispatch() {
        const page = openBoard()
        const queue = item(page, "queueList")
        tryCompare(queue, "count", 2)
        compare(item(page, "queueCountChip").text, "2 waiting")
        verify(!item(page, "alertStrip").visible)
        // Most urgent first: T9 (reported, P2), then T11, returned with its reason.
        compare(queue.model.data(queue.model.index(0, 0), DispatchQueueModel.TicketIdRole), Fixture.ticketId(9))
        const returned = item(queue, "queueRow_1")
        compare(item(returned, "stateChip").text, "Returned")
        const reason = item(returned, "returnReason")
        verify(reason.visible)
        compare(reason.text, "Returned by 王建军: 地址在六安市，不属于本班组服务范围，请改派六安网点。")

        // The crews: status, load, vehicle.
        const crews = item(page, "crewList")
        tryCompare(crews, "count", 2)
        const crew1 = item(crews, "crewCard_0")
        compare(item(crew1, "crewStatusChip").text, "Standby")
        compare(item(crew1, "crewLoadChip").text, Fixture.crew1OpenTickets + " open")
        verify(item(crew1, "vehicleBusyChip").visible)
        const crew2 = item(crews, "crewCard_1")
        compare(item(crew2, "crewLoadChip").text, "1 open")
        verify(!item(crew2, "vehicleBusyChip").visible)
        // No crew can be chosen before a ticket.
        verify(!crew2.enabled)

        const row = item(queue, "queueRow_0")
        mouseClick(row)
        verify(row.selected)
        const bar = item(page, "confirmBar")
        tryVerify(() => bar.visible)
        const confirm = item(page, "confirmDispatch")
        verify(!confirm.enabled)
        verify(item(page, "confirmText").text.indexOf("now choose a crew") >= 0)
        tryVerify(() => crew2.enabled)
        mouseClick(crew2)
        verify(crew2.selected)
        tryVerify(() => confirm.enabled)
        compare(confirm.text, "Dispatch")
        verify(confirm.height >= 48)
        verify(item(page, "confirmText").text.indexOf("高新区抢修二班") >= 0)
        verify(!item(page, "awayWarning").visible)
        mouseClick(confirm)

        // The row leaves the queue, the crew's load goes up, and the store has the dispatch.
        tryCompare(queue, "count", 1)
        compare(queue.model.indexOf(Fixture.ticketId(9)), -1)
        verify(!bar.visible)
        const done = item(page, "dispatchDone")
        verify(done.visible)
        verify(done.text.indexOf("dispatched to 高新区抢修二班") >= 0, done.text)
        compare(item(item(crews, "crewCard_1"), "crewLoadChip").text, "2 open")
        const ticket = createTemporaryObject(detailComponent, test, { ticketId: Fixture.ticketId(9) })
        compare(ticket.state, "dispatched")
        compare(ticket.crewName, "高新区抢修二班")
        compare(ticket.timeline.data(ticket.timeline.index(ticket.timeline.count - 1, 0), TimelineModel.EventRole), "dispatch")
    }

    function test_3_crewStatusFromTheTabletShowsOnTheBoard() {
        // On crew 1's tablet: away, with a reason and until when.
        Fixture.setMode("tablet")
        verify(Session.signIn("1001", "2468"))
        const control = item(shell, "crewStatusControl")
        tryVerify(() => control.visible)
        const button = item(control, "crewStatusButton")
        compare(button.text, "Standby")
        mouseClick(button)
        const panel = control.panel
        tryVerify(() => panel.opened)
        mouseClick(item(panel.contentItem, "crewStatus_away"))
        mouseClick(item(panel.contentItem, "awayFor_120"))
        mouseClick(item(panel.contentItem, "saveCrewStatus"))
        // Away needs a reason.
        const noteError = item(panel.contentItem, "crewStatusNoteError")
        tryVerify(() => noteError.visible)
        compare(noteError.text, "Say why the crew is away.")
        verify(panel.opened)
        const note = item(panel.contentItem, "crewStatusNoteField")
        mouseClick(note)
        note.text = "车辆年检"
        mouseClick(item(panel.contentItem, "saveCrewStatus"))
        tryVerify(() => !panel.visible)
        compare(control.crew.status, "away")
        compare(control.crew.awayUntil, AppData.nowMs + 120 * 60000)
        verify(button.text.indexOf("Away until") === 0, button.text)
        Session.signOut()

        // At the counter the supervisor sees it, and is warned before dispatching to crew 1.
        Fixture.setMode("counter")
        const page = openBoard()
        const crews = item(page, "crewList")
        tryCompare(crews, "count", 2)
        // Away sorts after standby.
        const crew1 = item(crews, "crewCard_1")
        compare(item(crew1, "crewStatusChip").text, "Away")
        verify(item(crew1, "crewStatusNote").text.indexOf("车辆年检") > 0)
        mouseClick(item(item(page, "queueList"), "queueRow_0"))
        tryVerify(() => crew1.enabled)
        mouseClick(crew1)
        const warning = item(page, "awayWarning")
        tryVerify(() => warning.visible)
        verify(warning.text.indexOf("车辆年检") > 0, warning.text)
        compare(item(page, "confirmDispatch").text, "Dispatch anyway")
        mouseClick(item(page, "confirmDispatch"))
        tryCompare(item(page, "queueList"), "count", 0)
        verify(item(page, "dispatchDone").text.indexOf("车辆年检") >= 0)

        // Off duty: not choosable at all.
        Session.signOut()
        Fixture.setMode("tablet")
        verify(Session.signIn("1003", "1122")) // 周磊, crew 2
        const control2 = item(shell, "crewStatusControl")
        tryVerify(() => control2.visible)
        verify(control2.crew.setStatus("off", "轮休", 0))
        Session.signOut()
        Fixture.setMode("counter")
        const page2 = openBoard()
        const crews2 = item(page2, "crewList")
        const crew2 = item(crews2, "crewCard_1")
        tryCompare(item(crew2, "crewStatusChip"), "text", "Off duty")
        verify(!crew2.enabled)
    }
}
