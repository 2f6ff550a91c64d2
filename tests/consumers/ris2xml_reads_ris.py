#!/usr/bin/env python3
"""ris2xml (bibutils) reads every record of the RIS export: one MODS record a
paper with its citation key, title and authors. bibutils 7.2 does not know
the RIS type CPAPER (conference paper; Zotero and EndNote do), reads such a
record as a generic one and says so on standard error: that notice is the
only standard error allowed."""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

from consumer import CATALOGS, check, family_name, main, mllmseg, need, normalised, papers

MODS = "{http://www.loc.gov/mods/v3}"
ALLOWED = [re.compile(r"^ris2xml: Did not recognize type 'CPAPER' of refnum \d+ \([^)]*\)\.$"),
           re.compile(r"^\tDefaulting to STD\.$"),
           re.compile(r"^ris2xml: Processed \d+ references\.$")]


def run(binary):
    ris2xml = need("ris2xml", "bibutils")
    for label, catalog in CATALOGS:
        expected = papers(binary, catalog)
        exported = mllmseg(binary, catalog, "export", "--format", "ris")
        done = subprocess.run([ris2xml], input=exported, capture_output=True, timeout=60)
        stderr = done.stderr.decode("utf-8", "replace").splitlines()
        unexpected = [l for l in stderr if not any(p.match(l) for p in ALLOWED)]
        check(done.returncode == 0 and not unexpected,
              "%s: ris2xml status %d, unexpected stderr:\n%s" % (label, done.returncode, "\n".join(unexpected)))
        check("ris2xml: Processed %d references." % len(expected) in stderr,
              "%s: ris2xml did not process %d references:\n%s" % (label, len(expected), "\n".join(stderr)))
        records = ET.fromstring(done.stdout.decode("utf-8-sig")).findall(MODS + "mods")
        check(len(records) == len(expected),
              "%s: %d MODS records for %d papers" % (label, len(records), len(expected)))
        for paper, record in zip(expected, records):
            info = record.find(MODS + "titleInfo")
            parts = [info.findtext(MODS + "title") or "", info.findtext(MODS + "subTitle") or ""]
            title = ": ".join(p for p in parts if p)
            check(normalised(title) == normalised(paper["title"]),
                  "%s: record %s has title %r, expected %r" % (label, record.get("ID"), title, paper["title"]))
            # A one-word name ("Prince") becomes a name with one untyped part.
            families = [n.findtext(MODS + "namePart[@type='family']") or n.findtext(MODS + "namePart")
                        for n in record.findall(MODS + "name")]
            check(families == [family_name(a) for a in paper.get("authors", [])],
                  "%s: record %s has authors %r" % (label, record.get("ID"), families))
        print("%s: ris2xml read %d/%d records" % (label, len(records), len(expected)))


if __name__ == "__main__":
    sys.exit(main(run))
