#!/usr/bin/env bash
# Output does not depend on -j: byte-identical reports in every format for
# 1, 2 and 4 threads on the golden fixtures, and for 1 and 4 on
# ../shared/corpus when it is there.
. "$(dirname "$0")/lib.sh"

# compare FORMATS JOBS PATH...: each format with -j 1 is the same with -j
# each of JOBS.
compare() {
    local formats=$1 jobs_list=$2
    shift 2
    for format in $formats; do
        run "$CLERK" check --color=never -f "$format" -j 1 "$@"
        if [ "$status" -gt 1 ]; then
            fail "clerk check -f $format -j 1 failed"
            continue
        fi
        cp .out "one.$format"
        for jobs in $jobs_list; do
            run "$CLERK" check --color=never -f "$format" -j "$jobs" "$@"
            cp .out "many.$format"
            expect_same "one.$format" "many.$format" "-j 1 and -j $jobs differ in $format on $*"
        done
    done
}

cp -r "$CLERK_SOURCE_DIR/tests/golden" golden
compare "text json sarif github gitlab" "2 4" golden

corpus="${CLERK_SHARED:-}/corpus"
if [ -d "$corpus" ]; then
    compare json 4 "$corpus"
    # Several outputs in one run are the same too.
    run "$CLERK" check -j 4 -f sarif -o four.sarif -f github -o four.github "$corpus"
    run "$CLERK" check -j 1 -f sarif -o one.sarif -f github -o one.github "$corpus"
    expect_same one.sarif four.sarif "-j 1 and -j 4 differ in the SARIF file on the corpus"
    expect_same one.github four.github "-j 1 and -j 4 differ in the github file on the corpus"
else
    skip "no corpus at $corpus: -j checked on the golden fixtures only"
fi

finish
