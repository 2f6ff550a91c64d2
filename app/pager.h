#pragma once
// Long output on a terminal goes through a pager ($MLLMSEG_PAGER, then
// $PAGER, else less -FRX); never in a pipe, never for output that fits.

#include <string_view>

namespace mllmseg::app {

// Shows text through the pager when standard output is a terminal and text
// is longer than its screen; true when it did. False means the caller writes
// text itself: no terminal, text fits, no pager wanted, or the pager could
// not run (a note on standard error says so), so output is never lost.
bool show_in_pager(std::string_view text);

}  // namespace mllmseg::app
