#include "TempDir.h"

#include <QFile>

#include <stdexcept>

namespace thidua::test {

TempDir::TempDir()
{
    if (!m_dir.isValid()) {
        throw std::runtime_error("cannot create a temporary folder");
    }
}

QString TempDir::path(const QString& name) const
{
    return m_dir.filePath(name);
}

QString TempDir::write(const QString& name, const QByteArray& bytes) const
{
    const QString full = path(name);
    QFile file(full);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        throw std::runtime_error("cannot write a test file");
    }
    return full;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

} // namespace thidua::test
