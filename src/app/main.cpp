// huddle: the desktop application. Everything lives in huddle_ui; this file only names the app class.
#include "ui/app.h"

wxIMPLEMENT_APP(huddle::ui::HuddleApp);
