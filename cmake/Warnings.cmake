# Warnings apply to the project's own targets only (linked PRIVATE), never to
# users' builds of dependencies. MLLMSEG_WERROR is on in the dev and CI presets.
option(MLLMSEG_WERROR "Treat warnings as errors" OFF)

add_library(mllmseg_warnings INTERFACE)
target_compile_options(mllmseg_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  $<$<BOOL:${MLLMSEG_WERROR}>:-Werror>)
