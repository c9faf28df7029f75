#pragma once

#include "clicommand.h"

namespace fd::cli {

/** `complaint register`: take a complaint down, numbered on this device (C-<outlet>-<device>-<seq>). */
class ComplaintRegisterCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("complaint register"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

} // namespace fd::cli
