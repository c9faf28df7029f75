import QtQuick
import QtTest
import FieldDesk
import FieldDeskTest

// The work record on the tablet's ticket screen. T5 is arrived for crew 1: its crew fills in the
// fault record, parts, the "tested" confirmation, the customer's signature and a photo, and only
// then can finish it. Another crew's member and the counter see the same record read-only. Notes
// go on the timeline. The test functions run in order on one store.
TestCase {
    id: test

    name: "WorkRecord"
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

    // The ticket and its work record as the store has them, independent of the screen.
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
    readonly property string ticketId: Fixture.ticketId(5) // T5, arrived, crew 1

    readonly property var checklistLabels: ["Fault record entered", "Parts used recorded (or none used)", "Photo of the site",
                                            "Tested with the customer", "Customer's signature"]

    function init() {
        failOnWarning(/.*/)
        Language.setLanguage("en")
        Fixture.setMode("tablet")
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

    // Signs @p staffNo in and opens T5's ticket screen.
    function openTicket(staffNo, pin) {
        verify(Session.signIn(staffNo, pin), staffNo)
        tryVerify(() => shell.current !== null && shell.current.showScreen !== undefined)
        verify(shell.showScreen("ticket", ticketId))
        page = item(shell, "ticketDetailPage")
        tryCompare(page.detail, "ticketId", ticketId)
        tryCompare(page.work, "loaded", true)
        settle(page)
        waitForRendering(page, 500)
        return page
    }

    function storedTicket() {
        return createTemporaryObject(detailComponent, test, { ticketId: ticketId })
    }
    function storedWork() {
        const w = createTemporaryObject(workComponent, test, { ticketId: ticketId })
        verify(w.loaded)
        return w
    }

    // Lets the layouts around @p target finish their pending work.
    function settle(target) {
        for (let p = target; p && p !== test; p = p.parent)
            verify(waitForItemPolished(p, 1000))
    }

    // Scrolls the ticket screen so that @p target is on screen, laid out, so that a click reaches it.
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

    function type(name, text) {
        const field = item(page, name)
        reveal(field)
        mouseClick(field)
        field.selectAll()
        keyClick(Qt.Key_Delete)
        for (const c of text)
            keyClick(c)
        compare(field.text, text)
    }

    // Picks @p value in the drop-down <key>Box with the mouse, as a crew member would.
    function choose(key, value) {
        const box = item(page, key + "Box")
        reveal(box)
        mouseClick(box)
        tryVerify(() => box.popup.opened, 2000, key + " opens")
        const index = box.model.findIndex(o => o.value === value)
        verify(index >= 0, value)
        const list = box.popup.contentItem
        list.positionViewAtIndex(index, ListView.Contain)
        let entry = null
        tryVerify(() => (entry = list.itemAtIndex(index)) !== null)
        waitForRendering(list, 500)
        mouseClick(entry)
        tryVerify(() => !box.popup.visible, 2000, key + " closes")
        compare(box.currentValue, value)
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

    // Whether the checklist row of @p key shows its tick.
    function ticked(key) {
        return item(page, "check_" + key).children[0].text === "✓"
    }

    function verifyReadOnly() {
        const panel = item(page, "workRecordPanel")
        verify(panel.visible, "the work record is shown")
        verify(!page.work.canEdit)
        compare(item(page, "faultSummary").text, "No fault record yet.")
        for (const name of ["faultSave", "faultEdit", "partAdd", "partCode", "photoAdd", "signatureOpen", "confirm_tested", "confirm_parts"])
            verify(!item(page, name).visible, name + " is hidden")
        // The record itself refuses, too, and writes nothing.
        const outbox = Fixture.count("outbox")
        verify(!page.work.saveFault("obu", "power", "customer", true, "Replaced the battery."))
        verify(!page.work.addPart("OBU-BAT-01", "Battery pack", 1))
        verify(!page.work.confirm("tested"))
        verify(page.work.errorMessage.length > 0)
        compare(Fixture.count("outbox"), outbox)
        compare(storedWork().fault.causeCategory, undefined)
        page.work.clearError()
    }

    function test_1_anotherCrewSeesTheRecordReadOnly() {
        openTicket("1003", "1122") // 周磊, crew 2
        compare(page.detail.state, "arrived")
        verifyReadOnly()
        verify(!item(page, "action_finish").enabled)
        verify(item(page, "readOnlyNote").visible)
        verify(!item(page, "finishMissing").visible)
    }

    function test_2_theCounterSeesTheRecordReadOnly() {
        Fixture.setMode("counter")
        openTicket("2001", "3690") // 陈静, counter
        compare(page.detail.state, "arrived")
        verifyReadOnly()
        // The checklist is shown, nothing ticked, and nothing to confirm.
        for (const key of ["fault_record", "parts", "photo", "tested", "signature"])
            verify(!ticked(key), key)
    }

    function test_3_finishWaitsForTheWorkRecord() {
        // From the crew's list, as the crew member would open it.
        verify(Session.signIn("1001", "2468")) // 王建军, crew 1
        const list = item(shell, "ticketList")
        tryCompare(list, "count", Fixture.crew1OpenTickets)
        const row = list.model.indexOf(ticketId)
        list.positionViewAtIndex(row, ListView.Contain)
        const rowItem = item(list, "ticketRow_" + row)
        waitForRendering(list, 500)
        mouseClick(rowItem)
        page = item(shell, "ticketDetailPage")
        tryCompare(page.work, "loaded", true)
        tryVerify(() => !item(shell, "tabletHome").busy)
        waitForRendering(page, 500)

        compare(page.detail.state, "arrived")
        verify(page.work.canEdit)
        verify(item(page, "faultSave").visible, "the fault form is open while there is no record")
        const finish = item(page, "action_finish")
        verify(!finish.enabled)
        const missing = item(page, "finishMissing")
        verify(missing.visible)
        compare(missing.text, "Still to do before finishing: " + checklistLabels.join(", "))
        compare(page.work.missing, checklistLabels)
        // A disabled Finish does nothing.
        reveal(finish)
        mouseClick(finish)
        wait(50)
        compare(page.detail.state, "arrived")
        compare(storedTicket().state, "arrived")
    }

    function test_4_noWorkDoneSavesNothing() {
        openTicket("1001", "2468")
        const outbox = Fixture.count("outbox")
        choose("faultCause", "obu")
        choose("faultSub", "power")
        click("faultOwnership_customer")
        click("faultGenuine_false")
        click("faultSave")
        const error = item(page, "faultWorkDoneError")
        tryVerify(() => error.visible, 2000, "the work-done message shows")
        compare(error.text, "Describe the work done.")
        verify(Qt.colorEqual(error.color, Theme.danger))
        settle(error)
        const field = item(page, "faultWorkDone")
        const fieldBottom = field.mapToItem(page, 0, field.height).y
        const errorTop = error.mapToItem(page, 0, 0).y
        verify(errorTop >= fieldBottom && errorTop - fieldBottom < 16, "message " + errorTop + " under field " + fieldBottom)
        // Nothing saved: the form stays open and the checklist still lacks the fault record.
        compare(Fixture.count("outbox"), outbox)
        verify(item(page, "faultSave").visible)
        verify(!item(page, "faultSummary").visible)
        compare(storedWork().fault.causeCategory, undefined)
        verify(!ticked("fault_record"))
    }

    function test_5_faultRecordShowsItsSummary() {
        openTicket("1001", "2468")
        const outbox = Fixture.count("outbox")
        choose("faultCause", "obu")
        choose("faultSub", "power")
        click("faultOwnership_customer")
        click("faultGenuine_false")
        verify(item(page, "faultGenuine_false").selected)
        click("faultGenuine_true")
        verify(item(page, "faultGenuine_true").selected)
        type("faultWorkDone", "Replaced the OBU battery and tested it.")
        click("faultSave")
        // The form gives way to the summary.
        const summary = item(page, "faultSummary")
        tryVerify(() => summary.visible, 2000, "the summary shows")
        compare(summary.text, "OBU fault · Battery or power")
        verify(labelWithText(page, "Customer's equipment · fault as reported"))
        verify(labelWithText(page, "Replaced the OBU battery and tested it."))
        verify(!item(page, "faultSave").visible)
        verify(item(page, "faultEdit").visible)
        verify(!item(page, "faultWorkDoneError").visible)
        verify(ticked("fault_record"))
        verify(page.work.missing.indexOf("Fault record entered") < 0)
        // In the store.
        verify(Fixture.count("outbox") > outbox)
        const fault = storedWork().fault
        compare(fault.causeCategory, "obu")
        compare(fault.causeSubcategory, "power")
        compare(fault.ownership, "customer")
        compare(fault.genuine, true)
        compare(fault.workDone, "Replaced the OBU battery and tested it.")
        verify(!item(page, "action_finish").enabled)
    }

    function test_6_partAndTested() {
        openTicket("1001", "2468")
        verify(!ticked("parts"))
        verify(item(page, "confirm_parts").visible, "no parts used can be confirmed")
        type("partCode", "OBU-BAT-01")
        type("partName", "Battery pack")
        click("partAdd")
        tryCompare(page.work.parts, "length", 1)
        compare(page.work.parts[0].code, "OBU-BAT-01")
        compare(page.work.parts[0].name, "Battery pack")
        compare(page.work.parts[0].quantity, 1)
        tryVerify(() => labelWithText(page, "OBU-BAT-01  Battery pack  × 1") !== null)
        compare(item(page, "partCode").text, "")
        verify(ticked("parts"))
        verify(!item(page, "confirm_parts").visible)
        compare(storedWork().parts.length, 1)

        verify(!ticked("tested"))
        click("confirm_tested")
        tryVerify(() => ticked("tested"))
        verify(!item(page, "confirm_tested").visible)
        compare(page.work.missing, ["Photo of the site", "Customer's signature"])
        compare(item(page, "finishMissing").text, "Still to do before finishing: Photo of the site, Customer's signature")
        verify(!item(page, "action_finish").enabled)
    }

    function test_7_customerSigns() {
        openTicket("1001", "2468")
        const thumb = item(page, "signatureThumb")
        verify(!thumb.visible)
        click("signatureOpen")
        const pad = item(page, "signaturePad")
        tryVerify(() => pad.opened, 2000, "the pad opens")
        const canvas = item(pad.contentItem, "signatureCanvas")
        tryVerify(() => canvas.available)
        waitForRendering(pad.contentItem, 500)
        const save = item(pad.contentItem, "signatureSave")
        verify(!save.enabled, "nothing to save before the customer signs")
        // A signature drawn with the mouse.
        mousePress(canvas, 60, 150)
        for (const [x, y] of [[100, 90], [150, 170], [210, 80], [280, 160], [360, 110], [440, 130]])
            mouseMove(canvas, x, y)
        mouseRelease(canvas, 440, 130)
        tryVerify(() => save.enabled)
        mouseClick(save)
        tryVerify(() => !pad.visible, 2000, "the pad closes once saved")
        tryVerify(() => thumb.visible)
        verify(page.work.signature.available)
        verify(ticked("signature"))
        compare(page.work.missing, ["Photo of the site"])
        verify(storedWork().signature.at > 0)
        compare(item(page, "signatureOpen").text, "Sign again")
    }

    function test_8_photoThenFinish() {
        openTicket("1001", "2468")
        const finish = item(page, "action_finish")
        verify(!finish.enabled)
        const photo = Fixture.writeImage("site.png")
        verify(photo.toString().startsWith("file://"), photo)
        verify(page.work.addPhoto(photo), page.work.errorMessage)
        tryCompare(page.work.photos, "length", 1)
        verify(page.work.photos[0].available)
        compare(storedWork().photos.length, 1)
        // All done: the checklist is ticked through, and Finish is offered.
        for (const key of ["fault_record", "parts", "photo", "tested", "signature"])
            verify(ticked(key), key)
        compare(page.work.missing, [])
        tryVerify(() => !item(page, "finishMissing").visible)
        tryVerify(() => finish.enabled)
        reveal(finish)
        mouseClick(finish)
        tryCompare(page.detail, "state", "finished")
        const stored = storedTicket()
        compare(stored.state, "finished")
        compare(stored.timeline.data(stored.timeline.index(stored.timeline.count - 1, 0), TimelineModel.EventRole), "finish")
        // Finished: the record is kept, and no longer changed on the tablet.
        tryVerify(() => !page.work.canEdit)
        verify(!item(page, "faultEdit").visible)
        verify(!item(page, "partAdd").visible)
        compare(item(page, "faultSummary").text, "OBU fault · Battery or power")
    }

    function test_9_notesGoOnTheTimeline() {
        openTicket("1001", "2468")
        const timeline = item(page, "timelineList")
        const entries = timeline.count
        verify(entries > 0)
        const outbox = Fixture.count("outbox")
        // An empty note is refused with its message under the field.
        click("noteAdd")
        const error = item(page, "noteError")
        tryVerify(() => error.visible, 2000, "the note message shows")
        compare(error.text, "Write the note first.")
        compare(timeline.count, entries)
        compare(Fixture.count("outbox"), outbox)

        type("noteField", "Customer asks for a call before any visit.")
        click("noteAdd")
        tryCompare(timeline, "count", entries + 1)
        const last = timeline.model.index(timeline.count - 1, 0)
        compare(timeline.model.data(last, TimelineModel.KindRole), "note")
        compare(timeline.model.data(last, TimelineModel.NoteRole), "Customer asks for a call before any visit.")
        compare(timeline.model.data(last, TimelineModel.StaffNameRole), "王建军")
        verify(!error.visible)
        compare(item(page, "noteField").text, "")
        timeline.positionViewAtEnd()
        tryVerify(() => labelWithText(timeline, "Customer asks for a call before any visit.") !== null)
        const stored = storedTicket()
        compare(stored.timeline.data(stored.timeline.index(stored.timeline.count - 1, 0), TimelineModel.NoteRole),
                "Customer asks for a call before any visit.")
    }
}
