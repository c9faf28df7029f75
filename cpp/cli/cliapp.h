#pragma once

#include "clicommand.h"

#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace fd::cli {

/**
 * fielddesk-cli: finds the command in the arguments, parses its options and runs it.
 * `fielddesk-cli --data DIR <command> [options]`; exit codes 0 ok, 1 failed, 2 usage error.
 */
class CliApp
{
public:
    CliApp(QTextStream &out, QTextStream &err);
    ~CliApp();

    /** @p arguments as from QCoreApplication::arguments(), program name first. */
    int run(const QStringList &arguments);

    [[nodiscard]] const std::vector<std::unique_ptr<CliCommand>> &commands() const { return m_commands; }
    /** The text of `fielddesk-cli --help`. */
    [[nodiscard]] QString helpText() const;

private:
    /** The command whose words start @p words (longest match), and how many words it took. */
    [[nodiscard]] std::pair<CliCommand *, int> find(const QStringList &words) const;
    int runCommand(CliCommand &command, const QString &dataDir, const QStringList &rest);

    QTextStream &m_out;
    QTextStream &m_err;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace fd::cli
