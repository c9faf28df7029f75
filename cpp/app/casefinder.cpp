#include "casefinder.h"

#include "caseclient.h"
#include "caselookup.h"
#include "datasource.h"
#include "store.h"
#include "syncengine.h"
#include "syncstatus.h"

#include <QNetworkReply>
#include <QRegularExpression>

namespace {

QVariantMap toMap(const fd::CaseView &v)
{
    return { { QStringLiteral("number"), v.number }, { QStringLiteral("kind"), v.kind },
        { QStringLiteral("state"), v.state }, { QStringLiteral("title"), v.title },
        { QStringLiteral("category"), v.category }, { QStringLiteral("openedAt"), double(v.openedAt) },
        { QStringLiteral("stateAt"), double(v.stateAt) }, { QStringLiteral("dueAt"), double(v.dueAt) },
        { QStringLiteral("name"), v.maskedName }, { QStringLiteral("phone"), v.maskedPhone } };
}

} // namespace

CaseFinder::CaseFinder(QObject *parent)
    : QObject(parent)
{ }

CaseFinder::~CaseFinder()
{
    clear();
}

void CaseFinder::setSource(DataSource *source)
{
    if (source == m_source)
        return;
    m_source = source;
    Q_EMIT sourceChanged();
}

void CaseFinder::setSync(SyncStatus *sync)
{
    if (sync == m_sync)
        return;
    m_sync = sync;
    Q_EMIT syncChanged();
}

QString CaseFinder::fullNumber(const QString &kind, const QString &number)
{
    QString digits = number;
    digits.remove(QRegularExpression(QStringLiteral("[\\s-]")));
    static const QRegularExpression twelve(QStringLiteral("^\\d{12}$"));
    if (!twelve.match(digits).hasMatch())
        return number;
    const QString prefix = kind == QLatin1String("complaint") ? QStringLiteral("C-") : QStringLiteral("T-");
    return prefix + digits.left(4) + u'-' + digits.mid(4, 2) + u'-' + digits.mid(6);
}

void CaseFinder::find(const QString &kind, const QString &number, const QString &phone)
{
    clear();
    const QString full = fullNumber(kind, number);
    fd::Error localError;
    if (m_source && m_source->store()) {
        auto local = fd::CaseLookup(*m_source->store()).lookupCase(full, phone);
        if (local) {
            show(toMap(local.value()), {});
            return;
        }
        localError = local.error();
        // Input that cannot match anything is not worth a question to the server.
        if (localError.code == QLatin1String("incomplete") || !fd::CaseMatch::parse(full, phone)) {
            show({}, localError.message);
            return;
        }
    }
    fd::SyncEngine *engine = m_sync ? m_sync->engine() : nullptr;
    if (!engine || !engine->isEnrolled()) {
        // A counter's store holds its outlet's cases, so its miss stands; a kiosk holds none.
        const bool holdsCases
            = m_source && m_source->store() && m_source->store()->identity().mode != QLatin1String("kiosk");
        show({},
            holdsCases ? localError.message
                       : tr("Looking up a case needs the connection to the server, which this device does "
                            "not have yet."));
        return;
    }
    m_reply = fd::CaseClient::send(engine->network(), engine->server(), engine->token(), full, phone);
    connect(m_reply, &QNetworkReply::finished, this, &CaseFinder::finishRemote);
    Q_EMIT stateChanged();
}

void CaseFinder::finishRemote()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    auto answer = fd::CaseClient::read(reply);
    reply->deleteLater();
    if (answer)
        show(toMap(answer.value()), {});
    else
        show({}, answer.error().message);
}

void CaseFinder::clear()
{
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    show({}, {});
}

void CaseFinder::show(const QVariantMap &result, const QString &error)
{
    m_result = result;
    m_errorMessage = error;
    Q_EMIT stateChanged();
}
