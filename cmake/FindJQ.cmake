# Debian's libjq-dev (jq 1.6) ships neither a CMake package nor a pkg-config
# file; find the header and the shared library. It ships no libjq.a either,
# so even MLLMSEG_STATIC_DEPS links the shared libjq (lib/CMakeLists.txt).
find_path(JQ_INCLUDE_DIR NAMES jq.h)
find_library(JQ_LIBRARY NAMES jq)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(JQ REQUIRED_VARS JQ_LIBRARY JQ_INCLUDE_DIR)

if(JQ_FOUND AND NOT TARGET jq::jq)
  add_library(jq::jq UNKNOWN IMPORTED)
  set_target_properties(jq::jq PROPERTIES
    IMPORTED_LOCATION "${JQ_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${JQ_INCLUDE_DIR}")
endif()
mark_as_advanced(JQ_INCLUDE_DIR JQ_LIBRARY)
