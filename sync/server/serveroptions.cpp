#include "serveroptions.h"

#include <QFileInfo>

namespace fd {

Result<ServerOptions> ServerOptions::fromArguments(const QString &listen, const QString &db)
{
    ServerOptions options;
    if (auto r = options.parseListen(listen); !r)
        return r.error();
    if (auto r = options.parseDatabaseUrl(db); !r)
        return r.error();
    return options;
}

Result<void> ServerOptions::parseListen(const QString &value)
{
    const auto bad = [&](const QString &why) {
        return makeError("invalid_listen",
                         QStringLiteral("--listen \"%1\" is not valid: %2. Expected HOST:PORT, e.g. "
                                        "127.0.0.1:8080 or [::1]:8080.")
                                 .arg(value, why),
                         QStringLiteral("listen"));
    };
    QString hostText;
    QString portText;
    if (value.startsWith(u'[')) {
        const qsizetype close = value.indexOf(u']');
        if (close < 0)
            return bad(QStringLiteral("missing ']' after the IPv6 address"));
        hostText = value.mid(1, close - 1);
        if (value.mid(close + 1, 1) != u":")
            return bad(QStringLiteral("missing \":PORT\""));
        portText = value.mid(close + 2);
    } else {
        const qsizetype colon = value.lastIndexOf(u':');
        if (colon < 0)
            return bad(QStringLiteral("missing \":PORT\""));
        hostText = value.left(colon);
        portText = value.mid(colon + 1);
        if (hostText.contains(u':'))
            return bad(QStringLiteral("IPv6 addresses must be written in brackets"));
    }
    if (hostText.isEmpty())
        return bad(QStringLiteral("the host is empty"));
    if (portText.isEmpty())
        return bad(QStringLiteral("the port is empty"));
    // toUShort alone would accept "+80" and " 80"; insist on plain digits.
    for (const QChar c : std::as_const(portText)) {
        if (!c.isDigit() || c.unicode() > 0x7f)
            return bad(QStringLiteral("the port must be a number from 0 to 65535"));
    }
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!ok || port > 65535)
        return bad(QStringLiteral("the port must be a number from 0 to 65535"));

    // Names other than localhost are refused: resolving them at start-up would make the bound
    // interface depend on DNS, and a server should say exactly where it listens.
    QHostAddress host;
    if (hostText.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        host = QHostAddress(QHostAddress::LocalHost);
    else if (!host.setAddress(hostText))
        return bad(QStringLiteral("\"%1\" is not an IP address (only IP addresses and localhost are "
                                  "accepted)")
                           .arg(hostText));
    m_host = host;
    m_port = static_cast<quint16>(port);
    return {};
}

Result<void> ServerOptions::parseDatabaseUrl(const QString &value)
{
    if (value.startsWith(QLatin1String("postgresql://")) || value.startsWith(QLatin1String("postgres://")))
        return makeError("db_unsupported",
                         QStringLiteral("--db %1: PostgreSQL storage is not available in this version of "
                                        "fielddesk-server yet. Use --db sqlite:PATH.")
                                 .arg(value.section(u':', 0, 0) + QLatin1String("://...")),
                         QStringLiteral("db"));
    if (!value.startsWith(QLatin1String("sqlite:")))
        return makeError("invalid_db",
                         QStringLiteral("--db \"%1\" is not a database URL. Expected sqlite:PATH, e.g. "
                                        "sqlite:/var/lib/fielddesk/server.sqlite.")
                                 .arg(value),
                         QStringLiteral("db"));
    const QString path = value.mid(int(sizeof("sqlite:")) - 1);
    // ":memory:" would silently lose every synced op at the first restart.
    if (path.isEmpty() || path == QLatin1String(":memory:") || path.startsWith(QLatin1String("file:")))
        return makeError("invalid_db",
                         QStringLiteral("--db \"%1\" needs a file path after \"sqlite:\".").arg(value),
                         QStringLiteral("db"));
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return makeError("invalid_db", QStringLiteral("--db %1: not a regular file.").arg(path),
                         QStringLiteral("db"));
    m_backend = Backend::Sqlite;
    m_databasePath = info.absoluteFilePath();
    return {};
}

QString ServerOptions::databaseDisplayName() const
{
    return QLatin1String("sqlite:") + m_databasePath;
}

QString ServerOptions::urlFor(quint16 actualPort) const
{
    const bool v6 = m_host.protocol() == QAbstractSocket::IPv6Protocol;
    const QString host = v6 ? u'[' + m_host.toString() + u']' : m_host.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(actualPort);
}

} // namespace fd
