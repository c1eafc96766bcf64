# Warnings live on one interface target that every project target links, not on the whole
# directory tree: a library brought in from outside keeps its own flags.
add_library(ucwa_warnings INTERFACE)
add_library(ucwa::warnings ALIAS ucwa_warnings)
target_compile_options(ucwa_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-align
  -Wformat=2
  $<$<BOOL:${UCWA_WARNINGS_AS_ERRORS}>:-Werror>
  # GCC's flow analysis misfires inside <regex> once instrumented; the normal build keeps it.
  $<$<BOOL:${UCWA_SANITIZE}>:-Wno-maybe-uninitialized>)

# Every target defined under `dir` that compiles code links ucwa_warnings, and every ucwa_X
# library gets its ucwa::X alias. Called once, after the whole tree is defined, so no
# CMakeLists.txt has to remember either.
function(ucwa_apply_warnings_and_aliases dir)
  get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
  foreach(target IN LISTS targets)
    get_target_property(type ${target} TYPE)
    if(type MATCHES "^(STATIC_LIBRARY|SHARED_LIBRARY|OBJECT_LIBRARY|EXECUTABLE)$")
      target_link_libraries(${target} PRIVATE ucwa_warnings)
      if(target MATCHES "^ucwa_(.+)$")
        add_library(ucwa::${CMAKE_MATCH_1} ALIAS ${target})
      endif()
    endif()
  endforeach()
  get_property(subdirectories DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
  foreach(subdirectory IN LISTS subdirectories)
    ucwa_apply_warnings_and_aliases(${subdirectory})
  endforeach()
endfunction()
