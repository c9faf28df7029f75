#pragma once

#include "clicommand.h"

namespace fd::cli {

/** `crew list`: crews with outlet, status, members and open tickets. */
class CrewListCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("crew list"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

} // namespace fd::cli
