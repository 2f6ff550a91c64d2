#pragma once
// Writing results: to standard output in one write, telling a reader that
// went away (| head -1) from a real failure (a full disk), and to files
// atomically, so that an error never leaves a half-written file.

#include <string>
#include <string_view>

#include "util/result.h"

namespace mllmseg::io {

enum class WriteOutcome { written, reader_gone };

// Writes all of data to fd; reader_gone when the pipe's reader has closed it
// (EPIPE; SIGPIPE must be ignored), an error naming what for anything else.
Result<WriteOutcome> write_all(int fd, std::string_view data, std::string_view what);

// Writes data to a temporary file beside path, then renames it over path.
// On any error path is untouched and the temporary file is removed. A path
// that is a symbolic link to a file replaces the file and keeps the link; a
// path that is a device or a FIFO (/dev/null, /dev/stdout) is written to
// directly, never replaced; a directory or an empty path is an error.
Status write_file_atomic(const std::string& path, std::string_view data);

}  // namespace mllmseg::io
