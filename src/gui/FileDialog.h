// The file dialogs, behind one door so that tests can answer them (KeePassXC's FileDialog): a test
// sets the next file name and no modal dialog opens.
#pragma once

#include <QString>

class QWidget;

namespace thidua::gui {

class FileDialog
{
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& folder,
                                   const QString& filter);
    // The user confirms overwriting an existing file in the dialog itself.
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& folder,
                                   const QString& filter, const QString& defaultSuffix);

    // Tests: the next dialog returns `fileName` at once (an empty name means "cancelled").
    static void setNextFileName(const QString& fileName);

private:
    static bool takeNext(QString& fileName);
};

} // namespace thidua::gui
