#include "format/json_output.h"

#include <fmt/format.h>
#include <algorithm>

#include "format/jq.h"
#include "util/text.h"

namespace mllmseg::format {

namespace {

std::vector<std::string_view> items_of(std::string_view list) {
  std::vector<std::string_view> items;
  for (;;) {
    const std::size_t comma = list.find(',');
    items.push_back(list.substr(0, comma));
    if (comma == std::string_view::npos) {
      return items;
    }
    list.remove_prefix(comma + 1);
  }
}

bool known_field(std::string_view item, std::span<const std::string_view> fields) {
  return std::find(fields.begin(), fields.end(), item) != fields.end();
}

OrderedJson object_fields(const OrderedJson& object, std::span<const std::string> fields) {
  if (!object.is_object()) {
    return object;
  }
  OrderedJson out = OrderedJson::object();
  for (const std::string& field : fields) {
    const auto it = object.find(field);
    out[field] = it == object.end() ? OrderedJson(nullptr) : *it;
  }
  return out;
}

}  // namespace

bool is_field_list(std::string_view word, std::span<const std::string_view> fields) {
  const std::vector<std::string_view> items = items_of(word);
  return std::all_of(items.begin(), items.end(),
                     [&](std::string_view item) { return known_field(item, fields); });
}

std::string field_names(std::span<const std::string_view> fields) {
  return text::join(std::vector<std::string>(fields.begin(), fields.end()), ", ");
}

Result<std::vector<std::string>> parse_fields(std::string_view list, std::span<const std::string_view> known,
                                              std::string_view command) {
  const std::string listing = fmt::format("; fields: {}", field_names(known));
  if (list.empty()) {
    return Error{fmt::format("no field given for {}{}", command, listing)};
  }
  std::vector<std::string> fields;
  for (std::string_view item : items_of(list)) {
    if (item.empty()) {
      return Error{fmt::format("empty field name in '{}' for {}{}", text::one_line(list), command, listing)};
    }
    if (!known_field(item, known)) {
      std::string message = fmt::format("unknown field '{}' for {}", text::one_line(item), command);
      if (auto guess = text::closest(item, std::vector<std::string>(known.begin(), known.end()))) {
        message += fmt::format(" (did you mean '{}'?)", *guess);
      }
      return Error{message + listing};
    }
    if (std::find(fields.begin(), fields.end(), item) == fields.end()) {
      fields.emplace_back(item);
    }
  }
  return fields;
}

OrderedJson select_fields(const OrderedJson& value, std::span<const std::string> fields) {
  if (!value.is_array()) {
    return object_fields(value, fields);
  }
  OrderedJson out = OrderedJson::array();
  for (const OrderedJson& element : value) {
    out.push_back(object_fields(element, fields));
  }
  return out;
}

Result<std::string> render_json(const OrderedJson& value, const JsonOutput& output) {
  const OrderedJson selected = output.fields.empty() ? OrderedJson() : select_fields(value, output.fields);
  const OrderedJson& shown = output.fields.empty() ? value : selected;
  if (output.jq) {
    return run_jq(*output.jq, dump(shown, -1), output.pretty);
  }
  return dump(shown, output.pretty ? 2 : -1) + "\n";
}

Result<std::string> render_papers(const Store& store, std::span<const DocId> ids, const JsonOutput& output,
                                  const Flush& flush) {
  if (output.fields.empty()) {
    if (output.jq) {
      return run_jq(*output.jq, papers_array(store, ids, false), output.pretty);
    }
    return papers_array(store, ids, output.pretty, flush);
  }
  OrderedJson papers = OrderedJson::array();
  for (DocId id : ids) {
    papers.push_back(object_fields(paper_json(store.paper(id)), output.fields));
  }
  return render_json(papers, {{}, output.jq, output.pretty});
}

}  // namespace mllmseg::format
