#!/usr/bin/env bash
# The recipes of docs/ci.md work as written: the GitHub Actions workflow is
# the repository's own (.github/workflows/documents.yml) and its commands,
# run here shard by shard, give a SARIF log the schema accepts; the GitLab
# job's command writes a code quality report; the xargs and GNU parallel
# recipes give the report of one run; the git diff recipe lints the files a
# branch changed and no other.
. "$(dirname "$0")/lib.sh"

doc="$CLERK_SOURCE_DIR/docs/ci.md"
schema="$CLERK_SOURCE_DIR/tests/data/sarif-schema-2.1.0.json"

# recipe NAME: the fenced block after "<!-- recipe: NAME -->" in docs/ci.md.
recipe() {
    awk -v marker="<!-- recipe: $1 -->" '
        $0 == marker { found = 1; next }
        found == 1 && /^```/ { found = 2; next }
        found == 2 && /^```/ { exit }
        found == 2 { print }' "$doc"
}

for name in github-actions gitlab-ci xargs gnu-parallel changed-files; do
    if [ -n "$(recipe "$name")" ]; then pass; else fail "docs/ci.md has no recipe '$name'"; fi
done

recipe github-actions >workflow.yml
expect_same "$CLERK_SOURCE_DIR/.github/workflows/documents.yml" workflow.yml \
    "docs/ci.md's workflow is not .github/workflows/documents.yml"

# The workflow's and the GitLab job's commands, run on a copy of what they lint.
mkdir repo
cp -r "$CLERK_SOURCE_DIR/examples" "$CLERK_SOURCE_DIR/.clerk-baseline.json" repo/
if have_python && python3 -c 'import yaml' 2>/dev/null; then
    recipe gitlab-ci >gitlab.yml
    if (cd repo && python3 - "$CLERK" ../workflow.yml ../gitlab.yml >../.steps 2>&1) <<'EOF'; then
import subprocess, sys, yaml
clerk = sys.argv[1]
def sh(command, allowed=(0,)):
    command = command.replace("./build/release/bin/clerk", clerk)
    status = subprocess.run(["bash", "-c", command]).returncode
    assert status in allowed, f"status {status}: {command}"
workflow = yaml.safe_load(open(sys.argv[2]))
lint = workflow["jobs"]["lint"]
for shard in lint["strategy"]["matrix"]["shard"]:
    for step in lint["steps"]:
        if "run" in step and "clerk" in step["run"]:
            sh(step["run"].replace("${{ matrix.shard }}", str(shard)))
for step in workflow["jobs"]["report"]["steps"]:
    if "run" in step and "clerk merge" in step["run"]:
        sh(step["run"], (0, 1))
gitlab = yaml.safe_load(open(sys.argv[3]))
for command in gitlab["clerk"]["script"]:
    sh(command, (0, 1))
EOF
        pass
    else
        fail "the CI recipes' commands failed: $(tail -5 .steps)"
    fi
    expect_schema_valid repo/clerk.sarif "$schema"
    expect_valid_json repo/gl-code-quality-report.json
else
    skip "python3 with yaml not found: the workflow's commands were not run"
fi

# One machine: the shards' merge is the report of one run.
mkdir -p bin work/archive
ln -s "$CLERK" bin/clerk
cp -r "$CLERK_SOURCE_DIR/tests/golden/." work/archive/
find work/archive -name '*.json' -delete
(cd work && PATH="$tmp/bin:$PATH" "$CLERK" check --color=never --format text archive/ >../one-run.txt)
recipe xargs >xargs.sh
(cd work && PATH="$tmp/bin:$PATH" sh ../xargs.sh >../xargs.txt 2>../xargs.err)
expect_same one-run.txt xargs.txt "the xargs recipe's report differs from one run's"
if parallel --version 2>/dev/null | grep -q 'GNU parallel'; then
    rm -f work/clerk-*.json
    recipe gnu-parallel >parallel.sh
    (cd work && PATH="$tmp/bin:$PATH" sh ../parallel.sh >../parallel.txt 2>/dev/null)
    expect_same one-run.txt parallel.txt "the GNU parallel recipe's report differs from one run's"
else
    skip "GNU parallel not found: its recipe was not run"
fi

# The files a branch changed: the deleted one left out, the others linted.
if command -v git >/dev/null 2>&1; then
    export GIT_AUTHOR_NAME=clerk GIT_AUTHOR_EMAIL=clerk@example.org
    export GIT_COMMITTER_NAME=clerk GIT_COMMITTER_EMAIL=clerk@example.org
    mkdir git && cd git || exit 1
    git init -q -b main . && git config commit.gpgsign false
    printf 'Old TODO.\n' >kept.md
    printf 'Old TODO.\n' >changed.md
    printf 'Old TODO.\n' >removed.md
    printf 'TODO in code.\n' >script.sh
    git add . && git commit -q -m base && git update-ref refs/remotes/origin/main HEAD
    git checkout -q -b topic
    printf 'New TODO.\n' >changed.md
    printf 'A TODO with a space in its name.\n' >'new file.md'
    printf 'Changed TODO.\n' >script.sh
    git rm -q removed.md && git add . && git commit -q -m change
    recipe changed-files >../changed.sh
    cd "$tmp" || exit 1
    (cd git && PATH="$tmp/.lonely/bin:$PATH" CLERK_PLUGIN_PATH="$ECHO_PLUGIN" sh ../changed.sh >../changed.txt)
    expect_line_in changed.txt 'changed.md:1:5: warning: found "TODO" [echo/word]'
    expect_line_in changed.txt 'new file.md:1:3: warning: found "TODO" [echo/word]'
    expect_line_in changed.txt '2 files checked: 0 errors, 2 warnings, 0 infos'
else
    skip "git not found: the changed-files recipe was not run"
fi

finish
