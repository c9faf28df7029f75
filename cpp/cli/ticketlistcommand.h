#pragma once

#include "clicommand.h"

namespace fd::cli {

/** `ticket list --crew`: a crew's open tickets, the one due soonest first. */
class TicketListCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("ticket list"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

} // namespace fd::cli
