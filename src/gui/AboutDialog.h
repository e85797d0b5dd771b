// Help > About: what the app is, for whom, its version and licence, and the Qt it runs on.
#pragma once

#include <QDialog>

namespace thidua::gui {

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace thidua::gui
