#include "cliapp.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the app, so both find the same default data folder.
    QCoreApplication::setOrganizationName(QStringLiteral("FieldDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("fielddesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIELDDESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    fd::cli::CliApp cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
