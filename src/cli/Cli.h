// thidua-cli as a function: the executable's main() and the tests call the same code, so the tests
// see exactly the output and exit status a user gets.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace thidua::cli {

// Runs `thidua-cli ARGS…` (`args` without the program's name): results go to `out`, messages to
// `err`. Returns the exit status (0 done, 1 the work failed, 2 wrong usage or input).
int runCli(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace thidua::cli
