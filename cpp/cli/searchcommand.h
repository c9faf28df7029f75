#pragma once

#include "clicommand.h"

namespace fd::cli {

/** `search`: the global search box — customers and tickets by name, phone, plate, number, text. */
class SearchCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("search"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QStringList positional() const override { return {QStringLiteral("QUERY")}; }
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

} // namespace fd::cli
