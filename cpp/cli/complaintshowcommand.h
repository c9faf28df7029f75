#pragma once

#include "clicommand.h"

namespace fd::cli {

/** `complaint show`: one complaint and its timeline. */
class ComplaintShowCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("complaint show"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QStringList positional() const override { return {QStringLiteral("COMPLAINT")}; }
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

} // namespace fd::cli
