// A fresh folder per test, removed afterwards, with helpers for the files tests make in it.
#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace thidua::test {

class TempDir
{
public:
    TempDir();
    QString path(const QString& name) const;
    // Writes `bytes` to `name` and returns its full path.
    QString write(const QString& name, const QByteArray& bytes) const;

private:
    QTemporaryDir m_dir;
};

QByteArray readAll(const QString& path);

} // namespace thidua::test
