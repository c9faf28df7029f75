#pragma once

#include <QLoggingCategory>

namespace fd {

/** Everything fielddesk-server logs goes through this one category ("fielddesk.server"). */
Q_DECLARE_LOGGING_CATEGORY(lcServer)

} // namespace fd
