# With HUDDLE_FUZZ every target is compiled for libFuzzer's coverage (clang only), and fuzz/ adds the fuzz targets.
# Pair it with HUDDLE_SANITIZE so that a fuzz run also finds memory errors and undefined behaviour.
if(HUDDLE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "HUDDLE_FUZZ needs clang (e.g. -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_C_COMPILER=clang-14)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
