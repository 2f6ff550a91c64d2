// The picker's lines for fzf (format/pick.h), fzf's command line and the
// keys read back from it (term/picker.h).
#include <gtest/gtest.h>

#include <set>

#include "format/pick.h"
#include "term/picker.h"
#include "test_support.h"

namespace mllmseg {
namespace {

using Strings = std::vector<std::string>;

std::vector<DocId> all_ids(const Store& store) {
  std::vector<DocId> ids(store.size());
  for (DocId id = 0; id < ids.size(); ++id) {
    ids[id] = id;
  }
  return ids;
}

// --- the lines fzf reads --------------------------------------------------------

TEST(PickLines, KeyFirstThenPaddedNameVenueTasksThenTitleAndAuthors) {
  Paper lisa = test::make_paper("lisa", "LISA", "CVPR'24", 2024, test::k_res, std::nullopt,
                                "LISA: Reasoning Segmentation via Large Language Model");
  lisa.authors = {"Xin Lai", "Zhuotao Tian", "Jiaya Jia"};
  Paper sa2va = test::make_paper("sa2va", "Sa2VA", "arXiv'25", 2025, test::k_res | test::k_video);
  sa2va.authors = {"Haobo Yuan", "Xiangtai Li"};
  Paper none = test::make_paper("x", "X", "ICCV'25", 2025, test::k_ovss);
  const auto store = test::store_of({lisa, sa2va, none});
  EXPECT_EQ(
      "lisa\tLISA \tCVPR'24 \tres      \tLISA: Reasoning Segmentation via Large Language Model\tLai et al.\n"
      "sa2va\tSa2VA\tarXiv'25\tres,video\tSa2VA: A Paper\tYuan & Li\n"
      "x\tX    \tICCV'25 \tovss     \tX: A Paper\t\n",
      format::pick_lines(*store, all_ids(*store)));
}

TEST(PickLines, OnlyTheIdsGivenInTheirOrder) {
  const auto store = test::store_of({test::make_paper("a", "A", "CVPR'24", 2024, test::k_res),
                                     test::make_paper("b", "Bb", "CVPR'24", 2024, test::k_res)});
  const std::vector<DocId> ids = {1, 0};
  EXPECT_EQ("b\tBb\tCVPR'24\tres\tBb: A Paper\t\na\tA \tCVPR'24\tres\tA: A Paper\t\n",
            format::pick_lines(*store, ids));
  EXPECT_EQ("", format::pick_lines(*store, {}));
}

TEST(PickLines, TabsAndLineBreaksInAFieldCannotBreakTheLine) {
  const auto store = test::store_of(
      {test::make_paper("a", "A\tB", "CVPR'24", 2024, test::k_res, std::nullopt, "Two\nlines\x1b[31m")});
  EXPECT_EQ("a\tA B\tCVPR'24\tres\tTwo lines\xEF\xBF\xBD[31m\t\n",
            format::pick_lines(*store, all_ids(*store)));
}

TEST(PickLines, ALongNameIsNotPaddedToAndNeverCut) {
  const std::string long_name(30, 'n');
  const auto store = test::store_of({test::make_paper("a", long_name, "V", 2024, test::k_res),
                                     test::make_paper("b", "B", "V", 2024, test::k_res)});
  const std::string lines = format::pick_lines(*store, all_ids(*store));
  EXPECT_EQ("a\t" + long_name + "\tV\tres\t" + long_name + ": A Paper\t\nb\tB" +
                std::string(format::k_pick_column_cap - 1, ' ') + "\tV\tres\tB: A Paper\t\n",
            lines);
}

TEST(PickLines, EveryPaperOfTheCatalogHasOneLineOfSixFields) {
  const Store& store = test::real_store();
  const std::string lines = format::pick_lines(store, all_ids(store));
  std::size_t count = 0;
  std::set<std::string> keys;
  for (std::size_t start = 0; start < lines.size();) {
    const std::size_t end = lines.find('\n', start);
    const std::string line = lines.substr(start, end - start);
    EXPECT_EQ(5, std::count(line.begin(), line.end(), '\t')) << line;
    keys.insert(line.substr(0, line.find('\t')));
    ++count;
    start = end + 1;
  }
  EXPECT_EQ(store.size(), count);
  EXPECT_EQ(store.size(), keys.size());
  EXPECT_EQ(term::picked_keys(lines).size(), store.size());
}

// --- what fzf prints back ----------------------------------------------------------

TEST(PickedKeys, TheFirstFieldOfEachLine) {
  EXPECT_EQ((Strings{"sa2va", "lisa"}),
            term::picked_keys("sa2va\tSa2VA   \tarXiv'25\tres\tSa2VA: ...\tYuan et al.\nlisa\tLISA\t...\n"));
  EXPECT_EQ((Strings{"lisa"}), term::picked_keys("lisa\tLISA"));  // no final line break
  EXPECT_EQ((Strings{"lisa", "glamm"}), term::picked_keys("lisa\r\n\n\nglamm\n"));
  EXPECT_EQ(Strings{}, term::picked_keys(""));
  EXPECT_EQ(Strings{}, term::picked_keys("\n\n"));
}

TEST(PickedKeys, ReadsBackEveryLineOfPickLines) {
  const auto store = test::store_of({test::make_paper("a-1", "A", "V", 2024, test::k_res),
                                     test::make_paper("b2", "B b", "V", 2024, test::k_video)});
  EXPECT_EQ((Strings{"a-1", "b2"}), term::picked_keys(format::pick_lines(*store, all_ids(*store))));
}

// --- quoting -------------------------------------------------------------------------

TEST(PickQuote, ShellQuoteSingleQuotesEverything) {
  EXPECT_EQ("'/usr/bin/mllmseg'", term::shell_quote("/usr/bin/mllmseg"));
  EXPECT_EQ("'it'\\''s $HOME `x` \"y\"'", term::shell_quote("it's $HOME `x` \"y\""));
  EXPECT_EQ("''", term::shell_quote(""));
}

TEST(PickQuote, FzfQuoteEscapesFzfPlaceholdersOnly) {
  EXPECT_EQ("'/tmp/a b/papers.json'", term::fzf_quote("/tmp/a b/papers.json"));
  EXPECT_EQ("'/tmp/\\{}/\\{1}/\\{+1}/\\{q}/\\{n}/\\{+fn}/\\{2..}/\\{s-1}'",
            term::fzf_quote("/tmp/{}/{1}/{+1}/{q}/{n}/{+fn}/{2..}/{s-1}"));
  // Not placeholders, so fzf leaves them, backslash and all.
  EXPECT_EQ("'/tmp/{foo}/{ 1}/{/x'", term::fzf_quote("/tmp/{foo}/{ 1}/{/x"));
  // A backslash already there stays: fzf takes only the one added.
  EXPECT_EQ("'a\\\\{1}'", term::fzf_quote("a\\{1}"));
}

// --- fzf's command line ----------------------------------------------------------------

TEST(PickHeader, NamesEveryBinding) {
  EXPECT_EQ("enter: print keys  tab: select  ctrl-o: open paper  alt-o: open code  ctrl-y: copy BibTeX",
            term::pick_header());
}

term::PickSetup setup() {
  term::PickSetup s;
  s.fzf = "/usr/bin/fzf";
  s.self = "/opt/it's/mllmseg";
  s.catalog = "/data/{1}.json";
  s.clipboard = "xclip -selection clipboard";
  return s;
}

TEST(FzfArguments, TheWholeCommandLine) {
  const std::string self = "'/opt/it'\\''s/mllmseg' --catalog '/data/\\{1}.json'";
  const auto open = [&self](std::string_view command) {
    return "f=$(mktemp) || exit 0; " + self + " " + std::string(command) +
           " -- {1} </dev/null >\"$f\" 2>&1; m=$(grep '^mllmseg: ' \"$f\" | tail -n 1); "
           "u=$(grep -E '^https?://' \"$f\" | tail -n 1); rm -f \"$f\"; case $m in *\"$u\"*) ;; *) m=\"$m "
           "$u\" ;; "
           "esac; printf ' %s \\n' \"$m\"";
  };
  EXPECT_EQ(
      (Strings{
          "/usr/bin/fzf",
          "--multi",
          "--delimiter=\\t",
          "--with-nth=2..",
          "--tabstop=1",
          "--layout=reverse",
          "--no-hscroll",
          "--header=" + term::pick_header(),
          "--preview=" + self + " --color=always show -- {1}",
          "--preview-window=right,50%,wrap,<80(down,50%,wrap)",
          "--bind=ctrl-o:transform-preview-label:" + open("open"),
          "--bind=alt-o:transform-preview-label:" + open("open --code"),
          "--bind=ctrl-y:transform-preview-label:set -- {+1}; if b=$(" + self +
              " export -f bibtex -- \"$@\" </dev/null 2>/dev/null); then printf '%s\\n' \"$b\" | xclip "
              "-selection "
              "clipboard >/dev/null 2>&1 && printf ' copied the BibTeX of %s to the clipboard \\n' \"$*\" || "
              "printf ' %s failed; nothing copied \\n' 'xclip'; else printf ' could not export the BibTeX of "
              "%s "
              "\\n' \"$*\"; fi",
          "--bind=focus:change-preview-label:",
      }),
      term::fzf_arguments(setup()));
}

TEST(FzfArguments, QueryColourAndNoClipboard) {
  term::PickSetup s = setup();
  s.catalog.clear();
  s.query = "sa2va video";
  s.color = false;
  s.clipboard.reset();
  const Strings argv = term::fzf_arguments(s);
  ASSERT_EQ(16u, argv.size());
  EXPECT_EQ("--preview='/opt/it'\\''s/mllmseg' --color=never show -- {1}", argv[8]);
  EXPECT_EQ(
      "--bind=ctrl-y:preview:printf '%s\\n' 'No clipboard tool: pick copies with wl-copy (Wayland), xclip or "
      "xsel "
      "(X11), or pbcopy (macOS).' 'Install one (Debian: apt install wl-clipboard, or xclip), or run:' ''; "
      "printf '  mllmseg export -f bibtex'; printf ' %s' {+1}; printf '\\n'",
      argv[12]);
  EXPECT_EQ("--color=bw", argv[14]);
  EXPECT_EQ("--query=sa2va video", argv[15]);
}

// --- the clipboard ------------------------------------------------------------------------

TEST(ClipboardCommand, TheToolOfTheDisplayInUse) {
  const auto only = [](std::set<std::string> names) {
    return [names](std::string_view name) { return names.count(std::string(name)) > 0; };
  };
  const auto all = only({"wl-copy", "xclip", "xsel", "pbcopy"});
  EXPECT_EQ("wl-copy", term::clipboard_command(true, true, all));
  EXPECT_EQ("xclip -selection clipboard", term::clipboard_command(false, true, all));
  EXPECT_EQ("xsel --clipboard --input", term::clipboard_command(true, true, only({"xsel"})));
  EXPECT_EQ("pbcopy", term::clipboard_command(false, false, all));
  EXPECT_EQ(std::nullopt, term::clipboard_command(false, false, only({"wl-copy", "xclip", "xsel"})));
  EXPECT_EQ(std::nullopt, term::clipboard_command(true, true, only({})));
}

}  // namespace
}  // namespace mllmseg
