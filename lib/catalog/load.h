#pragma once
// Turns catalog bytes into a validated Catalog, naming the exact place of
// anything wrong: FILE:LINE:COL for malformed JSON, the paper (index and key)
// and field for a bad record.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "catalog/paper.h"
#include "util/result.h"

namespace mllmseg {

// Limits on what a catalog may hold, so that a hostile or broken file gets a
// clear error instead of exhausting memory or slowing every output down
// (docs/reliability.md). No real catalog comes near them: the embedded one is
// 50 KB, its longest string under 1 KB.
inline constexpr std::size_t k_max_catalog_bytes = std::size_t{1} << 30;  // 1 GiB
inline constexpr std::size_t k_max_string_bytes = std::size_t{1} << 20;   // 1 MiB, member names included

// origin names the bytes in messages: a path, "<stdin>", "<embedded catalog>".
Result<Catalog> parse_catalog(std::string_view bytes, std::string_view origin);

// Receives each paper of a catalog being read, in order, with its index in
// the papers array. Indices start again from 0 when the document has to be
// read a second time; the sink then drops what it had from that index on.
using PaperSink = std::function<void(std::size_t index, Paper&&)>;
// A sink that keeps only what it makes of each paper, and makes it on the
// threads that read the papers: prepare(paper, prepared) runs there, for
// papers in any order and several at once, each call with a string of its
// own to fill (its memory reused); add(index, prepared) then runs for each
// paper in order, on one thread, with what prepare left. The Paper itself
// is read into memory reused from one paper to the next, where it stays in
// the processor's caches.
struct SplitSink {
  std::function<void(const Paper&, std::string& prepared)> prepare;
  std::function<void(std::size_t index, std::string_view prepared)> add;
};
// Told, after each paper, how many bytes have been read.
using Progress = std::function<void(std::size_t)>;

// parse_catalog for large catalogs: hands each paper to sink as soon as it
// is read and checked, so that no more than one paper's JSON is held at a
// time, and returns the rest of the catalog (its papers empty). On an error
// the papers given to sink so far are not the catalog's and must be dropped.
Result<Catalog> read_catalog(std::string_view bytes, std::string_view origin, const PaperSink& sink,
                             const Progress& progress = {});
// The same with a sink that keeps what its prepare part, run on the
// reading threads, makes of each paper.
Result<Catalog> read_catalog(std::string_view bytes, std::string_view origin, const SplitSink& sink,
                             const Progress& progress = {});

// The whole content of path, or of standard input when path is "-"; an error
// once it is larger than max_bytes, before reading it all when the size is
// known. what names the file in messages ("cannot read list 'x.md': ..."),
// and may be empty when the file may be a list or a catalog.
Result<std::string> read_input(const std::string& path, std::size_t max_bytes = k_max_catalog_bytes,
                               std::string_view what = "catalog");

// read_input of a file already open as fd (path names it in messages; "-"
// is standard input, which is left open). Any other fd is closed. Reads
// pipes, FIFOs and character devices as streams, to their end.
Result<std::string> read_open_input(int fd, const std::string& path, std::size_t max_bytes,
                                    std::string_view what = "catalog");

}  // namespace mllmseg
