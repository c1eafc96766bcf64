# What `cmake --install` and the Debian package put where: the two programs, a man page for
# each (generated from --help by help2man at build time), bash completion, and the docs.
include(GNUInstallDirs)

install(TARGETS ucwa-conform ucwa-reference-server RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

find_program(HELP2MAN help2man)
if(HELP2MAN)
  set(man_pages)
  foreach(program IN ITEMS ucwa-conform ucwa-reference-server)
    if(program STREQUAL "ucwa-conform")
      set(summary "conformance tests for UCWA escalateAudioVideo")
    else()
      set(summary "reference implementation of UCWA escalateAudioVideo and its control API")
    endif()
    set(page ${CMAKE_BINARY_DIR}/man/${program}.1.gz)
    add_custom_command(
      OUTPUT ${page}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
      COMMAND ${HELP2MAN} --no-info --no-discard-stderr --section 1 --name ${summary}
              --output ${CMAKE_BINARY_DIR}/man/${program}.1 $<TARGET_FILE:${program}>
      COMMAND gzip -9nf ${CMAKE_BINARY_DIR}/man/${program}.1
      DEPENDS ${program}
      COMMENT "Generating the man page of ${program}")
    list(APPEND man_pages ${page})
  endforeach()
  add_custom_target(man_pages ALL DEPENDS ${man_pages})
  install(FILES ${man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(STATUS "help2man not found: no man pages (scripts/deps.sh installs it)")
endif()

install(FILES packaging/bash-completion/ucwa-conform
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES packaging/bash-completion/ucwa-conform
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME ucwa-reference-server)
install(FILES README.md docs/architecture.md docs/control-api.md docs/levels.md docs/mutants.md
              docs/reports.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# scripts/package.sh: ucwa-conform_<version>_amd64.deb, its dependencies the Debian runtime
# libraries the programs link (found by dpkg-shlibdeps).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ucwa-conform)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY ${PROJECT_DESCRIPTION})
set(CPACK_PACKAGE_CONTACT "ucwa-conform maintainers <maintainers@ucwa-conform.invalid>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "man-db, bash-completion")
set(CPACK_STRIP_FILES ON)
include(CPack)
