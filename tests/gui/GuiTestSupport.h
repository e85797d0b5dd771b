// Helpers shared by the GUI suites: seeded databases in a temporary folder, rows found by code.
#pragma once

#include "storage/Database.h"

#include <QModelIndex>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QAbstractItemModel;

namespace thidua::test {

// A folder of its own per test, with databases made in it.
class GuiTempDir
{
public:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString createDatabase(const QString& name, storage::Seed seed = storage::Seed::TaySon2021) const;
    // Writes `size` random bytes and returns the file's path.
    QString writeRandomFile(const QString& name, int size) const;

private:
    QTemporaryDir m_dir;
};

QByteArray fileBytes(const QString& path);

// The first row anywhere in `model` whose `role` data under column 0 equals `code`.
QModelIndex findByCode(const QAbstractItemModel& model, int role, const QString& code, const QModelIndex& parent = {});
// How many rows the tree holds below `parent` that have no children, at any depth.
int countLeaves(const QAbstractItemModel& model, const QModelIndex& parent = {});
int countRows(const QAbstractItemModel& model, const QModelIndex& parent = {});

} // namespace thidua::test
