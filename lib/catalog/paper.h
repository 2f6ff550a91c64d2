#pragma once
// The validated model of a catalog: what the loader produces and everything
// downstream (store, queries, formatters) reads. It holds no JSON.

#include <optional>
#include <string>
#include <vector>

#include "catalog/task.h"

namespace mllmseg {

// Where a paper stands in the original list: its section, number and anchor id.
struct Entry {
  Task task = Task::res;
  int number = 0;
  std::string id;
};

// A correction the curated catalog makes to the raw list, kept so that no
// change is silent.
struct Fix {
  std::string entry;
  std::string field;
  std::string listed;
  std::string curated;
  std::string why;
};

struct Paper {
  std::string key;
  std::string name;
  std::string title;
  std::string venue;
  int year = 0;
  std::optional<int> month;
  TaskSet tasks = 0;
  std::optional<std::string> arxiv;
  std::string pdf;
  std::optional<std::string> code;
  std::optional<std::string> doi;
  std::vector<std::string> authors;
  std::optional<std::string> abstract;
  std::vector<Entry> entries;
  std::vector<Fix> fixes;
};

// A heading of the list, used to write the catalog back as markdown.
struct Section {
  Task task = Task::res;
  std::string heading;
  int level = 2;
  std::optional<std::string> parent;
};

struct Catalog {
  std::string format;
  std::string title;
  std::string source;
  std::vector<Section> sections;
  std::vector<Paper> papers;
};

}  // namespace mllmseg
