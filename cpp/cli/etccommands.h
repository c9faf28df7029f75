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

/**
 * `etc report-loss`: a loss report (挂失) taken at this device, offline too. It is sent before
 * anything else at the next sync; the card is frozen when the server confirms it.
 */
class EtcReportLossCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("etc report-loss"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

/** `etc losses`: the loss reports taken at this device, newest first, with where each stands. */
class EtcLossesCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("etc losses"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

/** `etc list`: this device's copy of the status list: version, size, age; or whether a card is on it. */
class EtcListCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("etc list"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

/** `etc cancel-loss`: 解挂 — the holder found the card; online only, it leaves the status list at once. */
class EtcCancelLossCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("etc cancel-loss"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

} // namespace fd::cli
