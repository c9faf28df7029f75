#pragma once

#include "clicommand.h"

namespace fd::cli {

/**
 * `case lookup`: what a kiosk shows a customer of their ticket or complaint, found by its number
 * and the phone given with it; masked, and one "not found" answer for every miss.
 */
class CaseLookupCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("case lookup"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QStringList positional() const override { return {QStringLiteral("NUMBER")}; }
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

} // namespace fd::cli
