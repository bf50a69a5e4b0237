# The Debian package: `make package` (or `cpack -G DEB` in a build folder) writes huddle_<version>_<arch>.deb.
# Its Depends are the shared libraries' packages as dpkg-shlibdeps finds them, plus the data Huddle reads at run time.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "huddle")
set(CPACK_PACKAGE_VENDOR "The Huddle project")
set(CPACK_PACKAGE_CONTACT "The Huddle project <huddle@crthuddle.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "run a city's daily Coordinated Response Team huddle")
set(CPACK_PACKAGE_DESCRIPTION
    "Huddle reads the overnight 311 and EMS extracts, ranks the high-response locations that need attention today, "
    "drafts the huddle's agenda, keeps the action tracker and writes the briefing packet (PDF, xlsx, HTML, Markdown, "
    "text). The desktop app is huddle; huddle-cli does the same from the command line and a systemd user timer, "
    "huddle-pull.timer, pulls the configured sources before the huddle.")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)  # the build keeps its debug information; the package does not

set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")  # huddle_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://crthuddle.org/")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Time zones for the city's calendar and a sans font for the packet; dpkg-shlibdeps adds the libraries.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "tzdata, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "sqlite3")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
