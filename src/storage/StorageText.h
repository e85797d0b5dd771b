// The one translation context of every storage message, so lupdate files them together whichever
// class or function they are written in.
#pragma once

#include <QCoreApplication>

namespace thidua::storage {

class StorageText
{
    Q_DECLARE_TR_FUNCTIONS(thidua::storage)
};

} // namespace thidua::storage
