// Fuzz target: the simdjson reader (catalog/json_reader.h) against
// nlohmann-json on the same bytes. The reader must never accept what
// nlohmann-json refuses, must read the same values when it accepts, and must
// accept nlohmann-json's own rendering of any object it accepts, so that
// parse_catalog's fallback always ends in a catalog or nlohmann's message.

#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "catalog/json_document.h"
#include "catalog/json_reader.h"
#include "fuzz_check.h"

using namespace mllmseg;

namespace {

nlohmann::json to_nlohmann(json::Value value) {
  switch (value.kind()) {
    case json::Kind::null:
      return nullptr;
    case json::Kind::boolean:
      return value.boolean();
    case json::Kind::integer: {
      const std::string text(value.number_text());
      if (text.starts_with('-')) {
        return std::stoll(text);
      }
      return std::stoull(text);
    }
    case json::Kind::number:
      // strtod, not stod, which throws on a denormal (1e-312) both readers take.
      return std::strtod(std::string(value.number_text()).c_str(), nullptr);
    case json::Kind::string:
      return std::string(value.string());
    case json::Kind::array: {
      nlohmann::json out = nlohmann::json::array();
      for (json::Value item : value) {
        out.push_back(to_nlohmann(item));
      }
      return out;
    }
    case json::Kind::object: {
      nlohmann::json out = nlohmann::json::object();
      for (json::Value member : value) {
        out[std::string(member.key())] = to_nlohmann(member);
      }
      return out;
    }
  }
  return nullptr;
}

bool fast_read(std::string_view bytes, json::Document& doc) { return json::read_document(bytes, doc); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  json::Document tree;
  const bool fast = fast_read(bytes, tree);
  const auto doc = parse_json_document(bytes, "f.json");
  if (fast) {
    fuzz::check(doc.ok(),
                "the fast reader accepts what nlohmann-json refuses: " + (doc.ok() ? "" : doc.error()));
    fuzz::check(to_nlohmann(tree.tree.root()) == *doc,
                "the fast reader reads other values than nlohmann-json");
  } else if (doc.ok() && doc->is_object()) {
    fuzz::check(fast_read(doc->dump(), tree),
                "the fast reader refuses nlohmann-json's rendering of a document");
  }
  return 0;
}
