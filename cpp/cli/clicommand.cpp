#include "clicommand.h"

#include "clicontext.h"

#include <QCoreApplication>

namespace fd::cli {

QString CliCommand::helpText() const
{
    QString text;
    QTextStream s(&text);
    s << "Usage: fielddesk-cli --data DIR " << name();
    for (const QString &p : positional())
        s << ' ' << p;
    const QList<CliOption> opts = options();
    for (const CliOption &o : opts) {
        if (o.required)
            s << " --" << o.name << (o.valueName.isEmpty() ? QString() : QLatin1Char(' ') + o.valueName);
    }
    if (!opts.isEmpty())
        s << " [options]";
    s << "\n\n" << summary() << '\n';
    const QString more = details();
    if (!more.isEmpty())
        s << '\n' << more << '\n';
    s << "\nOptions:\n";
    QList<QPair<QString, QString>> rows;
    for (const CliOption &o : opts) {
        QString left = QStringLiteral("--") + o.name;
        if (!o.valueName.isEmpty())
            left += QLatin1Char(' ') + o.valueName;
        QString right = o.description;
        if (o.required)
            right += QStringLiteral(" (required)");
        else if (!o.defaultValue.isEmpty())
            right += QStringLiteral(" (default: %1)").arg(o.defaultValue);
        rows.append({left, right});
    }
    rows.append({QStringLiteral("--data DIR"), QStringLiteral("The data folder (may also come before the command)")});
    rows.append({QStringLiteral("--help"), QStringLiteral("Show this help")});
    qsizetype width = 0;
    for (const auto &row : std::as_const(rows))
        width = qMax(width, row.first.size());
    for (const auto &row : std::as_const(rows))
        s << "  " << row.first.leftJustified(width + 2) << row.second << '\n';
    return text;
}

std::optional<qint64> CliCommand::int64Option(CliContext &ctx, const QCommandLineParser &args, const QString &name,
                                              qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 v = args.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        ctx.usage(QCoreApplication::translate("CliCommand", "--%1 must be a whole number from %2 to %3, not \"%4\".")
                      .arg(name)
                      .arg(min)
                      .arg(max)
                      .arg(args.value(name)));
        return std::nullopt;
    }
    return v;
}

std::optional<int> CliCommand::intOption(CliContext &ctx, const QCommandLineParser &args, const QString &name, int min,
                                         int max)
{
    const auto v = int64Option(ctx, args, name, min, max);
    if (!v)
        return std::nullopt;
    return int(*v);
}

} // namespace fd::cli
