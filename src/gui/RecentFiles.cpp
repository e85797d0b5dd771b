#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

const auto kSettingsKey = u"recentFiles"_s;

QString normalised(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

RecentFiles::RecentFiles(QObject* parent)
    : QObject(parent)
    , m_files(QSettings().value(kSettingsKey).toStringList())
{
    // A hand-edited settings file may hold more than we show.
    if (m_files.size() > kMaxFiles) {
        m_files.resize(kMaxFiles);
    }
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = normalised(path);
    m_files.removeAll(absolute);
    m_files.prepend(absolute);
    if (m_files.size() > kMaxFiles) {
        m_files.resize(kMaxFiles);
    }
    save();
}

void RecentFiles::remove(const QString& path)
{
    if (m_files.removeAll(normalised(path)) > 0) {
        save();
    }
}

void RecentFiles::clear()
{
    m_files.clear();
    save();
}

void RecentFiles::save()
{
    QSettings().setValue(kSettingsKey, m_files);
    emit changed();
}

} // namespace thidua::gui
