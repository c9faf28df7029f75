#include "ticketworkcommands.h"

#include "clicontext.h"
#include "closeoutrepository.h"
#include "fieldworkrepository.h"
#include "staffrepository.h"
#include "ticketprinter.h"
#include "ticketrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

namespace fd::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TicketWorkCommands", text);
}

CliOption staffOption()
{
    return {QStringLiteral("staff"), QStringLiteral("STAFF_NO"), tr("Staff number of the person doing it"), true, {}};
}

CliOption languageOption()
{
    return {QStringLiteral("lang"), QStringLiteral("zh|en"), tr("Language of the labels (default: from the locale)"), false, {}};
}

/** The store, the ticket and (for changes) the staff member a command works on. */
struct Target
{
    Store *store = nullptr;
    QString ticketId;
    QString staffId;
};

Result<Target> openTarget(CliContext &ctx, const QCommandLineParser &args, bool withStaff)
{
    auto store = ctx.setUpStore();
    if (!store)
        return store.error();
    auto ticket = ctx.ticketId(args.positionalArguments().at(0));
    if (!ticket)
        return ticket.error();
    Target t{store.value(), ticket.value(), {}};
    if (withStaff) {
        auto who = ctx.staffByNo(args.value(QStringLiteral("staff")));
        if (!who)
            return who.error();
        t.staffId = who->id;
    }
    return t;
}

/** Prints @p e naming the option or argument its field came from (default: --field); returns ExitFailed. */
int failAs(CliContext &ctx, Error e, const QHash<QString, QString> &fields = {})
{
    if (!e.field.isEmpty())
        e.field = fields.value(e.field, QStringLiteral("--") + e.field);
    return ctx.fail(e);
}

std::optional<int> wholeNumber(CliContext &ctx, const QCommandLineParser &args, const QString &name)
{
    bool ok = false;
    const int v = args.value(name).trimmed().toInt(&ok);
    if (!ok) {
        ctx.usage(tr("--%1 must be a whole number, not \"%2\".").arg(name, args.value(name)));
        return std::nullopt;
    }
    return v;
}

/** The language for labels: --lang, else the locale's ("en…" English, anything else Chinese). */
std::optional<QString> labelLanguage(CliContext &ctx, const QCommandLineParser &args)
{
    if (!args.isSet(QStringLiteral("lang")))
        return QLocale().name();
    const QString lang = args.value(QStringLiteral("lang")).trimmed().toLower();
    if (lang != QLatin1String("zh") && lang != QLatin1String("en")) {
        ctx.usage(tr("--lang is zh or en, not \"%1\".").arg(args.value(QStringLiteral("lang"))));
        return std::nullopt;
    }
    return lang;
}

/** After a change to the work record: how much of the finish checklist is done. */
void printProgress(CliContext &ctx, FieldWorkRepository &work, const QString &ticketId)
{
    auto list = work.checklist();
    auto facts = list ? work.facts(ticketId) : Result<WorkFacts>(list.error());
    if (!facts) {
        // The change itself is saved; say why the checklist cannot be judged.
        ctx.out() << "checklist: " << facts.error().message << '\n';
        return;
    }
    const QStringList open = list->missing(facts.value(), QLocale().name());
    ctx.out() << "checklist: " << list->items().size() - open.size() << '/' << list->items().size() << '\n';
    if (!open.isEmpty())
        ctx.out() << "still_to_do: " << open.join(QStringLiteral("; ")) << '\n';
}

QString staffLabel(Store &store, const QString &staffId)
{
    if (staffId.isEmpty())
        return QStringLiteral("-");
    auto m = StaffRepository(store).get(staffId);
    return m ? m->staffNo + QLatin1Char(' ') + m->name : staffId;
}

} // namespace

// ticket fault -----------------------------------------------------------------------------------

QString TicketFaultCommand::summary() const
{
    return tr("Record the fault found on site: cause, ownership, genuine or not, work done");
}

QString TicketFaultCommand::details() const
{
    return tr("The cause is a category and, where it has them, a subcategory of the fault catalogue\n"
              "(`ticket causes` lists them). The newest record of a ticket is the one that counts.");
}

QList<CliOption> TicketFaultCommand::options() const
{
    return {{QStringLiteral("cause"), QStringLiteral("KEY"), tr("Cause category, e.g. obu"), true, {}},
            {QStringLiteral("sub"), QStringLiteral("KEY"), tr("Cause subcategory, e.g. tamper"), false, {}},
            {QStringLiteral("ownership"), QStringLiteral("OWNER"), tr("Whose equipment: customer, company, third_party or unknown"), true, {}},
            {QStringLiteral("genuine"), QStringLiteral("yes|no"), tr("Whether the reported fault is real"), true, {}},
            {QStringLiteral("work"), QStringLiteral("TEXT"), tr("The work done"), true, {}},
            staffOption()};
}

int TicketFaultCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    const QString genuine = args.value(QStringLiteral("genuine")).trimmed().toLower();
    if (genuine != QLatin1String("yes") && genuine != QLatin1String("no"))
        return ctx.usage(tr("--genuine is yes or no, not \"%1\".").arg(args.value(QStringLiteral("genuine"))));
    auto t = openTarget(ctx, args, true);
    if (!t)
        return ctx.fail(t.error());
    FaultInput input;
    input.causeCategory = args.value(QStringLiteral("cause")).trimmed();
    input.causeSubcategory = args.value(QStringLiteral("sub")).trimmed();
    input.ownership = args.value(QStringLiteral("ownership")).trimmed();
    input.genuine = genuine == QLatin1String("yes");
    input.workDone = args.value(QStringLiteral("work"));
    FieldWorkRepository work(*t->store);
    auto row = work.recordFault(t->ticketId, input, t->staffId);
    if (!row)
        return failAs(ctx, row.error(), {{QStringLiteral("cause_category"), QStringLiteral("--cause")},
                                         {QStringLiteral("cause_subcategory"), QStringLiteral("--sub")},
                                         {QStringLiteral("work_done"), QStringLiteral("--work")}});
    ctx.out() << tr("Fault recorded.") << '\n' << "id: " << row->id << '\n';
    printProgress(ctx, work, t->ticketId);
    return ExitOk;
}

// ticket part ------------------------------------------------------------------------------------

QString TicketPartCommand::summary() const
{
    return tr("Record a part used on the job");
}

QList<CliOption> TicketPartCommand::options() const
{
    return {{QStringLiteral("code"), QStringLiteral("CODE"), tr("Part number"), true, {}},
            {QStringLiteral("name"), QStringLiteral("NAME"), tr("Part name"), true, {}},
            {QStringLiteral("qty"), QStringLiteral("N"), tr("Quantity"), false, QStringLiteral("1")},
            staffOption()};
}

int TicketPartCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    const auto qty = wholeNumber(ctx, args, QStringLiteral("qty"));
    if (!qty)
        return ExitUsage;
    auto t = openTarget(ctx, args, true);
    if (!t)
        return ctx.fail(t.error());
    FieldWorkRepository work(*t->store);
    auto row = work.addPart(t->ticketId, args.value(QStringLiteral("code")), args.value(QStringLiteral("name")), *qty, t->staffId);
    if (!row)
        return failAs(ctx, row.error(), {{QStringLiteral("part_code"), QStringLiteral("--code")},
                                         {QStringLiteral("part_name"), QStringLiteral("--name")},
                                         {QStringLiteral("quantity"), QStringLiteral("--qty")}});
    ctx.out() << tr("Part recorded.") << '\n' << "id: " << row->id << '\n';
    printProgress(ctx, work, t->ticketId);
    return ExitOk;
}

// ticket check -----------------------------------------------------------------------------------

QString TicketCheckCommand::summary() const
{
    return tr("Confirm a finish checklist item by hand (tested; parts = no parts used)");
}

QString TicketCheckCommand::details() const
{
    QStringList keys;
    for (const FinishChecklist::Item &i : FinishChecklist::builtIn().items()) {
        if (i.confirmable())
            keys << i.key;
    }
    return tr("ITEM is the key of a checklist item confirmed by hand; in the built-in checklist: %1.\n"
              "The other items are done by recording the fault, parts, a photo and the signature.")
        .arg(keys.join(QStringLiteral(", ")));
}

QList<CliOption> TicketCheckCommand::options() const
{
    return {staffOption()};
}

int TicketCheckCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    auto t = openTarget(ctx, args, true);
    if (!t)
        return ctx.fail(t.error());
    FieldWorkRepository work(*t->store);
    const QString item = args.positionalArguments().at(1).trimmed();
    if (auto r = work.confirm(t->ticketId, item, t->staffId); !r) {
        failAs(ctx, r.error(), {{QStringLiteral("item"), QStringLiteral("ITEM")}});
        if (r.error().code == QLatin1String("invalid_item")) {
            if (auto list = work.checklist()) {
                QStringList keys;
                for (const FinishChecklist::Item &i : list->items()) {
                    if (i.confirmable())
                        keys << i.key;
                }
                ctx.err() << tr("Items confirmed by hand: %1.").arg(keys.isEmpty() ? tr("none") : keys.join(QStringLiteral(", "))) << '\n';
            }
        }
        return ExitFailed;
    }
    ctx.out() << tr("Confirmed.") << '\n';
    printProgress(ctx, work, t->ticketId);
    return ExitOk;
}

// ticket attach ----------------------------------------------------------------------------------

QString TicketAttachCommand::summary() const
{
    return tr("Attach a site photo (JPEG, PNG, WebP) or the customer's signature (PNG)");
}

QList<CliOption> TicketAttachCommand::options() const
{
    return {{QStringLiteral("kind"), QStringLiteral("KIND"), tr("photo or signature"), true, {}}, staffOption()};
}

int TicketAttachCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    auto t = openTarget(ctx, args, true);
    if (!t)
        return ctx.fail(t.error());
    const QString path = args.positionalArguments().at(1);
    if (!QFileInfo(path).isFile())
        return ctx.fail(makeError("file_not_found", tr("There is no file %1.").arg(path), QStringLiteral("FILE")));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(makeError("file_unreadable", tr("Cannot read %1: %2").arg(path, file.errorString()), QStringLiteral("FILE")));
    // One byte past the limit is enough for the store to refuse a file that is too large.
    const QByteArray bytes = file.read(qMin(file.size(), FieldWorkRepository::kMaxAttachmentBytes + 1));
    FieldWorkRepository work(*t->store);
    auto row = work.attach(t->ticketId, args.value(QStringLiteral("kind")).trimmed(), bytes, QFileInfo(path).fileName(), t->staffId);
    if (!row)
        return failAs(ctx, row.error(), {{QStringLiteral("file"), QStringLiteral("FILE")}});
    ctx.out() << tr("Attached.") << '\n'
              << "id: " << row->id << '\n'
              << "kind: " << row->kind << '\n'
              << "mime: " << row->mime << '\n'
              << "size_bytes: " << row->sizeBytes << '\n'
              << "sha256: " << row->sha256 << '\n'
              << "path: " << row->localPath << '\n';
    printProgress(ctx, work, t->ticketId);
    return ExitOk;
}

// ticket note / ticket chase ---------------------------------------------------------------------

QString TicketNoteCommand::summary() const
{
    return tr("Add a note to a ticket's timeline");
}

QList<CliOption> TicketNoteCommand::options() const
{
    return {staffOption()};
}

int TicketNoteCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    auto t = openTarget(ctx, args, true);
    if (!t)
        return ctx.fail(t.error());
    if (auto r = FieldWorkRepository(*t->store).addNote(t->ticketId, args.positionalArguments().at(1), t->staffId); !r)
        return failAs(ctx, r.error(), {{QStringLiteral("note"), QStringLiteral("TEXT")}});
    ctx.out() << tr("Note added.") << '\n';
    return ExitOk;
}

QString TicketChaseCommand::summary() const
{
    return tr("Chase a late order (催办), with the reason");
}

QList<CliOption> TicketChaseCommand::options() const
{
    return {{QStringLiteral("reason"), QStringLiteral("TEXT"), tr("Why it is chased, e.g. the customer called again"), true, {}},
            staffOption()};
}

int TicketChaseCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    auto t = openTarget(ctx, args, true);
    if (!t)
        return ctx.fail(t.error());
    if (auto r = FieldWorkRepository(*t->store).chase(t->ticketId, args.value(QStringLiteral("reason")), t->staffId); !r)
        return failAs(ctx, r.error());
    ctx.out() << tr("Chased.") << '\n';
    return ExitOk;
}

// ticket callback --------------------------------------------------------------------------------

QString TicketCallbackCommand::summary() const
{
    return tr("Record the callback (回访) of a finished ticket: it closes, reopens or waits for a retry");
}

QString TicketCallbackCommand::details() const
{
    return tr("Give the customer's answer with --verdict and --satisfaction, or --no-answer when the call\n"
              "did not reach them. satisfied closes the ticket; unsatisfied reopens it for another dispatch\n"
              "and needs --note (what is still wrong); no answer keeps it finished and schedules a retry.");
}

QList<CliOption> TicketCallbackCommand::options() const
{
    return {{QStringLiteral("verdict"), QStringLiteral("VERDICT"), tr("satisfied or unsatisfied"), false, {}},
            {QStringLiteral("satisfaction"), QStringLiteral("1-5"), tr("How satisfied the customer is, 1 to 5"), false, {}},
            {QStringLiteral("no-answer"), {}, tr("The call did not reach the customer"), false, {}},
            {QStringLiteral("method"), QStringLiteral("METHOD"), tr("phone, sms, visit or wechat"), false, QStringLiteral("phone")},
            {QStringLiteral("note"), QStringLiteral("TEXT"), tr("What the customer said (required when unsatisfied)"), false, {}},
            staffOption()};
}

int TicketCallbackCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    const bool noAnswer = args.isSet(QStringLiteral("no-answer"));
    const bool answered = args.isSet(QStringLiteral("verdict")) || args.isSet(QStringLiteral("satisfaction"));
    if (noAnswer && answered)
        return ctx.usage(tr("--no-answer cannot go with --verdict or --satisfaction."));
    if (!noAnswer && !answered)
        return ctx.usage(tr("Give the customer's answer (--verdict satisfied|unsatisfied --satisfaction 1-5) or --no-answer."));
    CallbackInput input;
    input.reached = !noAnswer;
    input.method = args.value(QStringLiteral("method")).trimmed();
    input.verdict = args.value(QStringLiteral("verdict")).trimmed();
    input.suggestions = args.value(QStringLiteral("note"));
    if (args.isSet(QStringLiteral("satisfaction"))) {
        const auto s = wholeNumber(ctx, args, QStringLiteral("satisfaction"));
        if (!s)
            return ExitUsage;
        input.satisfaction = *s;
    }
    auto t = openTarget(ctx, args, true);
    if (!t)
        return ctx.fail(t.error());
    auto outcome = CloseOutRepository(*t->store).recordCallback(t->ticketId, input, t->staffId);
    if (!outcome)
        return failAs(ctx, outcome.error(), {{QStringLiteral("suggestions"), QStringLiteral("--note")}});
    ctx.out() << (noAnswer ? tr("Callback recorded: no answer; try again later.") : tr("Callback recorded.")) << '\n'
              << "callback_id: " << outcome->callbackId << '\n'
              << "attempts: " << outcome->attempts << '\n';
    if (outcome->nextAttemptAt >= 0)
        ctx.out() << "next_attempt_at: " << TicketPrinter::time(outcome->nextAttemptAt) << '\n';
    auto ticket = TicketRepository(*t->store).get(t->ticketId);
    if (!ticket)
        return ctx.fail(ticket.error());
    TicketPrinter::printOne(ctx.out(), ticket.value(), t->store->nowMs());
    return ExitOk;
}

// ticket work ------------------------------------------------------------------------------------

QString TicketWorkCommand::summary() const
{
    return tr("Show a ticket's work record and its finish checklist");
}

QList<CliOption> TicketWorkCommand::options() const
{
    return {languageOption()};
}

int TicketWorkCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    const auto lang = labelLanguage(ctx, args);
    if (!lang)
        return ExitUsage;
    auto t = openTarget(ctx, args, false);
    if (!t)
        return ctx.fail(t.error());
    Store &store = *t->store;
    auto ticket = TicketRepository(store).get(t->ticketId);
    if (!ticket)
        return ctx.fail(ticket.error());
    FieldWorkRepository work(store);
    auto record = work.workRecord(t->ticketId);
    if (!record)
        return ctx.fail(record.error());
    QTextStream &out = ctx.out();
    out << "ticket_no: " << ticket->ticketNo << '\n' << "state: " << TicketWorkflow::toString(ticket->state) << '\n';

    if (const auto &fault = record->fault) {
        // Labels from the catalogue in use; a key it does not know (any more) is shown as it is.
        auto catalogue = work.catalogue();
        const FaultCatalogue::Entry *category = catalogue ? catalogue->category(fault->causeCategory) : nullptr;
        QString label = category ? category->label(*lang) : fault->causeCategory;
        if (!fault->causeSubcategory.isEmpty()) {
            QString sub = fault->causeSubcategory;
            if (category) {
                for (const FaultCatalogue::Entry &s : category->sub) {
                    if (s.key == fault->causeSubcategory)
                        sub = s.label(*lang);
                }
            }
            label += QStringLiteral(" / ") + sub;
        }
        out << "fault: " << label << '\n'
            << "cause: " << fault->causeCategory << (fault->causeSubcategory.isEmpty() ? QString() : QLatin1Char('/') + fault->causeSubcategory)
            << '\n'
            << "ownership: " << fault->ownership << '\n'
            << "genuine: " << (fault->genuine ? "yes" : "no") << '\n'
            << "work_done: " << fault->workDone << '\n'
            << "recorded_by: " << staffLabel(store, fault->recordedBy) << '\n'
            << "recorded_at: " << TicketPrinter::time(fault->at) << '\n';
    } else {
        out << "fault: -\n";
    }

    out << "parts:" << (record->parts.isEmpty() ? " -" : "") << '\n';
    for (const PartRow &p : std::as_const(record->parts))
        out << "  " << p.code << '\t' << p.name << '\t' << "x" << p.quantity << '\t' << TicketPrinter::time(p.at) << '\n';

    out << "attachments:" << (record->attachments.isEmpty() ? " -" : "") << '\n';
    for (const AttachmentRow &a : std::as_const(record->attachments)) {
        out << "  " << a.kind << '\t' << a.mime << '\t' << a.sizeBytes << " bytes\t" << a.sha256 << '\t'
            << (a.fileName.isEmpty() ? QStringLiteral("-") : a.fileName) << '\t' << TicketPrinter::time(a.at);
        if (a.localPath.isEmpty())
            out << '\t' << tr("(file not on this device)");
        out << '\n';
    }
    out << "confirmed: " << (record->confirmed.isEmpty() ? QStringLiteral("-") : record->confirmed.join(QStringLiteral(", "))) << '\n';

    auto list = work.checklist();
    if (!list)
        return ctx.fail(list.error());
    out << "checklist:\n";
    for (const FinishChecklist::Item &i : list->items())
        out << "  " << (FinishChecklist::isDone(i, record->facts) ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) << i.label(*lang) << '\t' << i.key << '\n';
    const int open = int(list->missing(record->facts, *lang).size());
    out << "ready_to_finish: " << (open == 0 ? "yes" : "no") << '\n';
    return ExitOk;
}

// ticket causes ----------------------------------------------------------------------------------

QString TicketCausesCommand::summary() const
{
    return tr("List the fault catalogue: cause categories and subcategories with their keys");
}

QList<CliOption> TicketCausesCommand::options() const
{
    return {languageOption()};
}

int TicketCausesCommand::run(CliContext &ctx, const QCommandLineParser &args)
{
    const auto lang = labelLanguage(ctx, args);
    if (!lang)
        return ExitUsage;
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    auto catalogue = FieldWorkRepository(*store.value()).catalogue();
    if (!catalogue)
        return ctx.fail(catalogue.error());
    for (const FaultCatalogue::Entry &c : catalogue->categories()) {
        ctx.out() << c.key << '\t' << c.label(*lang) << '\n';
        for (const FaultCatalogue::Entry &s : c.sub)
            ctx.out() << "  " << s.key << '\t' << s.label(*lang) << '\n';
    }
    return ExitOk;
}

} // namespace fd::cli
