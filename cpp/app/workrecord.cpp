#include "workrecord.h"

#include "attachmentsync.h"
#include "datasource.h"
#include "fieldworkrepository.h"
#include "session.h"
#include "store.h"
#include "ticketrepository.h"
#include "repoint.h"

#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWorkRecord, "fielddesk.app.workrecord")

namespace {

const QStringList kChaseable = { QStringLiteral("reported"), QStringLiteral("sent"),
    QStringLiteral("received"), QStringLiteral("dispatched"), QStringLiteral("delivered"),
    QStringLiteral("accepted"), QStringLiteral("departed"), QStringLiteral("arrived"),
    QStringLiteral("returned"), QStringLiteral("reopened") };

QVariantMap fileEntry(const fd::AttachmentRow &a)
{
    return { { QStringLiteral("url"), a.localPath.isEmpty() ? QUrl() : QUrl::fromLocalFile(a.localPath) },
        { QStringLiteral("fileName"), a.fileName }, { QStringLiteral("at"), double(a.at) },
        { QStringLiteral("available"), !a.localPath.isEmpty() } };
}

} // namespace

WorkRecord::WorkRecord(QObject *parent)
    : QObject(parent)
{ }

void WorkRecord::setSource(DataSource *source)
{
    if (source == m_source)
        return;
    if (m_source) {
        disconnect(m_source, nullptr, this, nullptr);
        if (m_source->attachments())
            disconnect(m_source->attachments(), nullptr, this, nullptr);
    }
    m_source = source;
    if (m_source)
        connect(m_source, &DataSource::changed, this, &WorkRecord::reload);
    if (m_source && m_source->attachments()) {
        connect(m_source->attachments(), &fd::AttachmentSync::fetched, this, [this](const QString &sha256) {
            if (m_awaited.remove(sha256))
                reload();
        });
    }
    Q_EMIT sourceChanged();
    reload();
}

void WorkRecord::setSession(Session *session)
{
    if (!repoint(m_session, session, &Session::changed, this, &WorkRecord::changed))
        return;
    Q_EMIT sessionChanged();
    Q_EMIT changed();
}

void WorkRecord::setTicketId(const QString &ticketId)
{
    if (ticketId == m_ticketId)
        return;
    m_ticketId = ticketId;
    clearError();
    Q_EMIT ticketIdChanged();
    reload();
}

void WorkRecord::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT languageChanged();
    reload();
}

bool WorkRecord::canEdit() const
{
    return m_loaded && m_session && m_session->signedIn() && m_session->mode() == QLatin1String("tablet")
        && m_session->hasRole(QStringLiteral("crew")) && !m_crewId.isEmpty()
        && m_session->crewId() == m_crewId && m_state == QLatin1String("arrived");
}

bool WorkRecord::relevant() const
{
    static const QStringList afterArrival
        = { QStringLiteral("arrived"), QStringLiteral("finished"), QStringLiteral("closed") };
    return m_loaded
        && (afterArrival.contains(m_state) || !m_fault.isEmpty() || !m_parts.isEmpty()
            || !m_photos.isEmpty());
}

bool WorkRecord::canNote() const
{
    return m_loaded && m_session && m_session->signedIn() && m_state != QLatin1String("closed")
        && m_state != QLatin1String("cancelled");
}

bool WorkRecord::canChase() const
{
    return m_loaded && m_session && m_session->signedIn() && m_session->mode() == QLatin1String("counter")
        && (m_session->hasRole(QStringLiteral("counter")) || m_session->hasRole(QStringLiteral("supervisor"))
            || m_session->hasRole(QStringLiteral("admin")))
        && kChaseable.contains(m_state);
}

void WorkRecord::reload()
{
    m_loaded = false;
    m_causes.clear();
    m_fault.clear();
    m_parts.clear();
    m_photos.clear();
    m_signature.clear();
    m_checklist.clear();
    m_missing.clear();
    if (m_source && m_source->store() && !m_ticketId.isEmpty()) {
        fd::Store &store = *m_source->store();
        fd::FieldWorkRepository work(store);
        auto ticket = fd::TicketRepository(store).get(m_ticketId);
        auto catalogue = work.catalogue();
        auto list = work.checklist();
        auto record = work.workRecord(m_ticketId);
        if (!ticket || !catalogue || !list || !record) {
            const fd::Error &e = !ticket ? ticket.error()
                : !catalogue             ? catalogue.error()
                : !list                  ? list.error()
                                         : record.error();
            qCWarning(lcWorkRecord) << "ticket" << m_ticketId << e.toString();
            setError(e.message);
        } else {
            m_state = fd::TicketWorkflow::toString(ticket->state);
            m_crewId = ticket->crewId;
            for (const auto &c : catalogue->categories()) {
                QVariantList sub;
                for (const auto &s : c.sub)
                    sub.append(QVariantMap {
                        { QStringLiteral("key"), s.key }, { QStringLiteral("label"), s.label(m_language) } });
                m_causes.append(QVariantMap { { QStringLiteral("key"), c.key },
                    { QStringLiteral("label"), c.label(m_language) }, { QStringLiteral("sub"), sub } });
            }
            if (const auto &f = record->fault) {
                const auto *cat = catalogue->category(f->causeCategory);
                QString label = cat ? cat->label(m_language) : f->causeCategory;
                if (cat) {
                    for (const auto &s : cat->sub) {
                        if (s.key == f->causeSubcategory)
                            label += QStringLiteral(" · ") + s.label(m_language);
                    }
                }
                m_fault = { { QStringLiteral("causeCategory"), f->causeCategory },
                    { QStringLiteral("causeSubcategory"), f->causeSubcategory },
                    { QStringLiteral("causeLabel"), label }, { QStringLiteral("ownership"), f->ownership },
                    { QStringLiteral("genuine"), f->genuine }, { QStringLiteral("workDone"), f->workDone },
                    { QStringLiteral("at"), double(f->at) } };
            }
            for (const auto &p : record->parts)
                m_parts.append(
                    QVariantMap { { QStringLiteral("code"), p.code }, { QStringLiteral("name"), p.name },
                        { QStringLiteral("quantity"), p.quantity }, { QStringLiteral("at"), double(p.at) } });
            fd::AttachmentSync *files = m_source->attachments();
            for (const auto &a : record->attachments) {
                // A file recorded on another device comes from the server once someone looks.
                if (a.localPath.isEmpty() && files) {
                    m_awaited.insert(a.sha256);
                    files->fetch(a.sha256);
                }
                if (a.kind == QLatin1String("photo"))
                    m_photos.append(fileEntry(a));
                else if (a.kind == QLatin1String("signature"))
                    m_signature = fileEntry(a); // the newest one counts
            }
            for (const auto &item : list->items())
                m_checklist.append(QVariantMap { { QStringLiteral("key"), item.key },
                    { QStringLiteral("label"), item.label(m_language) },
                    { QStringLiteral("done"), fd::FinishChecklist::isDone(item, record->facts) },
                    { QStringLiteral("confirmable"), item.confirmable() } });
            m_missing = list->missing(record->facts, m_language);
            m_loaded = true;
        }
    }
    Q_EMIT changed();
}

bool WorkRecord::ready(bool needEdit)
{
    if (!m_loaded || !m_session || !m_session->signedIn()) {
        setError(tr("Sign in first."));
        return false;
    }
    if (needEdit && !canEdit()) {
        setError(m_state == QLatin1String("arrived")
                ? tr("Only a member of the ticket's crew can record the work, on the crew's tablet.")
                : tr("The work record is filled in on site, after the arrival and before finishing."));
        return false;
    }
    return true;
}

template <typename R> bool WorkRecord::finish(const R &result)
{
    if (!result) {
        qCInfo(lcWorkRecord) << "ticket" << m_ticketId << result.error().toString();
        setError(result.error().message, result.error().field);
        return false;
    }
    clearError();
    m_source->notifyChanged();
    return true;
}

bool WorkRecord::saveFault(const QString &category, const QString &subcategory, const QString &ownership,
    bool genuine, const QString &workDone)
{
    if (!ready(true))
        return false;
    return finish(fd::FieldWorkRepository(*m_source->store())
                      .recordFault(m_ticketId, { category, subcategory, ownership, genuine, workDone },
                          m_session->staffId()));
}

bool WorkRecord::addPart(const QString &code, const QString &name, int quantity)
{
    if (!ready(true))
        return false;
    return finish(fd::FieldWorkRepository(*m_source->store())
                      .addPart(m_ticketId, code, name, quantity, m_session->staffId()));
}

bool WorkRecord::confirm(const QString &itemKey)
{
    if (!ready(true))
        return false;
    return finish(
        fd::FieldWorkRepository(*m_source->store()).confirm(m_ticketId, itemKey, m_session->staffId()));
}

bool WorkRecord::addPhoto(const QUrl &fileUrl)
{
    if (!ready(true))
        return false;
    QFile file(fileUrl.toLocalFile());
    if (!fileUrl.isLocalFile() || !file.open(QIODevice::ReadOnly)) {
        setError(tr("Cannot read the chosen file."), QStringLiteral("file"));
        return false;
    }
    // One byte over the limit is enough to refuse the file without reading all of a huge one.
    const QByteArray bytes = file.read(fd::FieldWorkRepository::kMaxAttachmentBytes + 1);
    return finish(
        fd::FieldWorkRepository(*m_source->store())
            .attach(m_ticketId, QStringLiteral("photo"), bytes, file.fileName(), m_session->staffId()));
}

bool WorkRecord::saveSignature(const QString &dataUrl)
{
    if (!ready(true))
        return false;
    const QString prefix = QStringLiteral("data:image/png;base64,");
    if (!dataUrl.startsWith(prefix)) {
        setError(
            tr("The signature could not be read; ask the customer to sign again."), QStringLiteral("file"));
        return false;
    }
    const QByteArray png = QByteArray::fromBase64(dataUrl.mid(prefix.size()).toLatin1());
    return finish(fd::FieldWorkRepository(*m_source->store())
                      .attach(m_ticketId, QStringLiteral("signature"), png, QStringLiteral("signature.png"),
                          m_session->staffId()));
}

bool WorkRecord::addNote(const QString &text)
{
    if (!ready(false))
        return false;
    return finish(
        fd::FieldWorkRepository(*m_source->store()).addNote(m_ticketId, text, m_session->staffId()));
}

bool WorkRecord::chase(const QString &reason)
{
    if (!ready(false))
        return false;
    if (!canChase()) {
        setError(tr("Late orders are chased from the counter."));
        return false;
    }
    return finish(
        fd::FieldWorkRepository(*m_source->store()).chase(m_ticketId, reason, m_session->staffId()));
}

void WorkRecord::clearError()
{
    setError({});
}

void WorkRecord::setError(const QString &message, const QString &field)
{
    if (message == m_errorMessage && field == m_errorField)
        return;
    m_errorMessage = message;
    m_errorField = field;
    Q_EMIT errorChanged();
}
