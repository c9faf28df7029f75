#pragma once

#include "clicommand.h"

namespace fd::cli {

/** `staff list`: every staff member with roles and outlet. */
class StaffListCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("staff list"); }
    [[nodiscard]] QString summary() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

} // namespace fd::cli
