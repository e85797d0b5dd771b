// The databases opened lately, most recent first, kept in the user's settings so that File > Open
// Recent survives a restart.
#pragma once

#include <QObject>
#include <QStringList>

namespace thidua::gui {

class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxFiles = 8;

    explicit RecentFiles(QObject* parent = nullptr);

    QStringList files() const { return m_files; }
    // Puts `path` first (as an absolute path, once), dropping the oldest beyond kMaxFiles.
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

signals:
    void changed();

private:
    void save();
    QStringList m_files;
};

} // namespace thidua::gui
