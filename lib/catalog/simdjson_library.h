#pragma once
// simdjson, the JSON reader's library, loaded with dlopen the first time a
// JSON catalog is read rather than linked: linked, it and the shared C++
// runtime it needs would be loaded at the start of every command, the
// built-in catalog's included, which is a snapshot and needs no JSON reader
// (docs/performance.md). The functions of the library that the reader's
// inline code calls are defined in simdjson_library.cc and forward to the
// library; the tables it reads are copied from the library into storage of
// the program's own (simdjson_tables.cc) when it is loaded.

#include "util/result.h"

namespace mllmseg::json {

// Loads the library once; an error naming the Debian package that has it
// when it cannot be. Readers call it before reading: the forwarding
// functions end the program when called without the library.
Status load_simdjson();

}  // namespace mllmseg::json
