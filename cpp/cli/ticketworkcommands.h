#pragma once

#include "clicommand.h"

namespace fd::cli {

/*
 * The crew's record of the work on a ticket (FieldWorkRepository) and the counter's callback
 * (CloseOutRepository), one small command each. Store errors name the option they are about.
 */

/** `ticket fault`: the crew's fault record — cause, asset ownership (产权), genuine (属实), work done. */
class TicketFaultCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("ticket fault"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QStringList positional() const override { return {QStringLiteral("TICKET")}; }
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

/** `ticket part`: a part used on the job. */
class TicketPartCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("ticket part"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QStringList positional() const override { return {QStringLiteral("TICKET")}; }
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

/** `ticket check`: confirms a checklist item by hand ("tested", or "parts" for no parts used). */
class TicketCheckCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("ticket check"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QStringList positional() const override { return {QStringLiteral("TICKET"), QStringLiteral("ITEM")}; }
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

/** `ticket attach`: a site photo or the customer's signature, kept once by its SHA-256. */
class TicketAttachCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("ticket attach"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QStringList positional() const override { return {QStringLiteral("TICKET"), QStringLiteral("FILE")}; }
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

/** `ticket note`: a note on the ticket's timeline. */
class TicketNoteCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("ticket note"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QStringList positional() const override { return {QStringLiteral("TICKET"), QStringLiteral("TEXT")}; }
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

/** `ticket chase`: chases a late order (催办), with the reason on the timeline. */
class TicketChaseCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("ticket chase"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QStringList positional() const override { return {QStringLiteral("TICKET")}; }
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

/** `ticket callback`: the customer's answer (回访) closes, reopens, or — unanswered — waits for a retry. */
class TicketCallbackCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("ticket callback"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QStringList positional() const override { return {QStringLiteral("TICKET")}; }
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

/** `ticket work`: the work record and the finish checklist, item by item. */
class TicketWorkCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("ticket work"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QStringList positional() const override { return {QStringLiteral("TICKET")}; }
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

/** `ticket causes`: the fault catalogue in use (the outlet's own or the built-in one). */
class TicketCausesCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("ticket causes"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

} // namespace fd::cli
