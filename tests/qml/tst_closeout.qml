import QtQuick
import QtTest
import FieldDesk
import FieldDeskTest

// The counter's close-out: finished tickets wait for the callback to the customer. T7 is the
// fixture's finished ticket; the test finishes T5 on crew 1's tablet for the other answers.
// Satisfied closes a ticket, not satisfied (with what is still wrong) reopens it, no answer keeps
// it waiting. Only counter staff at a counter record callbacks. The test functions run in order
// on one store.
TestCase {
    id: test

    name: "CloseOut"
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

    // The page on its own, for people who cannot reach it from the counter's navigation.
    Component {
        id: pageComponent
        CloseOutPage {
            width: test.width
            height: test.height
        }
    }

    // A ticket and its work record as the store has them, independent of the screen.
    Component {
        id: detailComponent
        TicketDetail {
            source: AppData
            session: Session
        }
    }
    Component {
        id: workComponent
        WorkRecord {
            source: AppData
            session: Session
            language: "en"
        }
    }

    property Item shell
    property Item page
    property ListView list
    readonly property string finishedId: Fixture.ticketId(7) // T7, finished in the fixture
    readonly property string arrivedId: Fixture.ticketId(5) // T5, arrived for crew 1

    function init() {
        failOnWarning(/.*/)
        Language.setLanguage("en")
        Fixture.setMode("counter")
        shell = createTemporaryObject(shellComponent, test)
        page = null
        list = null
    }

    function cleanup() {
        Session.signOut()
    }

    function item(parent, name) {
        let found = null
        tryVerify(() => (found = findChild(parent, name)) !== null, 3000, name)
        return found
    }

    function storedState(ticketId) {
        return createTemporaryObject(detailComponent, test, { ticketId: ticketId }).state
    }

    // Lets the layouts around @p target finish their pending work.
    function settle(target) {
        for (let p = target; p && p !== test; p = p.parent)
            verify(waitForItemPolished(p, 1000))
    }

    // Scrolls the review so that @p target is on screen, laid out, so that a click reaches it.
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

    // A visible label under @p root showing exactly @p text, or null.
    function labelWithText(root, text) {
        if (!root)
            return null
        if (root.visible && root.text === text)
            return root
        for (let i = 0; i < root.children.length; ++i) {
            const found = labelWithText(root.children[i], text)
            if (found)
                return found
        }
        return null
    }

    // Signs in at the counter as 陈静 and opens the close-out from the navigation.
    function openCloseOut() {
        verify(Session.signIn("2001", "3690"))
        const nav = item(shell, "nav_closeout")
        verify(nav.visible)
        mouseClick(nav)
        page = item(shell, "closeOutPage")
        list = item(page, "closeOutList")
        settle(page)
        waitForRendering(page, 500)
        return page
    }

    function rowOf(ticketId) {
        const row = list.model.indexOf(ticketId)
        verify(row >= 0, "the ticket is in the queue")
        const ticketNo = list.model.data(list.model.index(row, 0), CloseOutBoard.TicketNoRole)
        list.positionViewAtIndex(row, ListView.Contain)
        const rowItem = item(list, "closeOut_" + ticketNo)
        waitForRendering(list, 500)
        return rowItem
    }

    // Crew 1 finishes T5 on its tablet, as it would on site, so that it waits for its callback.
    function finishOnTablet(ticketId) {
        Fixture.setMode("tablet")
        verify(Session.signIn("1001", "2468"))
        const work = createTemporaryObject(workComponent, test, { ticketId: ticketId })
        const detail = createTemporaryObject(detailComponent, test, { ticketId: ticketId })
        compare(detail.state, "arrived")
        verify(work.saveFault("card", "not_recognised", "customer", true, "Cleaned the card contacts; the OBU reads it again."), work.errorMessage)
        verify(work.confirm("parts"), work.errorMessage)
        verify(work.confirm("tested"), work.errorMessage)
        verify(work.addPhoto(Fixture.writeImage("card.png")), work.errorMessage)
        // A 1×1 PNG stands for the drawing.
        verify(work.saveSignature("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="),
               work.errorMessage)
        compare(work.missing, [])
        verify(detail.apply("finish", ""), detail.errorMessage)
        compare(storedState(ticketId), "finished")
        Session.signOut()
        Fixture.setMode("counter")
    }

    function verifyCannotRecord(standalone) {
        verify(!standalone.board.canRecord)
        verify(labelWithText(standalone, "Callbacks are recorded by counter staff.") !== null, "says who records callbacks")
        const record = item(standalone, "callbackRecord")
        const noAnswer = item(standalone, "callbackNoAnswer")
        verify(record.visible)
        verify(!record.enabled)
        verify(!noAnswer.enabled)
        // Even asked directly, the board refuses and the ticket stays finished.
        const outbox = Fixture.count("outbox")
        verify(!standalone.board.record(finishedId, true, "phone", 5, "satisfied", ""))
        compare(standalone.board.errorMessage, "Callbacks are recorded by counter staff, signed in at a counter.")
        compare(Fixture.count("outbox"), outbox)
        compare(storedState(finishedId), "finished")
    }

    function test_1_onlyCounterStaffAtACounterRecord() {
        // Finance at the counter: no close-out in the navigation, and the page records nothing.
        verify(Session.signIn("4001", "5555")) // 刘洋, finance
        verify(!item(shell, "nav_closeout").visible)
        verify(!shell.showScreen("closeout", ""))
        const finance = createTemporaryObject(pageComponent, test)
        tryCompare(finance.board, "count", 1)
        verifyCannotRecord(finance)
        Session.signOut()

        // A crew member, signed in on a tablet (crews cannot sign in at a counter at all).
        verify(!Session.signIn("1001", "2468"))
        Fixture.setMode("tablet")
        verify(Session.signIn("1001", "2468"))
        const crew = createTemporaryObject(pageComponent, test)
        tryCompare(crew.board, "count", 1)
        verifyCannotRecord(crew)
    }

    function test_2_queueShowsTheFinishedTicketAndItsWorkRecord() {
        openCloseOut()
        tryCompare(list, "count", 1)
        compare(page.board.totalCount, 1)
        compare(list.model.data(list.model.index(0, 0), CloseOutBoard.TicketIdRole), finishedId)
        const row = rowOf(finishedId)
        verify(labelWithText(row, "标签电池更换") !== null)
        // Choosing it shows what the crew recorded, read-only, and the callback form.
        mouseClick(row)
        tryVerify(() => row.current)
        compare(page.selectedId, finishedId)
        tryCompare(page.work, "loaded", true)
        compare(page.work.ticketId, finishedId)
        const summary = item(page, "faultSummary")
        verify(summary.visible)
        compare(summary.text, "OBU fault · Tamper flag set (removed)")
        verify(labelWithText(page, "重新激活 OBU，现场试通行正常。") !== null)
        verify(!item(page, "faultSave").visible)
        verify(!item(page, "partAdd").visible)
        verify(page.board.canRecord)
        verify(item(page, "callbackRecord").enabled)
    }

    function test_3_answerNeedsTheSatisfaction() {
        openCloseOut()
        tryCompare(list, "count", 1)
        mouseClick(rowOf(finishedId))
        const outbox = Fixture.count("outbox")
        click("callbackRecord")
        const error = item(page, "callbackSatisfactionError")
        tryVerify(() => error.visible, 2000, "the satisfaction message shows")
        compare(error.text, "Rate the customer's satisfaction from 1 to 5.")
        verify(Qt.colorEqual(error.color, Theme.danger))
        compare(list.count, 1)
        compare(Fixture.count("outbox"), outbox)
        compare(storedState(finishedId), "finished")
    }

    function test_4_satisfiedClosesTheTicket() {
        openCloseOut()
        tryCompare(list, "count", 1)
        mouseClick(rowOf(finishedId))
        click("callbackSatisfaction_5")
        verify(item(page, "callbackSatisfaction_5").selected)
        click("callbackVerdict_satisfied")
        click("callbackRecord")
        // The row leaves the queue, and the ticket is closed.
        tryCompare(list, "count", 0)
        compare(list.model.indexOf(finishedId), -1)
        compare(page.board.totalCount, 0)
        compare(storedState(finishedId), "closed")
        verify(labelWithText(page, "No ticket is waiting for its callback") !== null)
    }

    function test_5_noAnswerKeepsItWaiting() {
        finishOnTablet(arrivedId)
        openCloseOut()
        tryCompare(list, "count", 1)
        const row = rowOf(arrivedId)
        mouseClick(row)
        tryCompare(page, "selectedId", arrivedId)
        verify(labelWithText(row, "1 call unanswered") === null)
        click("callbackNoAnswer")
        // Still in the queue, still selected, with the unanswered call counted.
        tryVerify(() => list.model.data(list.model.index(list.model.indexOf(arrivedId), 0), CloseOutBoard.AttemptsRole) === 1, 2000,
                  "one unanswered call")
        compare(list.count, 1)
        compare(page.selectedId, arrivedId)
        const after = rowOf(arrivedId)
        tryVerify(() => labelWithText(after, "1 call unanswered") !== null, 2000, "the row says a call went unanswered")
        compare(storedState(arrivedId), "finished")
    }

    function test_6_notSatisfiedNeedsWhatIsWrongAndReopens() {
        openCloseOut()
        tryCompare(list, "count", 1)
        mouseClick(rowOf(arrivedId))
        tryCompare(page, "selectedId", arrivedId)
        const outbox = Fixture.count("outbox")
        click("callbackSatisfaction_2")
        click("callbackVerdict_unsatisfied")
        click("callbackRecord")
        const error = item(page, "callbackSuggestionsError")
        tryVerify(() => error.visible, 2000, "the message under the suggestions shows")
        compare(error.text, "Write down what is still wrong: the crew needs it when the ticket is reopened.")
        settle(error)
        const field = item(page, "callbackSuggestions")
        const fieldBottom = field.mapToItem(page, 0, field.height).y
        const errorTop = error.mapToItem(page, 0, 0).y
        verify(errorTop >= fieldBottom && errorTop - fieldBottom < 24, "message " + errorTop + " under field " + fieldBottom)
        compare(list.count, 1)
        compare(Fixture.count("outbox"), outbox)
        compare(storedState(arrivedId), "finished")

        const suggestions = item(page, "callbackSuggestions")
        reveal(suggestions)
        mouseClick(suggestions)
        for (const c of "The card fails again at the toll gate.")
            keyClick(c)
        compare(suggestions.text, "The card fails again at the toll gate.")
        click("callbackRecord")
        tryCompare(list, "count", 0)
        compare(storedState(arrivedId), "reopened")
    }
}
