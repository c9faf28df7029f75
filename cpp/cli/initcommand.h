#pragma once

#include "clicommand.h"
#include "result.h"

namespace fd {
class Store;
}

namespace fd::cli {

/** What `init` (and `demo` on an empty store) sets up. */
struct DeviceSetup
{
    QString outletCode;
    QString outletName;
    QString province;
    QString address;
    QString deviceCode;
    QString mode = QStringLiteral("counter");
};

/**
 * `init`: creates the outlet (if this store does not know it yet), this device's row and its
 * identity. Running it again with the same outlet and device code changes nothing; a store
 * already set up as another device is refused. Server enrollment replaces this later.
 */
class InitCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("init"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QList<CliOption> options() const override;
    int run(CliContext &ctx, const QCommandLineParser &args) override;

    /** Checks the codes and mode; the Error names the offending option. */
    static Result<void> validate(const DeviceSetup &setup);
    /**
     * Sets @p store up as @p setup describes, in one transaction. Returns true if something was
     * created, false if the store already was exactly this device.
     */
    static Result<bool> setUp(Store &store, const DeviceSetup &setup);
};

} // namespace fd::cli
