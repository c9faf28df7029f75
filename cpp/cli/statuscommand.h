#pragma once

#include "clicommand.h"

namespace fd::cli {

/** `status`: device identity, schema version, rows per table, outbox queue and file size. */
class StatusCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("status"); }
    [[nodiscard]] QString summary() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

} // namespace fd::cli
