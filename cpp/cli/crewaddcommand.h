#pragma once

#include "clicommand.h"

namespace fd::cli {

/** `crew add`: a repair crew (班组) of an outlet, with its members. */
class CrewAddCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("crew add"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

} // namespace fd::cli
