#pragma once

#include "clicommand.h"

namespace fd::cli {

/** `ticket apply`: moves a ticket through the A–H workflow; an illegal move changes nothing. */
class TicketApplyCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("ticket apply"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QStringList positional() const override { return {QStringLiteral("TICKET"), QStringLiteral("EVENT")}; }
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

} // namespace fd::cli
