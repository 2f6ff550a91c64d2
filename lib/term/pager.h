#pragma once
// When and through what long output is paged on a terminal.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace mllmseg::term {

inline constexpr std::string_view k_default_pager = "less -FRX";

// The pager to run through /bin/sh: $MLLMSEG_PAGER, else $PAGER, else
// k_default_pager (nullopt for an unset variable). A variable set to ""
// or "cat" means no pager at all.
std::optional<std::string> pager_command(const char* mllmseg_pager, const char* pager);

// Rows text takes on a terminal of the given width: each line at least one,
// long lines wrapped; SGR colour sequences take no room.
std::size_t screen_rows(std::string_view text, std::size_t columns);

// Whether text would scroll off a screen of rows lines, the prompt after it
// taking one more.
bool needs_pager(std::string_view text, std::size_t rows, std::size_t columns);

}  // namespace mllmseg::term
