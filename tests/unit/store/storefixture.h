#pragma once

#include "clock.h"
#include "store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/** A store in a fresh temporary folder, set up as device 07 of outlet 0101, on a manual clock. */
struct StoreFixture
{
    QTemporaryDir dir;
    fd::ManualClock clock;
    std::unique_ptr<fd::Store> store;
    QString outletId;

    bool open()
    {
        auto s = fd::Store::open(dir.path(), clock);
        if (!s) {
            qWarning() << s.error().toString();
            return false;
        }
        store = std::move(s).value();
        if (!store->identity().isValid()) {
            fd::DeviceIdentity id;
            id.deviceId = store->newId();
            id.deviceCode = QStringLiteral("07");
            id.outletCode = QStringLiteral("0101");
            id.mode = QStringLiteral("counter");
            outletId = store->newId();
            id.outletId = outletId;
            fd::Transaction tx(store->db());
            fd::Change c;
            c.opKind = QStringLiteral("outlet.create");
            c.entity = QStringLiteral("outlet");
            c.entityId = outletId;
            c.fields = {{QStringLiteral("code"), QStringLiteral("0101")}, {QStringLiteral("name"), QStringLiteral("合肥政务区网点")}};
            for (const fd::Result<void> &r : {store->write(c), tx.commit(), store->setIdentity(id)}) {
                if (!r) {
                    qWarning() << "fixture:" << r.error().toString();
                    return false;
                }
            }
        } else {
            outletId = store->identity().outletId;
        }
        return true;
    }

    void close() { store.reset(); }

    qint64 count(const QString &table, const QString &where = QStringLiteral("1"))
    {
        auto r = store->db().run(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where));
        if (!r)
            return -1;
        QSqlQuery q = std::move(r).value();
        return q.next() ? q.value(0).toLongLong() : -1;
    }
};

inline QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}
