#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Time from launch to the main window on screen, and the window's memory, for several profiles, interleaved.

    window_bench.py --window build/release/app/tsunagu-window [--reps 5] [--hold 4] PROFILE…

Starts its own Xvfb on a free display. Each round opens every profile in turn (a copy of it, so that every run
starts from the same file): the time is from the start of the process to the moment X reports the window titled
of class tsunagu-window as viewable (polled every 2 ms with xwininfo); the memory is the process's peak resident size (VmHWM)
after it has stayed open --hold seconds more, when whatever it loads in the background has arrived. Then the
window gets SIGTERM. Prints each run and, per profile, the best and median time and the highest peak.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def free_display():
    for n in range(90, 200):
        if not os.path.exists(f"/tmp/.X11-unix/X{n}") and not os.path.exists(f"/tmp/.X{n}-lock"):
            return n
    raise SystemExit("no free X display")


def viewable_window(display):
    env = dict(os.environ, DISPLAY=display)
    tree = subprocess.run(["xwininfo", "-root", "-children"], env=env, capture_output=True, text=True).stdout
    for line in tree.splitlines():
        match = re.match(r'\s+(0x[0-9a-f]+) ".*": \("tsunagu-window"', line)
        if not match:
            continue
        info = subprocess.run(["xwininfo", "-id", match.group(1)], env=env, capture_output=True, text=True).stdout
        if "IsViewable" in info:
            return True
    return False


def peak_memory_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def run_once(window, profile, display, hold, work):
    copy = os.path.join(work, "profile")
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(profile, copy)
    # The plain profile stays plain where no keychain works, without the one-time notice.
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", LANG="ja_JP.UTF-8", TSUNAGU_TEST_PLAIN_PROFILES="1")
    start = time.monotonic()
    process = subprocess.Popen([window, "--profile", copy], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    shown = None
    while time.monotonic() - start < 120:
        if viewable_window(display):
            shown = time.monotonic() - start
            break
        if process.poll() is not None:
            print(f"  the window process ended before it was shown, exit status {process.returncode}", flush=True)
            break
        time.sleep(0.002)
    time.sleep(hold)
    memory = peak_memory_mb(process.pid) if process.poll() is None else float("nan")
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    return shown, memory


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--window", required=True)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--hold", type=float, default=4.0)
    parser.add_argument("profiles", nargs="+")
    args = parser.parse_args()
    window = os.path.realpath(args.window)

    number = free_display()
    display = f":{number}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    work = tempfile.mkdtemp(prefix="tsunagu-window-bench.")
    results = {p: [] for p in args.profiles}
    try:
        time.sleep(0.5)
        with open("/proc/loadavg") as load:
            print("load average before:", load.read().split()[:3])
        for rep in range(args.reps):
            for profile in args.profiles:
                shown, memory = run_once(window, profile, display, args.hold, work)
                results[profile].append((shown, memory))
                shown_text = f"{shown:.3f} s" if shown is not None else "never"
                print(f"run {rep + 1} {os.path.basename(profile.rstrip('/'))}: visible {shown_text}, "
                      f"peak {memory:.0f} MB", flush=True)
        with open("/proc/loadavg") as load:
            print("load average after:", load.read().split()[:3])
    finally:
        xvfb.terminate()
        xvfb.wait()
        shutil.rmtree(work, ignore_errors=True)
    for profile, runs in results.items():
        times = [t for t, _ in runs if t is not None]
        peaks = [m for _, m in runs]
        if times:
            print(f"{profile}: best {min(times):.3f} s, median {statistics.median(times):.3f} s, "
                  f"highest peak {max(peaks):.0f} MB")
        else:
            print(f"{profile}: never visible")
    return 0


if __name__ == "__main__":
    sys.exit(main())
