#include "format/jq.h"

#include <fmt/format.h>
#include <climits>
#include <memory>
#include <optional>
#include <vector>

// jv.h defines `static int jv_is_valid(jv)`, which calls jv_get_kind; a
// build that keeps unused static functions (the sanitizer build) would then
// need libjq when it links, though libjq is only looked up with dlsym. Its
// call goes to mllmseg_jq_get_kind, below, instead.
extern "C" {
#define jv_get_kind mllmseg_jq_get_kind
#include <jq.h>
#undef jv_get_kind
jv_kind jv_get_kind(jv);
}

#include "util/shared_library.h"
#include "util/text.h"

namespace mllmseg::format {

namespace {

// libjq is loaded on first use, not linked, as libcurl is (net/http.cc):
// with libonig it would add to the start of every command, and only --jq
// needs it.
struct JqApi {
  decltype(&::jq_compile) jq_compile;
  decltype(&::jq_get_error_message) jq_get_error_message;
  decltype(&::jq_get_exit_code) jq_get_exit_code;
  decltype(&::jq_halted) jq_halted;
  decltype(&::jq_init) jq_init;
  decltype(&::jq_next) jq_next;
  decltype(&::jq_set_attr) jq_set_attr;
  decltype(&::jq_set_debug_cb) jq_set_debug_cb;
  decltype(&::jq_set_error_cb) jq_set_error_cb;
  decltype(&::jq_set_input_cb) jq_set_input_cb;
  decltype(&::jq_start) jq_start;
  decltype(&::jq_teardown) jq_teardown;
  decltype(&::jv_array) jv_array;
  decltype(&::jv_copy) jv_copy;
  decltype(&::jv_dump_string) jv_dump_string;
  decltype(&::jv_free) jv_free;
  decltype(&::jv_get_kind) jv_get_kind;
  decltype(&::jv_invalid) jv_invalid;
  decltype(&::jv_invalid_get_msg) jv_invalid_get_msg;
  decltype(&::jv_invalid_has_msg) jv_invalid_has_msg;
  decltype(&::jv_number_value) jv_number_value;
  decltype(&::jv_parse_sized) jv_parse_sized;
  decltype(&::jv_string) jv_string;
  decltype(&::jv_string_length_bytes) jv_string_length_bytes;
  decltype(&::jv_string_value) jv_string_value;
};

constexpr const char* k_libjq = "libjq.so.1";

Result<const JqApi*> load_jq() {
  static const Result<const JqApi*> loaded = []() -> Result<const JqApi*> {
    auto library = SharedLibrary::open(k_libjq, "libjq1");
    if (!library) {
      return Error{library.error()};
    }
    static JqApi api{};
    library->bind(api.jq_compile, "jq_compile");
    library->bind(api.jq_get_error_message, "jq_get_error_message");
    library->bind(api.jq_get_exit_code, "jq_get_exit_code");
    library->bind(api.jq_halted, "jq_halted");
    library->bind(api.jq_init, "jq_init");
    library->bind(api.jq_next, "jq_next");
    library->bind(api.jq_set_attr, "jq_set_attr");
    library->bind(api.jq_set_debug_cb, "jq_set_debug_cb");
    library->bind(api.jq_set_error_cb, "jq_set_error_cb");
    library->bind(api.jq_set_input_cb, "jq_set_input_cb");
    library->bind(api.jq_start, "jq_start");
    library->bind(api.jq_teardown, "jq_teardown");
    library->bind(api.jv_array, "jv_array");
    library->bind(api.jv_copy, "jv_copy");
    library->bind(api.jv_dump_string, "jv_dump_string");
    library->bind(api.jv_free, "jv_free");
    library->bind(api.jv_get_kind, "jv_get_kind");
    library->bind(api.jv_invalid, "jv_invalid");
    library->bind(api.jv_invalid_get_msg, "jv_invalid_get_msg");
    library->bind(api.jv_invalid_has_msg, "jv_invalid_has_msg");
    library->bind(api.jv_number_value, "jv_number_value");
    library->bind(api.jv_parse_sized, "jv_parse_sized");
    library->bind(api.jv_string, "jv_string");
    library->bind(api.jv_string_length_bytes, "jv_string_length_bytes");
    library->bind(api.jv_string_value, "jv_string_value");
    if (auto complete = library->complete(); !complete) {
      return Error{complete.error()};
    }
    return &api;
  }();
  return loaded;
}

// The loaded library; run_jq loads it before anything here calls it.
const JqApi& api() { return **load_jq(); }

}  // namespace

namespace {

// A jv this code owns, freed once. jq's functions take (free) most of their
// arguments: those get copy() or release(); jv_get_kind and jv_string_value
// only look, and get get().
class Jv {
 public:
  explicit Jv(jv value) : m_value(value) {}
  Jv(Jv&& other) noexcept : m_value(other.m_value), m_owned(other.m_owned) { other.m_owned = false; }
  Jv(const Jv&) = delete;
  Jv& operator=(const Jv&) = delete;
  Jv& operator=(Jv&&) = delete;
  ~Jv() {
    if (m_owned) {
      api().jv_free(m_value);
    }
  }

  jv get() const { return m_value; }
  jv copy() const { return api().jv_copy(m_value); }
  jv release() {
    m_owned = false;
    return m_value;
  }
  jv_kind kind() const { return api().jv_get_kind(m_value); }
  bool valid() const { return kind() != JV_KIND_INVALID; }

  // A string's bytes, which may hold NUL.
  std::string_view string() const {
    return {api().jv_string_value(m_value), static_cast<std::size_t>(api().jv_string_length_bytes(copy()))};
  }

  // A string's bytes, anything else as compact JSON.
  std::string text() const {
    if (kind() == JV_KIND_STRING) {
      return std::string(string());
    }
    return std::string(Jv(api().jv_dump_string(copy(), 0)).string());
  }

 private:
  jv m_value;
  bool m_owned = true;
};

struct JqTeardown {
  void operator()(jq_state* jq) const { api().jq_teardown(&jq); }
};
using JqState = std::unique_ptr<jq_state, JqTeardown>;

// jq reports each compile error through this callback, which by default
// writes it to standard error; here it is kept for the one error message.
void keep_error(void* data, jv message) {
  static_cast<std::vector<std::string>*>(data)->push_back(Jv(message).text());
}

// jq's messages, "jq: error: syntax error, ... at <top-level>, line 1:\n.[",
// then "jq: 1 compile error": each error's first line, without the prefix,
// the colon before the quoted program, and the count.
std::string compile_error(const std::vector<std::string>& messages) {
  std::vector<std::string> errors;
  for (const std::string& message : messages) {
    std::string line = message.substr(0, message.find('\n'));
    if (line.starts_with("jq: error: ")) {
      line.erase(0, 11);
    } else if (line.starts_with("jq: ") && line.find(" compile error") != std::string::npos) {
      continue;
    }
    if (line.ends_with(":")) {
      line.pop_back();
    }
    errors.push_back(text::one_line(line));
  }
  return errors.empty() ? std::string("the program does not compile") : text::join(errors, "; ");
}

// What a runtime error says: error("...")'s string as it is, else its value
// as jq -r reports it.
std::string runtime_error(Jv result) {
  const Jv message(api().jv_invalid_get_msg(result.release()));
  if (message.kind() == JV_KIND_STRING) {
    return text::one_line(message.string());
  }
  return fmt::format("error (not a string): {}", message.text());
}

// halt_error's message, or none when the program stopped with halt (or
// halt_error with status 0).
std::optional<std::string> halt_error(jq_state* jq) {
  const Jv code(api().jq_get_exit_code(jq));
  if (!code.valid() || (code.kind() == JV_KIND_NUMBER && api().jv_number_value(code.get()) == 0)) {
    return std::nullopt;
  }
  const Jv message(api().jq_get_error_message(jq));
  if (message.kind() == JV_KIND_STRING) {
    std::string text = message.text();
    while (text.ends_with("\n")) {
      text.pop_back();
    }
    return text::one_line(text);
  }
  if (message.valid() && message.kind() != JV_KIND_NULL) {
    return message.text();
  }
  return fmt::format("halt_error with status {}", code.text());
}

// The document is jq's only input: `input` and `inputs` find no other.
jv no_other_input(jq_state* /*jq*/, void* /*data*/) { return api().jv_invalid(); }

// `debug` messages are dropped: nothing reaches standard error but errors.
void drop_debug(void* /*data*/, jv message) { api().jv_free(message); }

}  // namespace

Result<std::string> run_jq(std::string_view program, std::string_view json, bool pretty) {
  if (const auto loaded = load_jq(); !loaded) {
    return Error{loaded.error()};
  }
  if (json.size() > static_cast<std::size_t>(INT_MAX)) {
    return Error{"the JSON is too large for jq (2 GiB at most)"};
  }
  const JqState jq(api().jq_init());
  if (!jq) {
    return Error{"jq could not start (out of memory)"};
  }
  std::vector<std::string> messages;
  api().jq_set_error_cb(jq.get(), keep_error, &messages);
  // jq_init leaves these two unset, and jq calls them if they are not null.
  api().jq_set_input_cb(jq.get(), no_other_input, nullptr);
  api().jq_set_debug_cb(jq.get(), drop_debug, nullptr);
  // No module search path: import and include find nothing, rather than
  // reading ~/.jq; libjq aborts on an import when the path is unset.
  api().jq_set_attr(jq.get(), api().jv_string("JQ_LIBRARY_PATH"), api().jv_array());
  if (api().jq_compile(jq.get(), std::string(program).c_str()) == 0) {
    return Error{compile_error(messages)};
  }
  // The writers' JSON always parses; were it not to, libjq 1.6 would leak a
  // few bytes of the half-read document here.
  Jv input(api().jv_parse_sized(json.data(), static_cast<int>(json.size())));
  if (!input.valid()) {
    return Error{fmt::format("jq cannot read the JSON: {}", runtime_error(std::move(input)))};
  }
  api().jq_start(jq.get(), input.release(), 0);
  const int flags = pretty ? JV_PRINT_INDENT_FLAGS(2) : 0;
  std::string out;
  for (;;) {
    Jv result(api().jq_next(jq.get()));
    if (result.valid()) {
      out += result.kind() == JV_KIND_STRING
                 ? std::string(result.string())
                 : std::string(Jv(api().jv_dump_string(result.copy(), flags)).string());
      out += '\n';
      continue;
    }
    if (api().jq_halted(jq.get()) != 0) {
      if (auto error = halt_error(jq.get())) {
        return Error{*error};
      }
      break;
    }
    if (api().jv_invalid_has_msg(result.copy()) != 0) {
      return Error{runtime_error(std::move(result))};
    }
    break;
  }
  return out;
}

}  // namespace mllmseg::format

extern "C" jv_kind mllmseg_jq_get_kind(jv value) { return mllmseg::format::api().jv_get_kind(value); }
