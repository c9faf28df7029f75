#pragma once

#include "clicommand.h"

namespace fd::cli {

struct DemoOptions;
struct DemoReport;
class DemoGenerator;

/** `demo`: fills an empty store with realistic demo data and prints who can sign in. */
class DemoCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("demo"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;

private:
    static int printSummary(CliContext &ctx, const DemoOptions &options, const DemoReport &report, const DemoGenerator &generator);
};

} // namespace fd::cli
