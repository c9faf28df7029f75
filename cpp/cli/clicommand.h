#pragma once

#include <QCommandLineParser>
#include <QList>
#include <QString>

#include <optional>

namespace fd::cli {

class CliContext;

/** One option of a command, as the parser and the help text both need it. */
struct CliOption
{
    QString name;      // without the dashes: "outlet-code"
    QString valueName; // empty for a flag
    QString description;
    bool required = false;
    QString defaultValue;
};

/**
 * One fielddesk-cli command ("init", "ticket apply", …). CliApp parses the command line against
 * options() and positional(), checks required options and the number of positional arguments,
 * answers --help, and only then calls run().
 */
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    /** One or two words, e.g. "ticket apply". */
    [[nodiscard]] virtual QString name() const = 0;
    /** One line for the command list. */
    [[nodiscard]] virtual QString summary() const = 0;
    /** Further paragraphs for `<command> --help`; empty by default. */
    [[nodiscard]] virtual QString details() const { return {}; }
    /** Positional arguments as they appear in the usage line, e.g. {"TICKET", "EVENT"}. */
    [[nodiscard]] virtual QStringList positional() const { return {}; }
    [[nodiscard]] virtual QList<CliOption> options() const { return {}; }

    /** Runs the command; returns an ExitCode. */
    virtual int run(CliContext &ctx, const QCommandLineParser &args) = 0;

    /** Usage line and option table, as printed by `<command> --help`. */
    [[nodiscard]] QString helpText() const;

protected:
    /** An integer option within [min, max]; nullopt (after a usage message) if it is not one. */
    static std::optional<int> intOption(CliContext &ctx, const QCommandLineParser &args, const QString &name, int min,
                                        int max);
    static std::optional<qint64> int64Option(CliContext &ctx, const QCommandLineParser &args, const QString &name,
                                             qint64 min, qint64 max);
};

} // namespace fd::cli
