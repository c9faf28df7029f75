#pragma once

#include "clicommand.h"

namespace fd::cli {

/**
 * `server …`: administration of a fielddesk-server database on this machine (`--db PATH`, the
 * file the server runs on; it may be running). Outlets and staff made here are ops applied by
 * the server's own rules and reach devices through the change feed like any other change.
 */
class ServerOutletAddCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("server outlet add"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

class ServerStaffAddCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("server staff add"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

/** `server enroll`: a one-time enrollment code for a device of an outlet and mode. */
class ServerEnrollCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("server enroll"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

class ServerRevokeCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("server revoke"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QStringList positional() const override { return {QStringLiteral("DEVICE")}; }
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

class ServerDevicesCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("server devices"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

/** `server etc account add`: open an ETC account in the server's ledger. */
class ServerEtcAccountAddCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("server etc account add"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

/** `server etc card issue`: issue a card on an account and personalise its (simulated) chip. */
class ServerEtcCardIssueCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("server etc card issue"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

/** `server etc check`: prove the ledger's invariants; print accounts, cards and loads. */
class ServerEtcCheckCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("server etc check"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

/** `server etc list`: the server's status list: its version, the cards on it, the versions after one. */
class ServerEtcListCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("server etc list"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

/** `server etc list monitor`: which status-list version each device holds (下发监控). */
class ServerEtcListMonitorCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("server etc list monitor"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

} // namespace fd::cli
