#include "serverlogging.h"

namespace fd {

// Info and up by default: a server's start, stop and refusals belong in the journal; debug
// output is opt-in with QT_LOGGING_RULES="fielddesk.server.debug=true".
Q_LOGGING_CATEGORY(lcServer, "fielddesk.server", QtInfoMsg)

} // namespace fd
