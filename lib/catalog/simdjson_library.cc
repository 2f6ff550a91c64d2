#include "catalog/simdjson_library.h"

#include <simdjson.h>

#include <cstdio>
#include <cstdlib>
#include <mutex>

#include "util/shared_library.h"

namespace mllmseg::json {

// In simdjson_tables.cc, which holds the tables' storage.
void copy_simdjson_tables(const bool* negated, const bool* plain, const std::uint64_t* powers,
                          const double* tens);

namespace {

static_assert(simdjson::internal::smallest_power == -342 && simdjson::internal::largest_power == 308,
              "simdjson_tables.cc sizes power_of_five_128 for 5^-342 to 5^308");

// The library's functions, bound once (its tables are copied).
struct Functions {
  bool (*validate_utf8)(const char*, std::size_t) noexcept = nullptr;
  simdjson::internal::atomic_ptr<const simdjson::implementation>& (*active)() = nullptr;
  double (*from_chars)(const char*) noexcept = nullptr;
  double (*from_chars_to)(const char*, const char*) noexcept = nullptr;
};

struct Loaded {
  Functions functions;
  Status status = Ok{};
};

const Loaded& loaded() {
  static const Loaded once = [] {
    Loaded result;
    auto library = SharedLibrary::open(MLLMSEG_SIMDJSON_SONAME, MLLMSEG_SIMDJSON_PACKAGE);
    if (!library) {
      result.status = Error{library.error()};
      return result;
    }
    Functions& f = result.functions;
    library->bind(f.validate_utf8, "_ZN8simdjson13validate_utf8EPKcm");
    library->bind(f.active, "_ZN8simdjson25get_active_implementationEv");
    library->bind(f.from_chars, "_ZN8simdjson8internal10from_charsEPKc");
    library->bind(f.from_chars_to, "_ZN8simdjson8internal10from_charsEPKcS2_");
    const bool* negated = nullptr;
    const bool* plain = nullptr;
    const std::uint64_t* powers = nullptr;
    const double* tens = nullptr;
    library->bind(negated, "_ZN8simdjson8internal32structural_or_whitespace_negatedE");
    library->bind(plain, "_ZN8simdjson8internal24structural_or_whitespaceE");
    library->bind(powers, "_ZN8simdjson8internal17power_of_five_128E");
    library->bind(tens, "_ZN8simdjson8internal12power_of_tenE");
    result.status = library->complete();
    if (result.status) {
      copy_simdjson_tables(negated, plain, powers, tens);
    }
    return result;
  }();
  return once;
}

// The functions, which a reader reaches only after load_simdjson() succeeded.
const Functions& functions() {
  const Loaded& library = loaded();
  if (!library.status) {
    std::fprintf(stderr, "mllmseg: error: %s\n", library.status.error().c_str());
    std::abort();
  }
  return library.functions;
}

}  // namespace

Status load_simdjson() { return loaded().status; }

}  // namespace mllmseg::json

// The definitions simdjson.h declares and libsimdjson has, forwarded.
namespace simdjson {

bool validate_utf8(const char* buf, std::size_t len) noexcept {
  return mllmseg::json::functions().validate_utf8(buf, len);
}

internal::atomic_ptr<const implementation>& get_active_implementation() {
  return mllmseg::json::functions().active();
}

namespace internal {

double from_chars(const char* first) noexcept { return mllmseg::json::functions().from_chars(first); }

double from_chars(const char* first, const char* end) noexcept {
  return mllmseg::json::functions().from_chars_to(first, end);
}

}  // namespace internal

}  // namespace simdjson
