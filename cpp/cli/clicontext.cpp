#include "clicontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace fd::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CliContext", text);
}
} // namespace

CliContext::CliContext(QString dataDir, QTextStream &out, QTextStream &err)
    : m_dataDir(std::move(dataDir)), m_out(out), m_err(err)
{
}

CliContext::~CliContext() = default;

QString CliContext::databasePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("fielddesk.db"));
}

Result<Store *> CliContext::store(Open mode)
{
    if (m_store)
        return m_store.get();
    if (mode == Open::Existing && !QFileInfo::exists(databasePath()))
        return makeError("no_store", tr("There is no FieldDesk store in %1. Set the device up first: "
                                        "fielddesk-cli --data %1 init --outlet-code CODE --outlet-name NAME --device-code NN")
                                         .arg(QDir::toNativeSeparators(m_dataDir)));
    auto opened = Store::open(m_dataDir, m_clock);
    if (!opened)
        return opened.error();
    m_store = std::move(opened).value();
    return m_store.get();
}

Result<Store *> CliContext::setUpStore()
{
    auto s = store(Open::Existing);
    if (!s)
        return s.error();
    if (!s.value()->identity().isValid())
        return makeError("device_not_set_up", tr("This store has no device identity yet. Run `init` first."));
    return s;
}

void CliContext::closeStore()
{
    m_store.reset();
}

int CliContext::fail(const Error &error)
{
    if (error.field.isEmpty())
        m_err << tr("error: %1").arg(error.message) << " [" << error.code << "]\n";
    else
        m_err << tr("error: %1: %2").arg(error.field, error.message) << " [" << error.code << "]\n";
    m_err.flush();
    return ExitFailed;
}

int CliContext::fail(const QString &message)
{
    m_err << tr("error: %1").arg(message) << '\n';
    m_err.flush();
    return ExitFailed;
}

int CliContext::usage(const QString &message)
{
    m_err << tr("usage error: %1").arg(message) << '\n'
          << tr("Run `fielddesk-cli --help` for the list of commands, `fielddesk-cli <command> --help` for its options.")
          << '\n';
    m_err.flush();
    return ExitUsage;
}

Result<QString> CliContext::lookup(const QString &sql, const QString &value, const QString &what)
{
    auto s = store();
    if (!s)
        return s.error();
    QVariantList binds;
    for (qsizetype i = 0; i < sql.count(QLatin1Char('?')); ++i)
        binds << value;
    auto r = s.value()->db().run(sql, binds);
    if (!r)
        return r.error();
    QSqlQuery q = std::move(r).value();
    if (!q.next())
        return makeError("not_found", tr("No %1 \"%2\".").arg(what, value));
    const QString id = q.value(0).toString();
    if (q.next())
        return makeError("ambiguous", tr("More than one %1 matches \"%2\"; give the id instead.").arg(what, value));
    return id;
}

Result<StaffMember> CliContext::staffByNo(const QString &staffNo)
{
    auto s = store();
    if (!s)
        return s.error();
    auto m = StaffRepository(*s.value()).findByNo(staffNo);
    if (!m && m.error().code == QLatin1String("not_found"))
        return makeError("unknown_staff", tr("No staff member with the number %1.").arg(staffNo), QStringLiteral("--staff"));
    return m;
}

Result<QString> CliContext::outletIdByCode(const QString &code)
{
    return lookup(QStringLiteral("SELECT id FROM outlets WHERE code = ?"), code, tr("outlet with the code"));
}

Result<QString> CliContext::crewId(const QString &idOrName)
{
    return lookup(QStringLiteral("SELECT id FROM crews WHERE id = ? OR name = ?"), idOrName, tr("crew"));
}

Result<QString> CliContext::ticketId(const QString &idOrNumber)
{
    return lookup(QStringLiteral("SELECT id FROM tickets WHERE id = ? OR ticket_no = upper(?)"), idOrNumber, tr("ticket"));
}

Result<QString> CliContext::customerId(const QString &idOrNumber)
{
    return lookup(QStringLiteral("SELECT id FROM customers WHERE id = ? OR customer_no = upper(?)"), idOrNumber,
                  tr("customer"));
}

} // namespace fd::cli
