// What the GUI sets on the application before the first window: names (they place the settings
// file), version, icon, and the interface language the user chose.
#pragma once

namespace thidua::gui {

// Call once, right after constructing the QApplication; tests call it too.
void configureApplication();

} // namespace thidua::gui
