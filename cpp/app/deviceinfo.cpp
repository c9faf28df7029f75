#include "deviceinfo.h"

#include "datasource.h"
#include "store.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDevice, "fielddesk.app.device")

DeviceInfo::DeviceInfo(QObject *parent) : QObject(parent) {}

QStringList DeviceInfo::modes()
{
    return {QStringLiteral("tablet"), QStringLiteral("counter"), QStringLiteral("kiosk")};
}

void DeviceInfo::setDataSource(DataSource *source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    // Enrollment sets the identity, and the outlet's name arrives with the first sync.
    if (m_source)
        connect(m_source, &DataSource::changed, this, &DeviceInfo::reload);
    reload();
}

void DeviceInfo::reload()
{
    const bool wasEnrolled = m_enrolled;
    const QString was = m_outletName + u'|' + m_outletCode + u'|' + m_deviceCode;
    m_enrolled = false;
    m_outletName.clear();
    m_outletCode.clear();
    m_deviceCode.clear();
    if (m_source && m_source->store()) {
        fd::Store &store = *m_source->store();
        const fd::DeviceIdentity &id = store.identity();
        m_enrolled = id.isValid();
        m_outletCode = id.outletCode;
        m_deviceCode = id.deviceCode;
        if (!id.outletId.isEmpty()) {
            auto r = store.db().run(QStringLiteral("SELECT name FROM outlets WHERE id = ?"), {id.outletId});
            if (!r)
                qCWarning(lcDevice) << "outlet" << id.outletId << r.error().toString();
            else if (r.value().next())
                m_outletName = r.value().value(0).toString();
        }
    }
    if (wasEnrolled != m_enrolled || was != m_outletName + u'|' + m_outletCode + u'|' + m_deviceCode || !m_loaded)
        Q_EMIT identityChanged();
    m_loaded = true;
}

void DeviceInfo::setMode(const QString &mode)
{
    if (mode == m_mode || !isValidMode(mode))
        return;
    m_mode = mode;
    Q_EMIT modeChanged();
}
