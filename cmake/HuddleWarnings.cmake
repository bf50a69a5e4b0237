# huddle_warnings: the project's warning flags as an INTERFACE target.
add_library(huddle_warnings INTERFACE)
target_compile_options(huddle_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor -Woverloaded-virtual)
if(HUDDLE_WERROR)
  target_compile_options(huddle_warnings INTERFACE -Werror)
endif()
