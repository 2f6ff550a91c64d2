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
  std::optional<std::string> after_title{};  // the list's text between title and pdf link, when not " | "
  std::optional<std::string> after_links{};  // the list's text after the last link, when any (" |")
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

// Where a paper's author list came from, kept with the record.
struct AuthorSource {
  std::vector<std::string> urls;
  bool confirmed = false;  // two independent sources agreed on the whole list
  std::optional<std::string> note;
  std::vector<std::string> later_authors;  // a later version's list, seen in one source
};

struct Paper {
  std::string key;
  std::string name;
  std::string title;
  std::string venue;
  int year = 0;
  std::optional<int> month;
  std::optional<std::string> submitted;  // first arXiv version, YYYY-MM-DD
  std::optional<std::string> published;  // journal online date, YYYY-MM-DD
  // The day the paper first appeared in the list, YYYY-MM-DD: read from the
  // list's history, or, with listed_by "update", the day an update first saw it.
  std::optional<std::string> listed;
  std::optional<std::string> listed_by;
  TaskSet tasks = 0;
  std::optional<std::string> arxiv;
  std::string pdf;                     // empty when the list gives no paper link
  std::optional<std::string> code;     // the code repository (the importer puts nothing else here)
  std::optional<std::string> project;  // a project page, which is not code
  std::optional<std::string> doi;
  std::vector<std::string> authors;
  std::optional<std::string> abstract;
  std::vector<Entry> entries;
  std::vector<Fix> fixes;
  std::optional<AuthorSource> authors_source;
};

// A heading of the list, used to write the catalog back as markdown.
struct Section {
  Task task = Task::res;
  std::string heading;
  int level = 2;
  std::optional<std::string> parent;
  std::string blank_line{};  // the list's text of the blank line before the heading(s), usually empty
  // The list's own heading, when the catalog corrects it, and why.
  std::optional<std::string> heading_listed{};
  std::string heading_why{};
};

struct Catalog {
  std::string format;
  std::string title;
  std::string source;
  std::string provenance;    // where data beyond the list (authors, dates) came from
  std::string updated;       // the day the catalog was made from the list, YYYY-MM-DD; empty when unknown
  std::string updated_from;  // the list it was made from (URL or file)
  std::string preamble;      // the list's markdown between its title line and first section
  std::string epilogue;      // the list's markdown after its last entry
  std::vector<Section> sections;
  std::vector<Paper> papers;
};

}  // namespace mllmseg
