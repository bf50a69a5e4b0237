# huddle_wx: wxWidgets 3.2 (GTK) wrapped in one INTERFACE target.
find_package(wxWidgets 3.2 REQUIRED COMPONENTS html core base)
add_library(huddle_wx INTERFACE)
target_include_directories(huddle_wx SYSTEM INTERFACE ${wxWidgets_INCLUDE_DIRS})
target_compile_definitions(huddle_wx INTERFACE ${wxWidgets_DEFINITIONS})
target_compile_options(huddle_wx INTERFACE ${wxWidgets_CXX_FLAGS})
target_link_libraries(huddle_wx INTERFACE ${wxWidgets_LIBRARIES})
