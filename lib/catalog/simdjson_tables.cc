// The constant tables that simdjson's inline reading code reads (number
// parsing, and telling structural characters from the rest; a build without
// optimisation reads power_of_ten too), which its
// library holds: defined here as storage of the program's own, which
// catalog/simdjson_library.cc fills from the library once it is loaded,
// before any JSON is read. simdjson.h declares them const; this file does not
// include it, so that they can be written once.
#include <cstdint>
#include <cstring>

namespace simdjson::internal {

bool structural_or_whitespace_negated[256];
bool structural_or_whitespace[256];
// 5^-342 to 5^308, two 64-bit words each.
std::uint64_t power_of_five_128[2 * (308 + 342 + 1)];
// 10^0 to 10^22, the powers a double holds exactly.
double power_of_ten[23];

}  // namespace simdjson::internal

namespace mllmseg::json {

// Copies the library's tables (see catalog/simdjson_library.cc).
void copy_simdjson_tables(const bool* negated, const bool* plain, const std::uint64_t* powers,
                          const double* tens) {
  std::memcpy(simdjson::internal::structural_or_whitespace_negated, negated, 256);
  std::memcpy(simdjson::internal::structural_or_whitespace, plain, 256);
  std::memcpy(simdjson::internal::power_of_five_128, powers, sizeof simdjson::internal::power_of_five_128);
  std::memcpy(simdjson::internal::power_of_ten, tens, sizeof simdjson::internal::power_of_ten);
}

}  // namespace mllmseg::json
