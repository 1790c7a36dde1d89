"""The live what-if page in a real browser (issue 23): Playwright for Python driving
Debian's Chromium against `plansim serve --port 0`.

Run by `make test-browser` (and so by `make test`). Prints one line per check and closes
with `browser: N passed, M failed`; exits 1 when a check failed. Where Chromium or
Playwright is missing it says so and exits 0 (CI installs both: .ci/run).

Environment: PLANSIM_BINARY (default Server/.build/debug/plansim, beside the server that
`make test` builds there), CHROMIUM (default
/usr/bin/chromium), SCREENSHOTS (a folder to keep zh and en screenshots in).
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.environ.get("PLANSIM_BINARY") or os.path.join(ROOT, "Server", ".build", "debug", "plansim")
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
PATHS = 1000
results = []


def check(name, condition, detail=""):
    results.append(bool(condition))
    print(("ok    " if condition else "FAIL  ") + name + ("" if condition else "  -- " + str(detail)), flush=True)


def start_server():
    """`plansim serve --port 0` in the repository (its scenarios/ one click away); the URL is its first line."""
    server = subprocess.Popen([BINARY, "serve", "--port", "0", "--paths", str(PATHS)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = server.stdout.readline().strip()
    if not line.startswith("http://127.0.0.1:"):
        server.kill()
        raise SystemExit("plansim serve did not print its address first: %r %s" % (line, server.stderr.read()))
    return server, line


def probabilities(page):
    return page.eval_on_selector_all("[data-target]", "els => els.map(e => [e.dataset.target, e.dataset.targetYear, e.dataset.probability])")


def wait_ready(page, timeout=90000):
    page.wait_for_function("document.body.dataset.state === 'ready'", timeout=timeout)


def set_lever(page, lever, value):
    page.evaluate("""([id, v]) => { const i = document.querySelector(`[data-lever="${id}"]`);
                     i.value = v; i.dispatchEvent(new Event('input', {bubbles: true})); i.dispatchEvent(new Event('change', {bubbles: true})); }""",
                  [lever, str(value)])


def cli_probabilities(text, paths, seed):
    """`plansim run` of the text the page shows, at the page's paths and seed."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "page.scn")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        out = subprocess.run([BINARY, "run", path, "--paths", str(paths), "--seed", str(seed), "--json", "--no-inversion", "--quiet",
                              "--out", os.path.join(folder, "out")], capture_output=True, text=True, cwd=ROOT)
        if out.returncode != 0:
            raise AssertionError(out.stderr)
        document = json.loads(out.stdout)
    return [[t["indicator"], str(t["target_year"]), "" if t["probability"] is None else t["probability"]] for t in document["targets"]]


def same(page_numbers, cli_numbers):
    return len(page_numbers) == len(cli_numbers) and all(
        a[0] == b[0] and a[1] == b[1] and (a[2] == "" if b[2] == "" else float(a[2]) == b[2]) for a, b in zip(page_numbers, cli_numbers))


def main():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if os.environ.get("PLANSIM_REQUIRE_CLIENTS") == "1":
            print("browser: 0 passed, 1 failed (Playwright for Python is missing, and CI installs it: a broken setup)")
            return 1
        print("SKIPPED browser tests: Playwright for Python is not installed (pip install playwright)")
        return 0
    if not os.path.exists(CHROMIUM):
        print("SKIPPED browser tests: Chromium is not installed (apt-get install chromium fonts-wqy-microhei)")
        return 0
    server, url = start_server()
    errors = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
            page = context.new_page()
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(url)
            wait_ready(page)
            check("the page loads in Chinese and draws every target",
                  page.inner_text("h2") == "情景杠杆" and len(probabilities(page)) > 0, page.inner_text("h2"))
            levers = page.eval_on_selector_all("input[type=range][data-lever]", "els => els.length")
            check("levers are generated from the plan", levers >= 10, levers)
            before = probabilities(page)

            page.evaluate("() => { for (const f of document.querySelectorAll('#fans .fan')) f.plansimProbe = true; }")
            set_lever(page, "growth.industrial_output", 3)
            page.wait_for_function("document.getElementById('scenario-text').value.includes('add_factor 3%')")
            wait_ready(page)
            after = probabilities(page)
            moved = [a for a, b in zip(after, before) if a[0] == "industrial_output"][0][2] != [b for b in before if b[0] == "industrial_output"][0][2]
            check("moving a lever changes the probabilities", moved and after != before, (before, after))
            kept = page.evaluate("() => [...document.querySelectorAll('#fans .fan')].filter(f => f.plansimProbe).map(f => f.plansimId)")
            fans = page.evaluate("document.querySelectorAll('#fans .fan').length")
            check("a lever's move redraws only the charts it reaches", 0 < len(kept) < fans and "fan:industrial_output" not in kept, (kept, fans))
            fresh = page.evaluate("""() => { const fresh = new Map(targetItems(S.result).concat(fanItems(S.result)).map(i => [i.id, i.make().outerHTML]));
                                            const shown = [...document.querySelectorAll('#targets > *, #fans > *')];
                                            return shown.length === fresh.size && shown.every(n => fresh.get(n.plansimId) === n.outerHTML); }""")
            check("every card and chart shown is what the full pass draws afresh", fresh)
            text = page.input_value("#scenario-text")
            paths, seed = page.evaluate("[document.body.dataset.paths, document.body.dataset.seed]")
            cli = cli_probabilities(text, paths, seed)
            check("the page's numbers equal `plansim run` of its text", same(after, cli), (after, cli))

            if os.environ.get("SCREENSHOTS"):
                os.makedirs(os.environ["SCREENSHOTS"], exist_ok=True)
                page.screenshot(path=os.path.join(os.environ["SCREENSHOTS"], "serve-zh.png"), full_page=True)

            link = page.url
            page.goto("about:blank")
            page.goto(link)
            wait_ready(page)
            check("reopening the URL restores the same numbers", probabilities(page) == after and page.input_value("#scenario-text") == text,
                  (probabilities(page), after))

            edited = text.replace("\n}", "\n    shock retail_sales -12% in 2023\n}")
            page.fill("#scenario-text", edited)
            page.wait_for_function("document.querySelector('[data-lever=\"shock.retail_sales\"]').value === '-12'", timeout=30000)
            wait_ready(page)
            year = page.input_value("[data-lever=shock_year]")
            check("editing the text moves the levers", year == "2023", year)

            page.fill("#scenario-text", edited.replace("retail_sales -12%", "retail_salez -12%"))
            page.wait_for_function("document.getElementById('diagnostics').textContent.includes('E012')", timeout=30000)
            check("a text that does not check shows a located diagnostic", "第" in page.inner_text("#diagnostics"), page.inner_text("#diagnostics"))
            page.fill("#scenario-text", edited)
            wait_ready(page)

            page.select_option("#export-format", "pdf")
            with page.expect_download(timeout=120000) as download:
                page.click("#export")
            saved = download.value.path()
            with open(saved, "rb") as f:
                check("the briefing exports as PDF", f.read(5) == b"%PDF-", download.value.suggested_filename)

            page.click("#pin")
            set_lever(page, "growth.retail_sales", -2)
            page.wait_for_function("document.getElementById('scenario-text').value.includes('retail_sales add_factor -2%')")
            wait_ready(page)
            pinned = page.eval_on_selector_all("[data-target] .compare", "els => els.map(e => e.dataset.compareProbability)")
            check("a pinned state is compared with the current one", len(pinned) == len(probabilities(page)) and
                  [x[2] for x in probabilities(page) if x[0] == "retail_sales"] != [p for p, x in zip(pinned, probabilities(page)) if x[0] == "retail_sales"],
                  pinned)

            page.click("#lang-toggle")
            check("the English toggle switches the page", page.inner_text("h2") == "Levers", page.inner_text("h2"))
            if os.environ.get("SCREENSHOTS"):
                page.screenshot(path=os.path.join(os.environ["SCREENSHOTS"], "serve-en.png"), full_page=True)
            check("no console errors", not errors, errors)
            browser.close()
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    failed = results.count(False)
    print("browser: %d passed, %d failed" % (len(results) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
