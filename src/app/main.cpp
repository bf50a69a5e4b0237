// huddle: the desktop application. Everything lives in huddle_ui; this file names the app class and answers
// --version before wxWidgets starts GTK, so that it works without a display (an ssh session, a package check).
#include <cstdio>
#include <string_view>

#include "ui/app.h"

wxIMPLEMENT_APP_NO_MAIN(huddle::ui::HuddleApp);

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::string_view(argv[i]) == "--version") {
      std::puts("huddle " HUDDLE_VERSION);
      return 0;
    }
  }
  wxDISABLE_DEBUG_SUPPORT();
  return wxEntry(argc, argv);
}
