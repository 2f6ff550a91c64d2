#pragma once
// Names compared as a reader sees them: accents composed (Unicode NFC, for
// the Latin letters and marks below) and case folded, so that "Café" typed
// with a precomposed é (NFC) and with e and a combining acute (NFD) is one
// name, as "LISA" and "lisa" are. No ICU: a table of the canonical
// compositions of grave, acute, circumflex, tilde, macron, breve, dot above,
// diaeresis, ring, double acute, caron, cedilla and ogonek (U+0300-U+030C,
// U+0327, U+0328) onto the letters they make in Latin-1 Supplement, Latin
// Extended-A (U+00C0-U+017F) and the pinyin vowels with caron
// (U+01CD-U+01DC), and case folding of ASCII and those letters. Other text
// (Vietnamese stacked marks, Greek, Cyrillic, compatibility forms) is
// compared as its code points are, after ASCII case folding.

#include <string>
#include <string_view>

namespace mllmseg::text {

// s with the marks above composed onto the letter before them, as NFC does
// (marks in canonical order first). Bytes that are not UTF-8 stay as they are.
std::string compose_latin(std::string_view s);

// s composed and in lowercase (ASCII and the letters above): two names are
// the same name when their folds are equal.
std::string fold_name(std::string_view s);

}  // namespace mllmseg::text
