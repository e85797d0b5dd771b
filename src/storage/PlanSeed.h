// The Tây Sơn 2021 plan (Kế hoạch 36/KH-UBND) loaded from the data files in resources/seed/2021,
// compiled into the application. The files use the columns of spec/interchange.md where a kind
// exists there, so the seed reads like an import a user could make.
#pragma once

namespace thidua::storage {

class Database;

// Writes the plan, its phases and periods, units, groups, schemes, the district's targets and the
// published results, inside the caller's transaction.
void seedTaySon2021(Database& db);

} // namespace thidua::storage
