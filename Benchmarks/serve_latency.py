"""Latency of the live page (issue 23): from a lever's move to the redrawn numbers, in a
real browser (Playwright driving Debian's Chromium) against `plansim serve --port 0`.

    python3 Benchmarks/serve_latency.py [--moves 30] [--paths 2000] [--binary .build/release/plansim]

Prints the median and spread (P10–P90, min, max) of two times per move: the first
redraw (usually the quick pass; the page starts it and the full count together) and the
full pass (the page's full path count, `body[data-state] == "ready"`). The goal of the
issue is a median under 100 ms at the page's default path count (the full pass) on a
2-core machine; use a release build for numbers worth quoting, and quote the load
average it prints. Not a test: it asserts nothing.
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
    return "%-12s median %7.1f ms   P10–P90 %7.1f–%7.1f ms   min %7.1f   max %7.1f   (n=%d)" % (
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
    quick, full = [], []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
            page = browser.new_page()
            page.goto(url)
            page.wait_for_function("document.body.dataset.state === 'ready'", timeout=120000)
            for move in range(args.moves):
                value = [-2, -1, 1, 2, 3][move % 5] + 0.5 * (move % 2)
                start = page.evaluate("""v => { const t0 = performance.now(); const i = document.querySelector('[data-lever="growth.industrial_output"]');
                                         i.value = v; i.dispatchEvent(new Event('input', {bubbles: true})); return t0; }""", str(value))
                page.wait_for_function("t0 => window.plansimLastDraw && window.plansimLastDraw.at > t0", arg=start, timeout=120000)
                first = page.evaluate("window.plansimLastDraw.at")
                page.wait_for_function("document.body.dataset.state === 'ready'", timeout=120000)
                last = page.evaluate("window.plansimLastDraw.at")
                quick.append(first - start)
                full.append(last - start)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    print("plansim serve latency, lever move → redrawn numbers (%s, %d paths, %d moves)" % (args.binary, args.paths, args.moves))
    print("machine: %s; load average before: %s, after: %s" % (machine(), load_before, load_average()))
    print(summary("first redraw", quick))
    print(summary("full pass", full))
    return 0


if __name__ == "__main__":
    sys.exit(main())
