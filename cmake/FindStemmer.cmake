# Debian's libstemmer-dev (Snowball) ships neither a CMake package nor a
# pkg-config file. mllmseg links Snowball's English stemmer alone from the
# archive (util/stem.cc): the shared library, like sb_stemmer_new, brings all
# thirty languages, whose tables of pointers the loader relocates at every
# start.
find_library(Stemmer_ARCHIVE NAMES libstemmer.a)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Stemmer REQUIRED_VARS Stemmer_ARCHIVE)

if(Stemmer_FOUND AND NOT TARGET stemmer::english)
  add_library(stemmer::english STATIC IMPORTED)
  set_target_properties(stemmer::english PROPERTIES IMPORTED_LOCATION "${Stemmer_ARCHIVE}")
endif()
mark_as_advanced(Stemmer_ARCHIVE)
