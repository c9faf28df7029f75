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
    m_enrolled = false;
    m_outletName.clear();
    m_outletCode.clear();
    m_deviceCode.clear();
    if (source && source->store()) {
        fd::Store &store = *source->store();
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
    Q_EMIT identityChanged();
}

void DeviceInfo::setMode(const QString &mode)
{
    if (mode == m_mode || !isValidMode(mode))
        return;
    m_mode = mode;
    Q_EMIT modeChanged();
}
