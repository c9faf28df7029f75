#pragma once

#include "clicommand.h"

namespace fd::cli {

/** `complaint apply`: move a complaint by a workflow event (dispatch, reply, satisfied, …). */
class ComplaintApplyCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("complaint apply"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QStringList positional() const override
    {
        return {QStringLiteral("COMPLAINT"), QStringLiteral("EVENT")};
    }
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;
};

} // namespace fd::cli
