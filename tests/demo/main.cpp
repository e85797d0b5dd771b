// thidua-demo FILE: creates FILE with the Tây Sơn 2021 plan and the illustrative figures of
// tests/fixtures/tay-son-2021-demo, to look at the dashboards without typing a year of reports.
#include "DemoDatabase.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <exception>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: thidua-demo FILE\n");
        return 2;
    }
    const QString path = args.at(1);
    if (QFile::exists(path)) {
        std::fprintf(stderr, "%s exists; remove it first\n", qPrintable(path));
        return 2;
    }
    try {
        thidua::demo::createDemoDatabase(path);
    } catch (const thidua::storage::StorageError& error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 1;
    }
    std::printf("%s\n", qPrintable(path));
    return 0;
}
