#pragma once

#include "clicommand.h"

namespace fd::cli {

/**
 * `etc …`: card loads at this device, against the enrolled server's load authority. The card is
 * a simulated chip file (`--card FILE`, made by `server etc card issue`): no reader exists here.
 */
class EtcCardCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("etc card"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

class EtcLoadCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("etc load"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

class EtcSettleCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("etc settle"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

} // namespace fd::cli
