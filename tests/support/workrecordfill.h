#pragma once

#include "closeoutrepository.h"
#include "fieldworkrepository.h"
#include "store.h"

#include <QByteArray>

namespace fd::test {

/** A valid 1×1 PNG: enough for the photo and signature checks, which look at the content. */
inline QByteArray tinyPng()
{
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}

/**
 * Completes the built-in finish checklist of an arrived ticket the way a crew would on site:
 * fault record, no parts used, a photo, tested, the customer's signature.
 */
inline Result<void> completeWorkRecord(Store &store, const QString &ticketId, const QString &staffId)
{
    FieldWorkRepository work(store);
    FaultInput fault;
    fault.causeCategory = QStringLiteral("obu");
    fault.causeSubcategory = QStringLiteral("tamper");
    fault.ownership = QStringLiteral("customer");
    fault.workDone = QStringLiteral("重新激活 OBU，现场试通行正常。");
    if (auto r = work.recordFault(ticketId, fault, staffId); !r)
        return r.error();
    for (const char *item : {"parts", "tested"}) {
        if (auto r = work.confirm(ticketId, QString::fromLatin1(item), staffId); !r)
            return r.error();
    }
    for (const char *kind : {"photo", "signature"}) {
        if (auto r = work.attach(ticketId, QString::fromLatin1(kind), tinyPng(), QStringLiteral("%1.png").arg(QLatin1String(kind)), staffId); !r)
            return r.error();
    }
    return {};
}

/** The customer is called back and satisfied: the ticket closes. */
inline Result<CallbackOutcome> closeBySatisfiedCallback(Store &store, const QString &ticketId, const QString &staffId)
{
    CallbackInput in;
    in.satisfaction = 5;
    in.verdict = QStringLiteral("satisfied");
    return CloseOutRepository(store).recordCallback(ticketId, in, staffId);
}

} // namespace fd::test
