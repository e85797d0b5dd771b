#include "GuiTestSupport.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QRandomGenerator>

#include <stdexcept>

namespace thidua::test {

QString GuiTempDir::createDatabase(const QString& name, storage::Seed seed) const
{
    const QString file = path(name);
    storage::Database::create(file, seed);
    return file;
}

QString GuiTempDir::writeRandomFile(const QString& name, int size) const
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(bytes.data()), size / 4);
    const QString file = path(name);
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
        throw std::runtime_error("cannot write a test file");
    }
    return file;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QModelIndex findByCode(const QAbstractItemModel& model, int role, const QString& code, const QModelIndex& parent)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data(role).toString() == code) {
            return index;
        }
        if (const QModelIndex found = findByCode(model, role, code, index); found.isValid()) {
            return found;
        }
    }
    return {};
}

int countLeaves(const QAbstractItemModel& model, const QModelIndex& parent)
{
    int leaves = 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        leaves += model.rowCount(index) == 0 ? 1 : countLeaves(model, index);
    }
    return leaves;
}

int countRows(const QAbstractItemModel& model, const QModelIndex& parent)
{
    int rows = model.rowCount(parent);
    for (int row = 0; row < model.rowCount(parent); ++row) {
        rows += countRows(model, model.index(row, 0, parent));
    }
    return rows;
}

} // namespace thidua::test
