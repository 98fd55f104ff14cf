#!/usr/bin/env bash
# Runs each fuzz target (fuzz/fuzz_targets/) for FUZZ_SECONDS (default 30)
# with cargo-fuzz on the stable toolchain (`--sanitizer none`: no nightly
# needed), starting from the corpus kept in fuzz/corpus/<target>/. New
# inputs go to a temporary folder, so the kept corpus changes only when
# someone copies an input there on purpose. A crash stops the run and
# leaves its input in fuzz/artifacts/<target>/. Writes benchmarks/fuzz.md.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-30}
# Instrumented builds of their own, apart from insyn's target folder.
export CARGO_TARGET_DIR=${FUZZ_TARGET_DIR:-$HOME/.cache/insyn/fuzz-target}
targets=(personnummer batch csv_import request_form pdf_receipt)
work=$(mktemp -d /tmp/insyn-fuzz.XXXXXX)
trap 'rm -rf "$work"' EXIT

cargo fuzz build -s none
rows=""
for target in "${targets[@]}"; do
  mkdir -p "$work/$target"
  echo "==> $target for ${seconds}s" >&2
  cargo fuzz run -s none "$target" "$work/$target" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=10 2> "$work/$target.log" \
    || { tail -40 "$work/$target.log" >&2; exit 1; }
  # libFuzzer's last status line: "#RUNS DONE cov: N ft: N corp: N/…".
  done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$work/$target.log" | tail -1)
  runs=$(sed -E 's/^#([0-9]+).*/\1/' <<< "$done_line")
  cov=$(sed -E 's/.* cov: ([0-9]+).*/\1/' <<< "$done_line")
  corpus=$(sed -E 's/.* corp: ([0-9]+).*/\1/' <<< "$done_line")
  kept=$(find "fuzz/corpus/$target" -type f | wc -l)
  rows+="| \`$target\` | $runs | $cov | $kept | $corpus | none |"$'\n'
done

cat > benchmarks/fuzz.md <<REPORT
# Fuzzing

\`make fuzz\` (scripts/fuzz.sh): each target of \`fuzz/fuzz_targets/\` run by
cargo-fuzz (libFuzzer, \`--sanitizer none\` on the stable toolchain) for
${seconds} seconds on the development machine (2 cores), starting from the
corpus kept in \`fuzz/corpus/\`. Each target asserts more than "no panic":
see its file.

| target | inputs run | edges covered | kept corpus | corpus at the end | crashes |
| --- | --- | --- | --- | --- | --- |
${rows}
- \`personnummer\`: \`Personnummer::parse\` and \`parse_long\`; what is
  accepted parses again from its own long form to the same number.
- \`batch\`: the register API's batch parser, JSON and NDJSON; never more
  items than the limit.
- \`csv_import\`: \`insyn import\`'s CSV reading (flexible rows, header) and
  \`from_csv_row\` against Q-IVF's definition; an item is a JSON object.
- \`request_form\`: any urlencoded body, read into fields as \`CheckedForm\`
  does, through \`parse_form\` for every kind of request; accepted texts
  stay within the form's limit, refusals name a field.
- \`pdf_receipt\`: the PDF builder through the filing receipt, any texts in
  every language; the output is a PDF.
REPORT
echo "benchmarks/fuzz.md written" >&2
