#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Side-by-side mail benchmark: `tsunagu mail bench` against a small C program on Debian's GMime 3, on the same
# generated corpus, on the same core, from this one script. Run by hand (not part of CI or CTest):
#
#   tests/bench/run-mail-bench.sh [--rounds N] [--reps N] [--count N] [--cpu N] [--sample N] [--no-build]
#
#   --rounds N   rounds over the corpus per run (default 3)
#   --reps N     runs of each program, interleaved Tsunagu/GMime (default 3)
#   --count N    mails in the corpus (default 10000; cached in build/bench-mail/corpus-N)
#   --cpu N      the core both are pinned to with taskset (default 1)
#   --sample N   CP50220 mails whose decoding is compared file by file (default 20)
#   --no-build   do not (re)build Tsunagu's release preset; use build/release/app/tsunagu as it is
#
# Installs what it needs from Debian if missing (libgmime-3.0-dev, pkg-config, gcc, python3), as root or
# through sudo. Exits 0 when both sides ran, 1 when the Tsunagu side could not (the GMime side is still reported).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
rounds=3 reps=3 count=10000 cpu=1 sample=20 build_tsunagu=1
while [[ $# -gt 0 ]]; do
    case $1 in
        --rounds) rounds=$2; shift 2 ;;
        --reps) reps=$2; shift 2 ;;
        --count) count=$2; shift 2 ;;
        --cpu) cpu=$2; shift 2 ;;
        --sample) sample=$2; shift 2 ;;
        --no-build) build_tsunagu=0; shift ;;
        -h|--help) awk 'NR > 2 && /^#/ { sub(/^# ?/, ""); print; next } NR > 2 { exit }' "$0"; exit 0 ;;
        *) echo "run-mail-bench.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done

out=$repo/build/bench-mail
corpus=$out/corpus-$count
gmime_bench=$out/gmime_bench
tsunagu=$repo/build/release/app/tsunagu
python=/usr/bin/python3
mkdir -p "$out"
say() { printf '\n== %s\n' "$*"; }

# --- 1. Debian packages ---------------------------------------------------------------------------------------
say "Packages"
missing=()
for pkg in libgmime-3.0-dev pkg-config gcc python3 util-linux; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    echo "installing: ${missing[*]}"
    if [[ $(id -u) -eq 0 ]]; then sudo=()
    elif command -v sudo >/dev/null; then sudo=(sudo)
    else echo "need root or sudo to install ${missing[*]}" >&2; exit 2; fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
echo "GMime $(pkg-config --modversion gmime-3.0), $(gcc --version | head -1), $($python --version)"

# --- 2. gmime_bench ---------------------------------------------------------------------------------------------
say "Building gmime_bench"
if [[ ! -x $gmime_bench || $here/gmime_bench.c -nt $gmime_bench ]]; then
    # shellcheck disable=SC2046  # pkg-config prints several words on purpose
    gcc -O2 -g -std=c11 -D_XOPEN_SOURCE=700 -Wall -Wextra -o "$gmime_bench.tmp" "$here/gmime_bench.c" \
        $(pkg-config --cflags --libs gmime-3.0)
    mv "$gmime_bench.tmp" "$gmime_bench"
fi
echo "$gmime_bench"

# --- 3. Corpus (cached) -----------------------------------------------------------------------------------------
say "Corpus"
stamp="$(sha256sum "$here/generate_intake_mails.py" | cut -c1-16) count=$count"
if [[ -f $corpus/.stamp && $(cat "$corpus/.stamp") == "$stamp" ]]; then
    echo "cached: $corpus ($(find "$corpus" -name '*.eml' | wc -l) mails)"
else
    rm -rf "$corpus"
    $python "$here/generate_intake_mails.py" "$corpus" --count "$count"
    echo "$stamp" >"$corpus/.stamp"
fi

# --- 4. Tsunagu ---------------------------------------------------------------------------------------------
say "Tsunagu release build"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
tsunagu_ok=1 tsunagu_reason=""
if [[ $build_tsunagu -eq 1 ]]; then
    # Incremental: a no-op when build/release is current; -j2 at most on this 2-core machine.
    if ! (cd "$repo" && { [[ -f build/release/build.ninja ]] || cmake --preset release >"$out/cmake-configure.log" 2>&1; } &&
          cmake --build --preset release -j2 >"$out/cmake-build.log" 2>&1); then
        tsunagu_ok=0 tsunagu_reason="the release build failed: see $out/cmake-build.log (or cmake-configure.log)"
        tail -n 15 "$out/cmake-build.log" 2>/dev/null || tail -n 15 "$out/cmake-configure.log" 2>/dev/null || true
    fi
fi
if [[ $tsunagu_ok -eq 1 && ! -x $tsunagu ]]; then
    tsunagu_ok=0 tsunagu_reason="$tsunagu is missing"
fi
if [[ $tsunagu_ok -eq 1 ]] && ! "$tsunagu" --demo mail bench --help >/dev/null 2>&1; then
    why=$("$tsunagu" --demo mail bench --help 2>&1 | head -1 || true)
    tsunagu_ok=0 tsunagu_reason="$tsunagu has no working 'mail bench' command ($why)"
fi
[[ $tsunagu_ok -eq 1 ]] && echo "$tsunagu" || echo "Tsunagu side unavailable: $tsunagu_reason"

# --- 5. Timed runs, interleaved, same core ----------------------------------------------------------------------
say "Timed runs: $count mails x $rounds rounds, $reps repetitions each, pinned with taskset -c $cpu"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
t_rates=() g_rates=()
rate_of() { sed -n 's/.* \([0-9][0-9]*\) messages\/s.*/\1/p' | head -1; }
for ((i = 1; i <= reps; i++)); do
    if [[ $tsunagu_ok -eq 1 ]]; then
        if line=$(taskset -c "$cpu" "$tsunagu" --demo mail bench "$corpus" --rounds "$rounds" 2>"$out/tsunagu-bench.err"); then
            echo "tsunagu #$i: $line"
            t_rates+=("$(rate_of <<<"$line")")
        else
            why=$(head -3 "$out/tsunagu-bench.err" || true)
            tsunagu_ok=0 tsunagu_reason="'tsunagu mail bench' failed: $why"
            echo "tsunagu #$i: FAILED: $tsunagu_reason"
        fi
    fi
    line=$(taskset -c "$cpu" "$gmime_bench" "$corpus" --rounds "$rounds")
    echo "gmime   #$i: $line"
    g_rates+=("$(rate_of <<<"$line")")
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

# --- 6. Correctness ---------------------------------------------------------------------------------------------
say "Correctness: GMime over the whole corpus"
"$gmime_bench" "$corpus" --check-only

say "Correctness: the same $sample CP50220 mails (①/㈱ in the subject) through both"
mapfile -t files < <(awk -F'\t' '($2 == "iso2022jp" || $2 == "attach") && $4 == "1" { print $1 }' "$corpus/manifest.tsv" |
                     awk -v n="$sample" '{ a[NR] = $0 } END { for (i = 0; i < n && i < NR; i++) print a[int(i * NR / n) + 1] }')
"$gmime_bench" --inspect "${files[@]/#/$corpus/}" >"$out/sample-gmime.tsv"
: >"$out/sample-tsunagu.tsv"
if [[ $tsunagu_ok -eq 1 ]]; then
    for f in "${files[@]}"; do
        if json=$("$tsunagu" --demo mail inspect "$corpus/$f" --json 2>>"$out/tsunagu-inspect.err"); then
            printf '%s' "$json" | $python -c '
import json, sys
u = json.load(sys.stdin)
esc = lambda s: (s or "").replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
print("%s\t%s\t%s" % (sys.argv[1], esc(u.get("subject")), esc(u.get("text"))))' "$corpus/$f" >>"$out/sample-tsunagu.tsv"
        else
            printf '%s\t\t\n' "$corpus/$f" >>"$out/sample-tsunagu.tsv"
        fi
    done
fi

# --- 7. Summary -------------------------------------------------------------------------------------------------
say "Summary"
$python - "$corpus/manifest.tsv" "$out/sample-tsunagu.tsv" "$out/sample-gmime.tsv" "$tsunagu_ok" "$rounds" \
    "${t_rates[*]:-}" "${g_rates[*]}" "$tsunagu_reason" <<'PY'
import os, statistics, sys

manifest_path, t_path, g_path, t_ok, rounds, t_rates, g_rates, reason = sys.argv[1:9]
t_rates = [int(x) for x in t_rates.split()]
g_rates = [int(x) for x in g_rates.split()]
FOLD = str.maketrans({"\u301c": "\uff5e", "\u2016": "\u2225", "\u2212": "\uff0d"})

def unescape(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out.append({"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}.get(s[i + 1], s[i + 1]))
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)

expected = {}
with open(manifest_path, encoding="utf-8") as f:
    next(f)
    for line in f:
        name, kind, subject, marker, markers = line.rstrip("\n").split("\t")
        expected[name] = (subject, markers)

def score(path):
    n = exact = intact = text_ok = fffd = 0
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3:
                continue
            name = os.path.basename(parts[0])
            subject, text = unescape(parts[1]).translate(FOLD), unescape(parts[2]).translate(FOLD)
            want, markers = expected[name]
            n += 1
            exact += subject == want
            intact += all(m in subject for m in "①㈱" if m in want)
            text_ok += all(m in text for m in markers)
            fffd += "\ufffd" in subject or "\ufffd" in text
    return n, exact, intact, text_ok, fffd

def figure(rates):
    return "best %d, median %d messages/s (runs: %s)" % (max(rates), statistics.median(rates),
                                                          ", ".join(map(str, rates)))

print("Speed (%s rounds per run, same core, interleaved):" % rounds)
print("  GMime 3:  " + figure(g_rates))
if t_ok == "1" and t_rates:
    print("  Tsunagu:  " + figure(t_rates))
    print("  Ratio Tsunagu / GMime: %.2f (best vs best), %.2f (median vs median); target >= 1.0"
          % (max(t_rates) / max(g_rates), statistics.median(t_rates) / statistics.median(g_rates)))
else:
    print("  Tsunagu:  not measured: " + reason)
print()
print("Decoding of the same CP50220 sample (subject with ① or ㈱):")
print("  %-8s %6s %14s %18s %28s %14s" % ("", "mails", "subject exact", "①/㈱ intact", "text ext. chars intact", "U+FFFD seen"))
for label, path in (("Tsunagu", t_path), ("GMime", g_path)):
    s = score(path) if label == "GMime" or t_ok == "1" else None
    if not s or not s[0]:
        print("  %-8s not measured" % label)
    else:
        n, exact, intact, text_ok, fffd = s
        print("  %-8s %6d %11d/%-3d %15d/%-3d %25d/%-3d %14d" % (label, n, exact, n, intact, n, text_ok, n, fffd))
PY
[[ $tsunagu_ok -eq 1 ]]
