#!/usr/bin/env bash
# Whole-process benchmark: generates deterministic wire-copy corpora (JSONL and a .txt folder) and
# times `tqa check` on each with GNU time, printing MB/s and peak memory. Run from the repo root:
#   bash tests/Translation.Quality.Benchmarks/whole-process.sh [SIZES_MB...]   (default: 1 10 100)
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1 10 100)
work=${TQA_BENCH_DIR:-$(mktemp -d)}
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }

dotnet build -c Release src/Translation.Quality.Cli -v q -nologo >/dev/null
dotnet build -c Release tests/Translation.Quality.Benchmarks -v q -nologo >/dev/null
tqa=(dotnet src/Translation.Quality.Cli/bin/Release/net10.0/tqa.dll)
gen=(dotnet tests/Translation.Quality.Benchmarks/bin/Release/net10.0/Translation.Quality.Benchmarks.dll corpus)

printf '%-8s %-6s %8s %8s %8s %10s %10s\n' input MB articles wall_s MB/s peak_MB exit
for mb in "${sizes[@]}"; do
  for format in jsonl txt; do
    corpus="$work/corpus-$mb.$format"
    [[ -e $corpus ]] || "${gen[@]}" --mb "$mb" --out "$corpus" --format "$format" >/dev/null
    bytes=$(du -sb "$corpus" | cut -f1)
    out="$work/out-$mb-$format"
    set +e
    /usr/bin/time -f '%e %M' -o "$work/time.txt" "${tqa[@]}" check "$corpus" --out "$out" --format json -q > "$work/stdout.txt" 2>&1
    code=$?
    set -e
    read -r wall kb < <(tail -n 1 "$work/time.txt")
    articles=$(grep -oE '^[0-9]+ articles' "$work/stdout.txt" | cut -d' ' -f1)
    awk -v f="$format" -v b="$bytes" -v w="$wall" -v k="$kb" -v a="$articles" -v c="$code" 'BEGIN { printf "%-8s %-6.1f %8s %8.2f %8.2f %10.1f %10s\n", f, b/1e6, a, w, b/1e6/w, k/1024, c }'
  done
done
echo "corpora and reports in $work"
