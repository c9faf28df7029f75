#pragma once

#include "clicommand.h"

namespace fd::cli {

/** `ticket overdue`: open tickets whose current step is past its SLA limit, most overdue first. */
class TicketOverdueCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("ticket overdue"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

} // namespace fd::cli
