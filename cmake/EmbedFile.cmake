# cmake -DINPUT=... -DOUTPUT=... -DSYMBOL=... -P EmbedFile.cmake
# Writes a C++ source that holds INPUT's bytes as a char array, so that the
# binary carries its catalog and works from any directory.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){16})" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT} by cmake/EmbedFile.cmake; do not edit.\n"
  "#include <cstddef>\n"
  "#include <string_view>\n"
  "namespace mllmseg::embedded {\n"
  "namespace {\n"
  "alignas(8) constexpr char k_bytes[] = {\n${bytes}'\\0'};\n"
  "}  // namespace\n"
  "std::string_view ${SYMBOL}() { return {k_bytes, ${size}}; }\n"
  "}  // namespace mllmseg::embedded\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
