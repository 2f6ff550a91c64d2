#include "help_format.h"

#include <CLI/CLI.hpp>

#include "format/wrap.h"

namespace mllmseg::app {

namespace {

constexpr std::size_t k_width = 80;

class HelpFormatter : public CLI::Formatter {
 public:
  std::string make_help(const CLI::App* app, std::string name, CLI::AppFormatMode mode) const override {
    std::string out = CLI::Formatter::make_help(app, std::move(name), mode);
    // CLI11 puts two blank lines between option groups; one is enough.
    for (auto at = out.find("\n\n\n"); at != std::string::npos; at = out.find("\n\n\n", at)) {
      out.erase(at, 1);
    }
    return out;
  }

  std::string make_option_opts(const CLI::Option* opt) const override {
    std::string out;
    if (opt->get_type_size() != 0 && !opt->get_type_name().empty()) {
      out += " " + opt->get_type_name();
      if (opt->get_expected_max() == CLI::detail::expected_max_vector_size) {
        out += " ...";
      }
    }
    return out;
  }

  std::string make_option(const CLI::Option* opt, bool is_positional) const override {
    const std::size_t column = get_column_width();
    std::string out = "  " + make_option_name(opt, is_positional) + make_option_opts(opt);
    const std::string description = make_option_desc(opt);
    if (description.empty()) {
      return out + "\n";
    }
    if (out.size() >= column) {
      out += "\n";
      out.append(column, ' ');
    } else {
      out.append(column - out.size(), ' ');
    }
    return out + format::wrap_hanging(description, k_width, column) + "\n";
  }
};

}  // namespace

std::shared_ptr<CLI::FormatterBase> help_formatter() { return std::make_shared<HelpFormatter>(); }

}  // namespace mllmseg::app
