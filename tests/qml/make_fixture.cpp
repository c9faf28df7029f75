// make_fixture <dir>: writes the app test fixture (see fixture.h) into a fresh store at <dir>,
// its history ending now, with the loss reports of Fixture::addLossReports(), for
// `fielddesk --self-test` and manual screenshots.
#include "fixture.h"
#include "store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: make_fixture <dir>\n  Creates a FieldDesk store with test data in <dir> (replacing it).\n");
        return 2;
    }
    QDir dir(args.at(1));
    // Only ever replace a folder this tool made: it holds nothing but a FieldDesk store and the
    // attachment files of its work records.
    if (dir.exists()) {
        const QStringList entries = dir.entryList(QDir::NoDotAndDotDot | QDir::AllEntries);
        for (const QString &e : entries) {
            if (!e.startsWith(QLatin1String("fielddesk.db")) && e != QLatin1String("attachments")) {
                std::fprintf(stderr, "make_fixture: %s holds other files (%s); not replacing it.\n", qPrintable(dir.path()), qPrintable(e));
                return 2;
            }
        }
        if (!dir.removeRecursively()) {
            std::fprintf(stderr, "make_fixture: cannot remove %s\n", qPrintable(dir.path()));
            return 1;
        }
    }
    fd::ManualClock clock;
    auto store = fd::Store::open(dir.path(), clock);
    if (!store) {
        std::fprintf(stderr, "make_fixture: %s\n", qPrintable(store.error().toString()));
        return 1;
    }
    auto facts = Fixture::populate(*store.value(), clock, QDateTime::currentMSecsSinceEpoch());
    if (!facts) {
        std::fprintf(stderr, "make_fixture: %s\n", qPrintable(facts.error().toString()));
        return 1;
    }
    // The counter's loss report screen shows them; the self-test and the screen tour need them.
    if (auto reports = Fixture::addLossReports(*store.value(), clock, facts.value()); !reports) {
        std::fprintf(stderr, "make_fixture: %s\n", qPrintable(reports.error().toString()));
        return 1;
    }
    std::printf("fixture written to %s: %lld tickets, crew 1 has %d open\n", qPrintable(dir.path()),
                static_cast<long long>(facts->ticketIds.size()), facts->crew1OpenTickets);
    return 0;
}
