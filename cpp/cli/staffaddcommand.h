#pragma once

#include "clicommand.h"

namespace fd::cli {

/** `staff add`: a staff member with roles and a PIN (stored as a salted PBKDF2 hash). */
class StaffAddCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("staff add"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

} // namespace fd::cli
