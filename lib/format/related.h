#pragma once
// `mllmseg related` output: the related papers with their scores and
// reasons, as a table for people, tab-separated lines for pipes, JSON for
// programs.

#include <span>
#include <string>
#include <string_view>

#include "format/json.h"
#include "format/style.h"
#include "query/related.h"
#include "store/store.h"

namespace mllmseg::format {

// Why a paper is related to paper of, in words: "shares authors Yuqi Liu,
// Jiaya Jia; words: reinforcement, reasoning; tasks: res; VideoLISA contains
// LISA". At most six words are named, then "(+N more)".
std::string related_reason(const Store& store, DocId of, const RelatedPaper& paper);

// NAME, VENUE, SCORE and TITLE columns, the title cut to fit style.width;
// under each row, its reason, wrapped below the VENUE column.
std::string related_table(const Store& store, DocId of, std::span<const RelatedPaper> papers,
                          const Style& style);

// One line a paper: key, name, venue, tasks, code URL and title as `list`
// prints them, then the score (two decimals) and the reason; tab-separated.
std::string related_tab_separated(const Store& store, DocId of, std::span<const RelatedPaper> papers);

// A JSON array of the papers as `list --json` prints them, each with two more
// members: "score" (two decimals) and "reasons": {"authors": [...],
// "words": [...], "tasks": [...], "name": "VideoLISA contains LISA" or null}.
// format/json_output writes it.
OrderedJson related_json(const Store& store, DocId of, std::span<const RelatedPaper> papers);

// A paper's fields (format/json.h paper_fields), then score and reasons: the
// fields `related --json FIELDS` selects from.
std::span<const std::string_view> related_fields();

}  // namespace mllmseg::format
