#pragma once
// Related papers: the papers most like a given one, ranked by what they share
// with it, each with its reasons as data.
//
// Score of paper b against the given paper a: the sum of
//   idf(s) * w_a(s) * w_b(s)  for each word stem s both have, where w_p(s) is
//                             1 when p's title has s, else 0.25 when only its
//                             abstract does (abstracts are long and loose);
//   idf(person)               for each author both list, names compared
//                             folded (case and accents aside: catalog/person.h);
//   0.5 * idf(task)           for each task both belong to;
//   2 * idf(2)                when one's name contains the other's (letters
//                             and digits compared, case aside, the shorter
//                             one of 3 or more): as much as two words that
//                             only the two papers have.
// idf(df) = ln(1 + (N - df + 0.5) / (df + 0.5)), search's BM25 idf, with N
// the papers in the store and df those with the feature (the stem in title or
// abstract, the author, the task): a rare word or author counts for much, a
// word of every title for almost nothing. N and df count the whole store,
// whatever the candidates, so that filters choose which papers are listed,
// never how they score.
//
// Words are the tokens of title and abstract (util/text.h) without stop words
// ("of", "for", "via" ...) and one-character tokens, stemmed (util/stem.h):
// "segmentation" and "segmenter" are one word. Papers are ordered by score,
// ties in list order; the given paper and papers scoring 0 are not listed.

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/store.h"

namespace mllmseg {

// How the two papers' names relate.
enum class NameLink : std::uint8_t {
  none,
  same,       // the same name, case aside ("LENS" and "LENS")
  contains,   // the related paper's name contains the given one's ("VideoLISA", "LISA")
  contained,  // the given paper's name contains the related one's
};

struct RelatedReasons {
  // Shared authors, as the given paper writes them, in its order.
  std::vector<std::string> authors;
  // Shared words, as the given paper first writes them (lowercase, title
  // before abstract), the ones adding most to the score first.
  std::vector<std::string> words;
  TaskSet tasks = 0;  // shared tasks
  NameLink name = NameLink::none;
};

struct RelatedPaper {
  DocId doc = 0;
  double score = 0.0;
  RelatedReasons reasons;
};

// The papers among candidates (every paper when nullopt) most like paper of,
// best first, at most limit of them.
std::vector<RelatedPaper> related(const Store& store, DocId of, const std::optional<Postings>& candidates,
                                  std::size_t limit = std::numeric_limits<std::size_t>::max());

// The words of text that related papers compare, as they are written
// (lowercase tokens), in order, repeats kept: the tokens less stop words and
// one-character tokens.
std::vector<std::string> related_words(std::string_view text);

}  // namespace mllmseg
