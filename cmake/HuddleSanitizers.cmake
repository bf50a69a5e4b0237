# With HUDDLE_SANITIZE every target is built and linked with ASan + UBSan.
if(HUDDLE_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
