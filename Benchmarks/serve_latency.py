"""Latency of the live page (issue 23): from a lever's move to the redrawn numbers, in a
real browser (Playwright driving Debian's Chromium) against `plansim serve --port 0`.

    python3 Benchmarks/serve_latency.py [--moves 30] [--paths 2000] [--binary .build/release/plansim]

The page starts a quick pass (few paths) and the full count together on every change, and
logs each answer's times in `window.plansimTimings`: when the request was sent, the
server's phases from its `Server-Timing` header, when the JSON was parsed, and when the
drawing began and ended. Per pass (quick, full) this prints the median and P10–P90 of:

- server: the server's own time (`total` of Server-Timing: reading the request, waiting
  for a run slot, parsing the text, Monte Carlo, baseline, building and encoding the JSON),
  then the Monte Carlo phase alone;
- network + JSON: from the request sent to the JSON parsed, less the server's time;
- redraw: drawing the targets and the fan charts;
- total: from the lever's move (the input event) to the pass's numbers redrawn.

A quick pass that arrives after the full one is not drawn; its draw times are left out.
The goal of the issue is a median total under 100 ms at the page's default path count (the
full pass) on a 2-core machine; use a release build for numbers worth quoting, and quote the
load average it prints. Not a test: it asserts nothing.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def quantile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def summary(name, values):
    return "%-15s median %7.1f ms   P10–P90 %7.1f–%7.1f ms   min %7.1f   max %7.1f   (n=%d)" % (
        name, statistics.median(values), quantile(values, 0.1), quantile(values, 0.9), min(values), max(values), len(values))


def machine():
    """lscpu's model name and the processors, as /proc/cpuinfo has them."""
    try:
        with open("/proc/cpuinfo") as f:
            names = [line.split(":", 1)[1].strip() for line in f if line.startswith("model name")]
        return "%s, %d processors" % (names[0] if names else "unknown CPU", os.cpu_count() or 0)
    except OSError:
        return "unknown machine"


def load_average():
    return " ".join("%.2f" % x for x in os.getloadavg())


# Moves the industrial-output lever to `value` and resolves, once the full pass is drawn
# (`body[data-state] == "ready"`) and `count` answers are logged, to [the move's time, the log,
# the last drawing's end]. A page without the log (before 2026-12-07's second change) gives count 0.
MOVE = """([value, count]) => new Promise(resolve => {
  window.plansimTimings = [];
  const done = () => document.body.dataset.state === "ready" && window.plansimTimings.length >= count;
  const finish = () => { observer.disconnect(); resolve([t0, window.plansimTimings, window.plansimLastDraw.at]); };
  const check = () => { if (done()) finish(); else if (document.body.dataset.state === "ready") setTimeout(check, 5); };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { attributes: true, attributeFilter: ["data-state"] });
  const t0 = performance.now();
  const lever = document.querySelector('[data-lever="growth.industrial_output"]');
  lever.value = value; lever.dispatchEvent(new Event("input", { bubbles: true }));
})"""


def split(entries, start):
    """The four times of each pass's answers to one move: server, network + JSON, redraw, total (ms)."""
    rows = {}
    for e in entries:
        server = e["server"].get("total", 0.0)
        drawn = "at" in e
        rows[e["paths"]] = {
            "server": server,
            "monte carlo": e["server"].get("mc", 0.0),
            "network + JSON": e["parsed"] - e["sent"] - server,
            "redraw": e["at"] - e["drawStart"] if drawn else None,
            "total": e["at"] - start if drawn else None,
        }
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--moves", type=int, default=30)
    parser.add_argument("--paths", type=int, default=2000)
    parser.add_argument("--binary", default=os.environ.get("PLANSIM_BINARY") or os.path.join(ROOT, ".build", "release", "plansim"))
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    server = subprocess.Popen([args.binary, "serve", "--port", "0", "--paths", str(args.paths)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    url = server.stdout.readline().strip()
    load_before = load_average()
    times = {}  # pass name → measure → values
    quick_paths = None
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
            page = browser.new_page()
            page.goto(url)
            page.wait_for_function("document.body.dataset.state === 'ready'", timeout=120000)
            quick_paths = page.evaluate("S.quick")
            logged = page.evaluate("Array.isArray(window.plansimTimings)")
            if not logged:
                print("this page logs no times (an older plansim): only the full pass's total is measured")
            for move in range(args.moves):
                value = [-2, -1, 1, 2, 3][move % 5] + 0.5 * (move % 2)
                # One round trip per move, no polling from outside (Playwright's wait_for_function polls on
                # every animation frame and costs the processors the page and the server need): the page
                # moves the lever and answers once the full pass is drawn and both passes have answered.
                start, entries, drawn = page.evaluate(MOVE, [str(value), 0 if not logged else 1 if quick_paths >= args.paths else 2])
                if not logged:
                    times.setdefault("full", {}).setdefault("total", []).append(drawn - start)
                for paths, row in split(entries, start).items():
                    name = "full" if paths == args.paths else "quick"
                    for measure, value in row.items():
                        if value is not None:
                            times.setdefault(name, {}).setdefault(measure, []).append(value)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    print("plansim serve latency, lever move → redrawn numbers (%s, %d paths, quick pass %s paths, %d moves)"
          % (args.binary, args.paths, quick_paths, args.moves))
    print("machine: %s; load average before: %s, after: %s" % (machine(), load_before, load_average()))
    for name in ["quick", "full"]:
        if name not in times:
            continue
        print("%s pass:" % name)
        for measure in ["server", "monte carlo", "network + JSON", "redraw", "total"]:
            if measure in times[name]:
                print("  " + summary(measure, times[name][measure]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
