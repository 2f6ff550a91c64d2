# Every dependency comes from a Debian package; a missing one stops configure
# with the name of the package that provides it.

macro(mllmseg_require package debian_package)
  find_package(${package} ${ARGN} QUIET)
  if(NOT ${package}_FOUND)
    message(FATAL_ERROR
      "mllmseg needs ${package}: install it with 'apt-get install ${debian_package}'")
  endif()
endmacro()

mllmseg_require(CLI11 libcli11-dev)
mllmseg_require(nlohmann_json nlohmann-json3-dev)
mllmseg_require(fmt libfmt-dev)
mllmseg_require(RE2 libre2-dev)
mllmseg_require(Stemmer libstemmer-dev)
mllmseg_require(CURL libcurl4-openssl-dev)
mllmseg_require(pugixml libpugixml-dev)
mllmseg_require(JQ libjq-dev)
