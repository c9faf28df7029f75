import QtQuick
import QtTest
import FieldDesk
import FieldDeskTest

// The crew's ticket list on the tablet: the fixture's tickets sorted by due time, the SLA
// countdown, and accepting a delivered ticket from its detail screen.
TestCase {
    id: test

    name: "TabletList"
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
    property ListView list

    function init() {
        failOnWarning(/.*/)
        Language.setLanguage("en")
        Fixture.setMode("tablet")
        shell = createTemporaryObject(shellComponent, test)
        verify(Session.signIn("1001", "2468"))
        tryVerify(() => findChild(shell, "ticketList") !== null)
        list = findChild(shell, "ticketList")
        tryCompare(list, "count", Fixture.crew1OpenTickets)
        waitForRendering(shell, 500)
    }

    function cleanup() {
        Session.signOut()
    }

    function role(row, r) {
        return list.model.data(list.model.index(row, 0), r)
    }

    function rowItem(row) {
        list.positionViewAtIndex(row, ListView.Contain)
        let item = null
        tryVerify(() => (item = findChild(list, "ticketRow_" + row)) !== null)
        waitForRendering(list, 500)
        return item
    }

    function test_1_listShowsTheCrewsTicketsByDueTime() {
        compare(list.count, 6)
        compare(findChild(shell, "crewTicketsTitle").text, "My crew's tickets")
        compare(findChild(shell, "openCountChip").text, "6 open")
        const titles = ["收费站车道无法扣费", "标签安装位置不当", "ETC 电子标签无法识别", "车载单元频繁掉电", "OBU 拆卸后需重新激活", "卡片读取失败"]
        let previous = -Infinity
        for (let i = 0; i < list.count; ++i) {
            compare(role(i, TicketListModel.TitleRole), titles[i])
            const due = role(i, TicketListModel.DueAtRole)
            if (due >= 0) {
                verify(due >= previous, "row " + i + " is due before the row above it")
                previous = due
            } else {
                // No step deadline: after every ticket that has one.
                for (let j = i + 1; j < list.count; ++j)
                    compare(role(j, TicketListModel.DueAtRole), -1)
            }
        }
        // What the rows say.
        compare(findChild(rowItem(0), "slaLabel").text, "Overdue 12 min")
        compare(findChild(rowItem(2), "slaLabel").text, "Due in 1 min")
        compare(findChild(rowItem(1), "stateChip").text, "Waiting to accept")
        compare(findChild(rowItem(5), "slaLabel").text, "No step deadline")
    }

    function test_2_countdownFollowsTheClock() {
        const sla = findChild(rowItem(2), "slaLabel")
        compare(sla.text, "Due in 1 min")
        verify(Qt.colorEqual(sla.color, Theme.text))
        Fixture.advanceClock(3)
        tryCompare(sla, "text", "Overdue 2 min")
        verify(Qt.colorEqual(sla.color, Theme.danger))
        compare(findChild(rowItem(0), "slaLabel").text, "Overdue 15 min")
        Language.setLanguage("zh_CN")
        tryCompare(sla, "text", "已超时 2 分钟")
    }

    function test_3_acceptADeliveredTicket() {
        // T6 is delivered: it waits for the crew to accept it.
        const ticketId = Fixture.ticketId(6)
        const row = list.model.indexOf(ticketId)
        compare(role(row, TicketListModel.StateRole), "delivered")
        mouseClick(rowItem(row))
        let page = null
        tryVerify(() => (page = findChild(shell, "ticketDetailPage")) !== null)
        tryCompare(page.detail, "ticketId", ticketId)
        // A page that is still sliding in takes no input.
        tryVerify(() => !findChild(shell, "tabletHome").busy)
        waitForRendering(page, 500)
        compare(findChild(page, "detailStateChip").text, "Waiting to accept")
        const accept = findChild(page, "action_accept")
        verify(accept)
        verify(accept.enabled)
        verify(accept.height >= 48)
        verify(findChild(page, "action_return"))
        mouseClick(accept)
        tryCompare(page.detail, "state", "accepted")
        compare(findChild(page, "detailStateChip").text, "Accepted")
        compare(findChild(page, "detailError").visible, false)
        // The next step is offered, and the timeline has the new entry.
        tryVerify(() => findChild(page, "action_depart") !== null)
        compare(page.detail.timeline.data(page.detail.timeline.index(page.detail.timeline.count - 1, 0), TimelineModel.EventRole), "accept")
        // Back in the list the ticket is accepted, and due again 3 minutes after it was accepted.
        mouseClick(findChild(page, "backButton"))
        tryVerify(() => findChild(shell, "ticketDetailPage") === null)
        tryVerify(() => !findChild(shell, "tabletHome").busy)
        const newRow = list.model.indexOf(ticketId)
        compare(role(newRow, TicketListModel.StateRole), "accepted")
        compare(role(newRow, TicketListModel.DueAtRole), AppData.nowMs + 3 * 60000)
    }

    function test_4_returnNeedsAReason() {
        const ticketId = Fixture.ticketId(1) // T1, delivered
        mouseClick(rowItem(list.model.indexOf(ticketId)))
        let page = null
        tryVerify(() => (page = findChild(shell, "ticketDetailPage")) !== null)
        tryVerify(() => !findChild(shell, "tabletHome").busy)
        waitForRendering(page, 500)
        mouseClick(findChild(page, "action_return"))
        const reason = findChild(page, "returnReason")
        tryVerify(() => reason.visible)
        waitForRendering(page, 500)
        mouseClick(findChild(page, "confirmReturn"))
        const error = findChild(page, "detailError")
        tryVerify(() => error.visible)
        compare(error.text, "Say why the order is returned.")
        compare(page.detail.state, "delivered")
        mouseClick(reason)
        reason.text = "不在本班组服务范围"
        mouseClick(findChild(page, "confirmReturn"))
        tryCompare(page.detail, "state", "returned")
        // A returned ticket leaves the crew's list.
        mouseClick(findChild(page, "backButton"))
        tryCompare(list, "count", 5)
        compare(list.model.indexOf(ticketId), -1)
    }
}
