#pragma once

#include "clicommand.h"

namespace fd::cli {

/**
 * `customer add`: opens a customer record (individual or corporate). Every field is checked
 * first and every problem is printed next to its option; nothing is saved unless all are right.
 */
class CustomerAddCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("customer add"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;

    /** The command-line option for a CustomerInput field name ("idNumber" → "--id-number"). */
    [[nodiscard]] static QString optionForField(const QString &field);
};

} // namespace fd::cli
