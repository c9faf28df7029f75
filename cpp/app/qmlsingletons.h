#pragma once

#include "datasource.h"
#include "deviceinfo.h"
#include "languagemanager.h"
#include "session.h"
#include "syncstatus.h"

#include <QJSEngine>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

/**
 * Publishes an object that main() (or a test's setup) created and wired as the QML singleton
 * @p Name. The object stays owned by C++; QML only ever sees the one instance set here, so there
 * is no ::instance() and tests choose their own objects.
 */
#define FD_QML_SINGLETON(Type, Name)                                                                                         \
    struct Type##Singleton                                                                                                   \
    {                                                                                                                        \
        Q_GADGET                                                                                                             \
        QML_FOREIGN(Type)                                                                                                    \
        QML_NAMED_ELEMENT(Name)                                                                                              \
        QML_SINGLETON                                                                                                        \
    public:                                                                                                                  \
        inline static Type *published = nullptr;                                                                             \
        static Type *create(QQmlEngine *, QJSEngine *)                                                                       \
        {                                                                                                                    \
            Q_ASSERT_X(published, #Name, "publishQmlSingletons() was not called before QML used the singleton");          \
            QJSEngine::setObjectOwnership(published, QJSEngine::CppOwnership);                                               \
            return published;                                                                                                \
        }                                                                                                                    \
    };

FD_QML_SINGLETON(DataSource, AppData)
FD_QML_SINGLETON(Session, Session)
FD_QML_SINGLETON(DeviceInfo, Device)
FD_QML_SINGLETON(LanguageManager, Language)
FD_QML_SINGLETON(SyncStatus, SyncStatus)

/** The objects QML reaches as singletons. All must outlive every QML engine that uses them. */
struct QmlServices
{
    DataSource *data = nullptr;
    Session *session = nullptr;
    DeviceInfo *device = nullptr;
    LanguageManager *language = nullptr;
    SyncStatus *sync = nullptr;
};

/** Makes @p services the singletons of the FieldDesk QML module. Call before loading any QML. */
inline void publishQmlSingletons(const QmlServices &services)
{
    DataSourceSingleton::published = services.data;
    SessionSingleton::published = services.session;
    DeviceInfoSingleton::published = services.device;
    LanguageManagerSingleton::published = services.language;
    SyncStatusSingleton::published = services.sync;
}
