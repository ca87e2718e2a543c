#!/usr/bin/env bash
# Akoma Ntoso read natively: a small document found by its content and by
# its extension, findings at the line and column of the text in the XML, bad
# XML refused per file; and the shared samples, each of which stands in the
# corpus as Markdown converted from the same XML, give the same findings
# (rule and matched text) in both formats.
. "$(dirname "$0")/lib.sh"

cat >small.xml <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <statement name="resolution">
    <mainBody>
      <paragraph><num>1.</num><content><p>A TODO &amp; more.</p></content></paragraph>
    </mainBody>
  </statement>
</akomaNtoso>
EOF
found='small.xml:5:45: warning: found "TODO" [echo/word]'
run "$LONELY" check --color=never --plugin "$ECHO_PLUGIN" small.xml
expect_status 0
expect_out_line "$found"

# Found by content whatever the name; --input-format names it too.
cp small.xml small.akn
run "$LONELY" check --color=never --plugin "$ECHO_PLUGIN" small.akn
expect_out_line "${found/small.xml/small.akn}"
run "$LONELY" check --color=never --plugin "$ECHO_PLUGIN" --input-format akn - <small.xml
expect_out_line "${found/small.xml/-}"

# Folders hold *.xml, but only Akoma Ntoso is a document there.
mkdir -p tree && cp small.xml tree/
printf '<?xml version="1.0"?>\n<project><name>TODO</name></project>\n' >tree/build.xml
lint tree
expect_status 0
expect_out "${found/small.xml/tree/small.xml}
1 file checked: 0 errors, 1 warning, 0 infos"
# Named, it is read as Akoma Ntoso and refused.
lint tree/build.xml
expect_status 2
expect_err_has "tree/build.xml: not an Akoma Ntoso document (the root element is <project>)"

# Bad XML: an error for that file, the others still linted.
printf '<akomaNtoso><p>unclosed</akomaNtoso>\n' >malformed.xml
printf '<html><p>TODO</p></html>\n' >other.xml
cat >entity.xml <<'EOF'
<!DOCTYPE akomaNtoso [ <!ENTITY word "more"> ]>
<akomaNtoso><mainBody><p>&word; TODO</p></mainBody></akomaNtoso>
EOF
cat >bomb.xml <<'EOF'
<?xml version="1.0"?>
<!DOCTYPE akomaNtoso [
  <!ENTITY a "TODO TODO TODO TODO TODO TODO TODO TODO TODO TODO">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
  <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
  <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
  <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
  <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
]>
<akomaNtoso><mainBody><p>&h; TODO</p></mainBody></akomaNtoso>
EOF
run "$LONELY" check --color=never --plugin "$ECHO_PLUGIN" malformed.xml other.xml bomb.xml entity.xml small.xml
expect_status 2
expect_err_has "malformed.xml: malformed XML at line 2: Premature end of data"
expect_err_has "other.xml: not an Akoma Ntoso document (the root element is <html>)"
expect_err_has "bomb.xml: malformed XML at line 12"
expect_out_line "$found"
# A document type with entities is read; the text after a reference keeps its place.
expect_out_line 'entity.xml:2:33: warning: found "TODO" [echo/word]'
expect_out_has '5 files checked: 0 errors, 2 warnings, 0 infos; 3 files could not be checked'

# The adoption date of the metadata against the printed one (bundled rule akn/adoption-date).
cat >dated.xml <<'EOF'
<akomaNtoso><statement><meta><FRBRdate name="adoption" date="2021-06-29"/></meta>
<coverPage><p><docNumber>A/RES/75/1</docNumber></p>
<p><docTitle>Resolution adopted by the General Assembly on 30 June 2021</docTitle></p></coverPage>
</statement></akomaNtoso>
EOF
run "$CLERK" check --color=never dated.xml
expect_out_line 'dated.xml:3:60: error: the printed adoption date (2021-06-30) is not the adoption date of the metadata (2021-06-29) [akn/adoption-date]'
sed 's/2021-06-29/2021-06-30/' dated.xml >agreed.xml
run "$CLERK" check --color=never agreed.xml
expect_out_lacks 'akn/adoption-date'

# <num> values that do not run in order: structure/paragraph-sequence, at the
# <num> in the XML.
cat >gap.xml <<'EOF'
<akomaNtoso><statement><mainBody>
<paragraph><num>1.</num><content><p><i>Decides</i> to meet;</p></content></paragraph>
<paragraph><num>2.</num><content><p><i>Requests</i> a report;</p></content></paragraph>
<paragraph><num>4.</num><content><p><i>Decides</i> to remain seized of the matter.</p></content></paragraph>
</mainBody></statement></akomaNtoso>
EOF
run "$CLERK" check --color=never gap.xml
expect_out_line 'gap.xml:4:17: warning: paragraph 4 follows paragraph 2 (expected 3) [structure/paragraph-sequence]'

# The shared samples against their Markdown conversions.
samples="$CLERK_SHARED/samples/akn4un/en"
corpus="$CLERK_SHARED/corpus"
if [ ! -d "$samples" ] || [ ! -d "$corpus" ]; then
    skip "no shared samples ($CLERK_SHARED/samples): the cross-format comparison was not run"
elif ! have_python; then
    skip "python3 not found: the cross-format comparison was not run"
else
    pairs=0
    for xml in "$samples"/*.xml; do
        name=$(basename "$xml" .xml)
        symbol=${name%-*}                    # "S_RES_2508 (2020)-2002064E" -> "S_RES_2508 (2020)"
        symbol=${symbol// (/_}
        symbol=${symbol//)/}
        md="$corpus/$symbol.md"
        [ -f "$md" ] || { fail "$symbol: no Markdown conversion in the corpus"; continue; }
        "$CLERK" check --color=never -f json "$xml" >xml.json 2>xml.err
        "$CLERK" check --color=never -f json "$md" >md.json 2>md.err
        if python3 - xml.json md.json >diff.txt <<'EOF'; then
import html, json, re, sys
from collections import Counter

def findings(path, markup):
    doc = json.load(open(path))
    out = Counter()
    for f in doc["findings"]:
        raw = open(f["file"], "rb").read()[f["offset"]:f["offset"] + f["length"]].decode()
        text = markup(raw)
        out[(f["rule"], " ".join(text.split()))] += 1
    return out

xml = findings(sys.argv[1], lambda s: html.unescape(re.sub(r"<[^>]*>", "", s)))
md = findings(sys.argv[2], lambda s: re.sub(r"\[\^[^\]]*\]|\*", "", s))
for key in sorted((xml - md).keys()):
    print("only in XML:", *key)
for key in sorted((md - xml).keys()):
    print("only in Markdown:", *key)
sys.exit(1 if xml != md else 0)
EOF
            pass
        else
            fail "$symbol: the XML and its Markdown give different findings"
            sed 's/^/    /' diff.txt
        fi
        pairs=$((pairs + 1))
    done
    [ "$pairs" -gt 0 ] && pass || fail "no samples compared"
fi

finish
