#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Side-by-side IMAP sync benchmark: `tsunagu sync` against mbsync (isync) pulling the same mailbox from the same
# throwaway Dovecot, each as a whole command (process start, TLS, login included). Run by hand, not in CI:
#
#   tests/bench/run-sync-bench.sh [--count N] [--reps N] [--no-build] [--tsunagu PATH] [--wrap CMD]
#
#   --count N       mails in the mailbox (default 10000; the mail benchmark's generated corpus, ~4 KB, mixed encodings)
#   --reps N        runs of each side, interleaved (default 3)
#   --no-build      use build/release/app/tsunagu as it is
#   --tsunagu PATH  measure this tsunagu executable instead (an older build, to compare); implies --no-build
#   --wrap CMD      run the first (a) and (a2) under CMD (e.g. "valgrind --tool=callgrind"), to profile them
#
# Prints, per run, interleaved: (a) tsunagu sync --fetch-only into a fresh profile (downloads and keeps the mail:
# the like-for-like comparison with mbsync), (b) mbsync into an empty Maildir with FSync no, (r) tsunagu sync on
# (a)'s profile, which reads what (a) kept, (a2) tsunagu sync (download and read) into a fresh profile, (c) tsunagu
# sync again with nothing new (three times); wall time, peak memory (max RSS) and CPU time of each, then the ratios.
set -euo pipefail
# Plain profiles, as these figures were always measured, also where no keychain works.
export TSUNAGU_TEST_PLAIN_PROFILES=1

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
count=10000 reps=3 build=1 wrap= tsunagu=$repo/build/release/app/tsunagu
while [[ $# -gt 0 ]]; do
    case $1 in
        --count) count=$2; shift 2 ;;
        --reps) reps=$2; shift 2 ;;
        --no-build) build=0; shift ;;
        --tsunagu) tsunagu=$(realpath "$2"); build=0; shift 2 ;;
        --wrap) wrap=$2; shift 2 ;;
        -h|--help) awk 'NR > 2 && /^#/ { sub(/^# ?/, ""); print; next } NR > 2 { exit }' "$0"; exit 0 ;;
        *) echo "run-sync-bench.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done

missing=()
for pkg in dovecot-imapd isync openssl time python3; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    sudo_cmd=(); [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [[ $build -eq 1 ]]; then
    (cd "$repo" && cmake --preset release >/dev/null && cmake --build --preset release >/dev/null)
fi
corpus=$repo/build/bench-mail/corpus-$count
if [[ ! -d $corpus ]]; then
    mkdir -p "$corpus"
    /usr/bin/python3 "$here/generate_intake_mails.py" --count "$count" "$corpus"
fi

work=$(mktemp -d /tmp/tsunagu-sync-bench.XXXXXX)
cleanup() { [[ -n ${dovecot_pid:-} ]] && kill "$dovecot_pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
show_log() { echo "--- dovecot log (tail)"; tail -5 "$work/log/dovecot.log" 2>/dev/null; }

# --- Dovecot, as DESIGN.md §4 and the test fixture run it ------------------------------------------------------
user=host@example.org password=bench-password-1
if [[ $(id -u) -eq 0 ]]; then runuser=nobody rungroup=nogroup; else runuser=$(id -un) rungroup=$(id -gn); fi
free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
imaps=$(free_port) imap=$(free_port)
mkdir -p "$work"/{ssl,log,state,home}
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -keyout "$work/ssl/key.pem" -out "$work/ssl/cert.pem" 2>/dev/null
echo "$user:{PLAIN}$password" > "$work/users"
cat > "$work/dovecot.conf" <<EOF
base_dir = $work/run
state_dir = $work/state
log_path = $work/log/dovecot.log
protocols = imap
listen = 127.0.0.1
default_login_user = $runuser
default_internal_user = $runuser
default_internal_group = $rungroup
ssl = yes
ssl_cert = <$work/ssl/cert.pem
ssl_key = <$work/ssl/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $work/users
}
userdb {
  driver = static
  args = uid=$runuser gid=$rungroup home=$work/home/%u
}
mail_location = maildir:~/Maildir
service imap-login {
  chroot =
  inet_listener imap {
    port = $imap
  }
  inet_listener imaps {
    port = $imaps
    ssl = yes
  }
}
service anvil {
  chroot =
}
EOF
maildir=$work/home/$user/Maildir
mkdir -p "$maildir"/{cur,new,tmp}
n=0
for f in "$corpus"/*.eml; do
    n=$((n + 1)); cp "$f" "$maildir/new/bench.$n.M1P1.localhost"
done
chmod -R a+rwX "$work"; [[ $(id -u) -eq 0 ]] && chown -R nobody:nogroup "$work"
if [[ $(id -u) -eq 0 ]]; then
    setpriv --reuid=nobody --regid=nogroup --clear-groups /usr/sbin/dovecot -F -c "$work/dovecot.conf" &
else
    /usr/sbin/dovecot -F -c "$work/dovecot.conf" &
fi
dovecot_pid=$!
for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/$imaps) 2>/dev/null && break; sleep 0.05; done
echo "Dovecot on 127.0.0.1:$imaps with $n mails ($(du -sh "$maildir" | cut -f1))"

# Dovecot builds its index on the first access; let a throwaway mbsync pay for that, not the first measured run.
warm=$work/warm; mkdir -p "$warm/mail"
write_mbsyncrc() {
    cat > "$1/mbsyncrc" <<EOF
FSync no
IMAPAccount t
Host localhost
Port $imaps
User $user
Pass $password
SSLType IMAPS
CertificateFile $work/ssl/cert.pem

IMAPStore r
Account t

MaildirStore l
Path $1/mail/
Inbox $1/mail/INBOX

Channel c
Far :r:
Near :l:
Patterns INBOX
Create Near
Sync Pull
SyncState *
Expunge None
EOF
}
write_mbsyncrc "$warm"; mbsync -q -c "$warm/mbsyncrc" -a

declare -A walls mems
# Wall time to the millisecond from the shell's clock around the command (GNU time's own is in hundredths, too coarse
# for (c)); memory and CPU time from GNU time. Standard input comes from the caller (the password file).
measure() { # key, label, command...
    local key=$1 label=$2; shift 2
    local start=$EPOCHREALTIME
    /usr/bin/time -f "%M %U %S" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || { cat "$work/err" >&2; show_log; return 1; }
    local end=$EPOCHREALTIME secs kb cpu_user cpu_sys
    secs=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }')
    read -r kb cpu_user cpu_sys < "$work/time"
    printf '  %-48s %6.3f s  %5d MB  (cpu %.2f s user, %.2f s sys)\n' "$label" "$secs" $((kb / 1024)) "$cpu_user" "$cpu_sys"
    walls[$key]="${walls[$key]:-} $secs"
    (( kb / 1024 > ${mems[$key]:-0} )) && mems[$key]=$((kb / 1024))
    return 0
}
add_account() {
    "$tsunagu" --profile "$1" account add --name bench --imap "imaps://$user@localhost:$imaps" \
        --ca-file "$work/ssl/cert.pem" >/dev/null 2>&1
}

echo "$password" > "$work/password"
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for rep in $(seq "$reps"); do
    echo "Run $rep"
    w=; [[ $rep -eq 1 ]] && w=$wrap
    fetched=$work/fetched-$rep full=$work/full-$rep
    add_account "$fetched"; add_account "$full"
    measure a "(a) tsunagu sync --fetch-only, fresh profile" $w "$tsunagu" --profile "$fetched" sync --account bench --password-stdin --fetch-only <"$work/password"
    sed 's/^/      /' "$work/out"
    out=$work/mbsync-$rep; mkdir -p "$out/mail"; write_mbsyncrc "$out"
    measure b "(b) mbsync, empty Maildir, FSync no" mbsync -q -c "$out/mbsyncrc" -a
    echo "      $(find "$out/mail/INBOX" -type f | wc -l) files"
    measure r "(r) tsunagu sync, reads what (a) kept" "$tsunagu" --profile "$fetched" sync --account bench --password-stdin <"$work/password"
    sed 's/^/      /' "$work/out"
    measure a2 "(a2) tsunagu sync, fresh profile" $w "$tsunagu" --profile "$full" sync --account bench --password-stdin <"$work/password"
    sed 's/^/      /' "$work/out"
    for _ in 1 2 3; do
        measure c "(c) tsunagu sync, nothing new" "$tsunagu" --profile "$full" sync --account bench --password-stdin <"$work/password"
    done
    # Nothing is deleted before the end: ext4 passes over recently freed inodes when it allocates new ones, which
    # made the next mbsync (10,000 new files) several times slower after a run's Maildir was removed.
done

# Best and median wall time of each, and the ratios to mbsync (best against best, median against median).
summary() { # key
    tr ' ' '\n' <<<"${walls[$1]}" | grep . | sort -n | awk '{ v[NR] = $1 } END { printf "%s %s", v[1], v[int((NR + 1) / 2)] }'
}
read -r b_best b_median <<<"$(summary b)"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Summary (wall time best / median, ratio to (b) mbsync best / median, peak memory)"
for key in a r a2 c b; do
    read -r best median <<<"$(summary "$key")"
    awk -v k="$key" -v b="$best" -v m="$median" -v bb="$b_best" -v bm="$b_median" -v mem="${mems[$key]}" \
        'BEGIN { printf "  %-3s %6.3f s / %6.3f s   %5.2f x / %5.2f x   %4d MB\n", k, b, m, b / bb, m / bm, mem }'
done
[[ -n $wrap ]] && echo "(the first (a) and (a2) ran under $wrap: their times are not comparable)"
exit 0
