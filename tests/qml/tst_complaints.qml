import QtQuick
import QtTest
import FieldDesk
import FieldDeskTest

// Complaints at the counter, through the screens: a bad form saves nothing and says why under
// each field; a good one registers the complaint, which the list then shows; from its detail
// screen it is dispatched to a department, answered and closed as satisfied, and the store says
// closed. An empty reply is refused with its message under the reply field. The test functions
// run in order on one store.
TestCase {
    id: test

    name: "Complaints"
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

    // A complaint as the store has it, independent of the screen.
    Component {
        id: detailComponent
        ComplaintDetail {
            source: AppData
            session: Session
        }
    }

    property Item shell
    property string registeredId: ""

    function init() {
        failOnWarning(/.*/)
        Language.setLanguage("en")
        Fixture.setMode("counter")
        shell = createTemporaryObject(shellComponent, test)
        verify(Session.signIn("2001", "3690"))
        tryVerify(() => findChild(shell, "counterSearchPage") !== null)
    }

    function cleanup() {
        Session.signOut()
    }

    function openedPage(name) {
        let p = null
        tryVerify(() => (p = findChild(shell, name)) !== null, 3000, name)
        tryVerify(() => !findChild(shell, "counterStack").busy)
        waitForRendering(p, 500)
        return p
    }

    function child(parent, name) {
        let found = null
        tryVerify(() => (found = findChild(parent, name)) !== null && found.visible, 3000, name)
        return found
    }

    function stored(complaintId) {
        return createTemporaryObject(detailComponent, test, { complaintId: complaintId })
    }

    // Lets the layouts around @p item finish their pending work.
    function settle(item) {
        for (let p = item; p && p !== test; p = p.parent)
            verify(waitForItemPolished(p, 1000))
    }

    // Scrolls @p item into view on a form or a detail page, laid out, so that a click reaches it.
    function reveal(page, item) {
        settle(item)
        if (page.ensureVisible)
            page.ensureVisible(item)
        settle(item)
    }

    // The message @p error sits right under @p field.
    function verifyUnder(page, field, error) {
        settle(error)
        const gap = error.mapToItem(page, 0, 0).y - field.mapToItem(page, 0, field.height).y
        verify(gap >= 0 && gap < 16, error.objectName + ": gap " + gap)
    }

    // Clicks the button @p name of @p page once it is laid out.
    function press(page, name) {
        const button = child(page, name)
        reveal(page, button)
        mouseClick(button)
    }

    function typeInto(page, field, text) {
        reveal(page, field)
        mouseClick(field)
        field.selectAll()
        keyClick(Qt.Key_Delete)
        field.insert(0, text)
        compare(field.text, text)
    }

    function openForm() {
        mouseClick(child(shell, "nav_complaints"))
        const list = openedPage("complaintsPage")
        mouseClick(child(list, "newComplaintButton"))
        return openedPage("newComplaintPage")
    }

    function test_1_badFormSavesNothing() {
        const page = openForm()
        const outbox = Fixture.count("outbox")
        typeInto(page, child(page, "complainantPhoneField"), "1390000")
        mouseClick(child(page, "saveButton"))
        for (const key of ["complainantName", "complainantPhone", "category", "content"]) {
            const error = child(page, key + "Error")
            verify(error.text.length > 10, key + ": " + error.text)
            verify(Qt.colorEqual(error.color, Theme.danger))
        }
        verify(child(page, "complainantPhoneError").text.indexOf("11 digits") >= 0)
        verifyUnder(page, findChild(page, "contentField"), findChild(page, "contentError"))
        verifyUnder(page, findChild(page, "complainantPhoneField"), findChild(page, "complainantPhoneError"))
        compare(Fixture.count("outbox"), outbox)
        verify(findChild(shell, "newComplaintPage") !== null, "the form stays open")
    }

    function test_2_registeredComplaintIsListed() {
        const page = openForm()
        typeInto(page, child(page, "complainantNameField"), "王女士")
        typeInto(page, child(page, "complainantPhoneField"), "139 1234 5678")
        for (const name of ["channel_phone", "category_service"]) {
            const option = child(page, name)
            reveal(page, option)
            mouseClick(option)
        }
        compare(page.form.channel, "phone")
        compare(page.form.category, "service")
        const content = child(page, "contentField")
        reveal(page, content)
        mouseClick(content)
        content.insert(0, "营业厅排队四十分钟，只开了一个窗口。")
        const emergency = child(page, "emergencySwitch")
        reveal(page, emergency)
        mouseClick(emergency)
        verify(page.form.emergency)
        mouseClick(child(page, "saveButton"))

        const detail = openedPage("complaintDetailPage")
        registeredId = detail.complaintId
        verify(registeredId.length > 0)
        compare(child(detail, "detailStateChip").text, "Registered")
        compare(detail.detail.ownerName, "陈静") // the one who took it down owns it
        compare(detail.detail.complainantPhone, "139****5678")
        const number = detail.detail.complaintNo

        mouseClick(child(detail, "backButton"))
        const list = openedPage("complaintsPage")
        const view = child(list, "complaintList")
        tryVerify(() => view.count > 0)
        const row = list.complaints.indexOf(registeredId)
        verify(row >= 0, "listed")
        view.positionViewAtIndex(row, ListView.Contain)
        const item = child(view, "complaintRow_" + row)
        compare(child(item, "complaintNo").text, number)
        compare(child(item, "levelChip").text, "Complaint")
        verify(child(item, "emergencyChip").visible)
        compare(child(item, "stateChip").text, "Registered")
        verify(child(item, "dueLabel").text.indexOf("Due in 2 h") === 0, child(item, "dueLabel").text) // the emergency path
        compare(child(item, "ownerLabel").text, "Owner: 陈静")
    }

    function test_3_dispatchReplySatisfiedCloses() {
        verify(registeredId.length > 0, "test_2 registered one")
        verify(shell.showScreen("complaint", registeredId))
        const page = openedPage("complaintDetailPage")

        press(page, "action_dispatch")
        typeInto(page, child(page, "askField"), "客服中心")
        press(page, "confirmAsk")
        tryCompare(stored(registeredId), "state", "dispatched")
        tryCompare(child(page, "detailStateChip"), "text", "With a department")

        press(page, "action_start")
        tryCompare(stored(registeredId), "state", "handling")

        // An empty reply: refused, its message under the reply, nothing written.
        const outbox = Fixture.count("outbox")
        press(page, "action_reply")
        press(page, "confirmAsk")
        const error = child(page, "askError")
        verify(error.text.indexOf("answer given to the complainant") >= 0, error.text)
        verifyUnder(page, findChild(page, "askField"), error)
        compare(Fixture.count("outbox"), outbox)
        compare(stored(registeredId).state, "handling")

        typeInto(page, child(page, "askField"), "已致歉，高峰时段增开窗口。")
        press(page, "confirmAsk")
        tryCompare(stored(registeredId), "state", "replied")
        verify(!findChild(page, "askError").visible)

        press(page, "action_satisfied")
        tryCompare(stored(registeredId), "state", "closed")
        compare(stored(registeredId).verdict, "satisfied")
        compare(page.detail.timeline.length, 5)
        // Counter staff cannot file it away; escalating is still possible.
        compare(page.detail.nextSteps, ["escalate"])

        // Closed, it is no longer among the open complaints.
        press(page, "backButton")
        const list = openedPage("complaintsPage")
        compare(list.complaints.indexOf(registeredId), -1)
    }

    function test_4_hiddenForOtherRoles() {
        Session.signOut()
        verify(Session.signIn("4001", "5555")) // finance
        tryVerify(() => findChild(shell, "counterSearchPage") !== null)
        verify(!findChild(shell, "nav_complaints").visible)
        verify(!shell.showScreen("complaints", ""))
    }
}
