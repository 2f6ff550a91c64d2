#include "cite/document.h"

#include <fmt/format.h>
#include <algorithm>
#include <filesystem>

#include "catalog/load.h"
#include "cite/aux.h"
#include "cite/latex.h"
#include "cite/markdown.h"
#include "util/text.h"

namespace mllmseg::cite {

namespace {

namespace fs = std::filesystem;

constexpr std::size_t k_max_depth = 32;

std::vector<Mention> scan(DocumentKind kind, std::string_view text) {
  switch (kind) {
    case DocumentKind::latex:
      return scan_latex(text);
    case DocumentKind::aux:
      return scan_aux(text);
    case DocumentKind::markdown:
      return scan_markdown(text);
  }
  return {};
}

bool is_file(const fs::path& path) {
  std::error_code error;
  return fs::is_regular_file(path, error);
}

// The file a document names: relative to the document's folder, and for
// LaTeX with ".tex" added first when the name has no such ending, as \input
// and \include look for it.
std::string named_file(const std::string& from, const std::string& name, DocumentKind kind) {
  fs::path path(name);
  if (path.is_relative()) {
    path = fs::path(from).parent_path() / path;
  }
  path = path.lexically_normal();
  if (kind == DocumentKind::latex && path.extension() != ".tex") {
    fs::path with_tex = path;
    with_tex += ".tex";
    if (is_file(with_tex) || !is_file(path)) {
      return with_tex.string();
    }
  }
  return path.string();
}

class Reader {
 public:
  DocumentCitations take() { return std::move(m_result); }
  void fail(std::string message) { m_result.errors.push_back(std::move(message)); }

  void read(const std::string& path, DocumentKind kind, const std::string& where) {
    const std::string prefix = where.empty() ? "" : where + ": ";
    if (m_open.size() >= k_max_depth) {
      m_result.errors.push_back(fmt::format("{}files read in place nest over {} deep", prefix, k_max_depth));
      return;
    }
    std::error_code ignored;
    const std::string canonical = fs::weakly_canonical(fs::path(path), ignored).string();
    if (std::find(m_open.begin(), m_open.end(), canonical) != m_open.end()) {
      m_result.errors.push_back(fmt::format("{}'{}' reads itself in", prefix, text::one_line(path)));
      return;
    }
    auto bytes = read_input(path, k_max_document_bytes, "document");
    if (!bytes) {
      m_result.errors.push_back(prefix + bytes.error());
      return;
    }
    m_open.push_back(canonical);
    for (Mention& mention : scan(kind, *bytes)) {
      if (mention.kind == Mention::Kind::key) {
        m_result.citations.push_back({std::move(mention.text), path, mention.line});
      } else {
        read(named_file(path, mention.text, kind), kind, fmt::format("{}:{}", path, mention.line));
      }
    }
    m_open.pop_back();
  }

 private:
  std::vector<std::string> m_open;  // the files being read, outermost first
  DocumentCitations m_result;
};

bool ends_with(std::string_view path, std::string_view ending) {
  return path.size() >= ending.size() && text::iequals(path.substr(path.size() - ending.size()), ending);
}

}  // namespace

std::optional<DocumentKind> document_kind(std::string_view path) {
  for (std::string_view ending : {".tex", ".ltx", ".latex"}) {
    if (ends_with(path, ending)) {
      return DocumentKind::latex;
    }
  }
  if (ends_with(path, ".aux")) {
    return DocumentKind::aux;
  }
  for (std::string_view ending : {".md", ".markdown", ".qmd", ".rmd"}) {
    if (ends_with(path, ending)) {
      return DocumentKind::markdown;
    }
  }
  return std::nullopt;
}

DocumentCitations read_citations(std::span<const std::string> paths) {
  Reader reader;
  for (const std::string& path : paths) {
    const auto kind = document_kind(path);
    if (!kind) {
      reader.fail(fmt::format(
          "{}: cannot tell what kind of document this is (expected .tex, .aux or .md, or the like)",
          text::one_line(path)));
      continue;
    }
    reader.read(path, *kind, "");
  }
  return reader.take();
}

}  // namespace mllmseg::cite
