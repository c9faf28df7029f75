#pragma once

#include "clicommand.h"

namespace fd::cli {

/** `ticket create`: a new repair work order, numbered on this device (T-<outlet>-<device>-<seq>). */
class TicketCreateCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("ticket create"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

} // namespace fd::cli
