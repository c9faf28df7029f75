#pragma once

#include "clicommand.h"

namespace fd::cli {

/** `customer show`: one customer with vehicles, ETC accounts, cards, OBUs and recent tickets. */
class CustomerShowCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("customer show"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QStringList positional() const override { return {QStringLiteral("CUSTOMER")}; }
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

} // namespace fd::cli
