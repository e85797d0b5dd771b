#include "Importer.h"

#include "Database.h"
#include "ImportApply.h"
#include "ImportCatalog.h"
#include "ImportChecks.h"

namespace thidua::storage {
namespace {

// Thrown inside the transaction when the checks fail, so it is rolled back whatever was done.
struct Refused
{
};

} // namespace

ImportResult Importer::apply(const ImportFile& file, const QString& user)
{
    ImportResult result;
    if (!file.errors.empty()) {
        result.errors = file.errors; // a file with faults of its own is never applied
        return result;
    }
    try {
        // Checked and written in one transaction: nobody can remove a unit between the check
        // and the write, and a failure half-way leaves nothing of the file behind.
        m_db.transaction([&] {
            result.errors = checkAgainstDatabase(file, ImportCatalog(m_db.connection()));
            if (!result.errors.empty()) {
                throw Refused{};
            }
            result.rows = applyImportRows(m_db, file, user);
        });
    } catch (const Refused&) {
        result.rows = 0;
    }
    return result;
}

} // namespace thidua::storage
