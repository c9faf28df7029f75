#pragma once

#include "clicommand.h"

namespace fd::cli {

/** `ticket update`: change a ticket's plain fields (its state moves only by `ticket apply`). */
class TicketUpdateCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("ticket update"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QStringList positional() const override { return {QStringLiteral("TICKET")}; }
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

} // namespace fd::cli
