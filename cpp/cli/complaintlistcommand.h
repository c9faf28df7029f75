#pragma once

#include "clicommand.h"

namespace fd::cli {

/** `complaint list`: open complaints by deadline, the overdue ones, or a customer's. */
class ComplaintListCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("complaint list"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

} // namespace fd::cli
