#pragma once

#include "result.h"

#include <QHostAddress>
#include <QString>

namespace fd {

/**
 * Validated start-up settings of fielddesk-server, built from the `--listen` and `--db`
 * command-line values. Parsing lives here rather than in main.cpp so it is tested and so the
 * PostgreSQL backend only has to add a case to parseDatabaseUrl().
 */
class ServerOptions
{
public:
    enum class Backend { Sqlite };

    /** Both values parsed and checked; the error names the option and what was wrong. */
    [[nodiscard]] static Result<ServerOptions> fromArguments(const QString &listen, const QString &db);

    /** Accepts `IPv4:PORT`, `[IPv6]:PORT` and `localhost:PORT`; PORT 0 picks a free port. */
    [[nodiscard]] Result<void> parseListen(const QString &value);
    /**
     * Accepts `sqlite:PATH`. `postgresql://…` is recognised and refused with a clear message
     * until that backend exists, instead of being mistaken for a file name.
     */
    [[nodiscard]] Result<void> parseDatabaseUrl(const QString &value);

    [[nodiscard]] const QHostAddress &host() const { return m_host; }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] Backend backend() const { return m_backend; }
    /** Absolute path of the SQLite file. */
    [[nodiscard]] const QString &databasePath() const { return m_databasePath; }
    /** `sqlite:/abs/path`, for logs and the start-up line. */
    [[nodiscard]] QString databaseDisplayName() const;
    /** `http://HOST:PORT` with IPv6 hosts in brackets. */
    [[nodiscard]] QString urlFor(quint16 actualPort) const;

private:
    QHostAddress m_host;
    quint16 m_port = 0;
    Backend m_backend = Backend::Sqlite;
    QString m_databasePath;
};

} // namespace fd
