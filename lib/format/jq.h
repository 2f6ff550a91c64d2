#pragma once
// A jq program run on a JSON document through jq's own library (libjq), for
// --jq: the same language, the same answers as piping to jq -r, without a
// second process or jq installed.

#include <string>
#include <string_view>

#include "util/result.h"

namespace mllmseg::format {

// Each result of program on the document json, a line each: a string raw
// (as jq -r prints it), any other value as JSON, indented by two spaces when
// pretty, compact otherwise. The whole output or nothing: a compile error
// ("syntax error, unexpected $end (Unix shell quoting issues?) at
// <top-level>, line 1") or a runtime error ("Cannot index string with
// string \"key\"") is the error, and no result is kept. `halt` ends the
// output; `halt_error` is an error with its message.
Result<std::string> run_jq(std::string_view program, std::string_view json, bool pretty);

}  // namespace mllmseg::format
