#pragma once

#include "clicommand.h"

namespace fd::cli {

/** `ticket show`: one ticket and its timeline. */
class TicketShowCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("ticket show"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QStringList positional() const override { return {QStringLiteral("TICKET")}; }
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

} // namespace fd::cli
