#pragma once

#include "clicommand.h"

namespace fd::cli {

/** `enroll`: exchange a one-time code from the server's administrator for this device's token. */
class EnrollCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("enroll"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

/** `sync`: push the outbox and pull the server's changes, once or continuously (--watch). */
class SyncCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("sync"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

/** `sync errors`: the changes the server refused, with --retry OP or --discard OP. */
class SyncErrorsCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("sync errors"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

/** `blob put FILE`: upload an attachment file to the server, going on from where it stands. */
class BlobPutCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("blob put"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QStringList positional() const override { return {QStringLiteral("FILE")}; }
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

/** `blob get SHA256 --out FILE`: fetch an attachment file from the server. */
class BlobGetCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("blob get"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QStringList positional() const override { return {QStringLiteral("SHA256")}; }
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

} // namespace fd::cli
