/// The page's script (our own, no framework), in three parts: ``core`` (state, words,
/// the API with cancellation, progressive refinement, the URL), ``levers`` (levers
/// generated from the plan, kept in step with the scenario text both ways) and
/// ``render`` (targets and fan charts). Contract with the browser tests: each lever is an
/// `<input type="range" data-lever="ID">`; each target an element with
/// `data-target="INDICATOR"` and `data-probability` (a fraction); `body[data-state]` is
/// `ready` once the full pass is drawn (`pending` from the moment a lever or the text changes), with `data-paths` and `data-seed` of that pass.
enum PageScript {
    static let core = #"""
        "use strict";
        const S = { plan: null, page: null, lang: "zh", levers: [], result: null, runId: 0, controllers: [], checkTimer: null,
                    initialText: "", paths: 2000, seed: 0, quick: 300, named: [], warned: "", pinned: null, pinVersion: 0,
                    drawnGeneration: null, lastQuick: null,
                    client: Math.random().toString(36).slice(2) + Date.now().toString(36) };
        const params = new URLSearchParams(location.search);
        const token = params.get("token");
        const W = {
          zh: { copy: "复制链接", reset: "重置", export: "导出简报", named: "现成情景：", levers: "情景杠杆", text: "情景文本（情景语言，可直接编辑）",
                targets: "目标达成概率", fans: "预测区间图", legend: "绿色：概率不低于80%；黄色：50%至80%；红色：低于50%。",
                fanLegend: "蓝色带：P10–P90；深蓝线：中位数；灰色虚线：基准情景中位数；黑线：历史；红点：目标。",
                quick: "粗算中（{n} 条路径）……", full: "精算中（{n} 条路径）……", done: "已按 {n} 条路径、种子 {s} 算出。", busy: "服务器正忙，请稍候再试。",
                failed: "运行失败：", copied: "链接已复制。", copyFallback: "请复制地址栏中的链接：", exporting: "正在生成简报……", exported: "简报已下载（{f}）。",
                checkFailed: "情景文本未通过检查，数字保持上一次结果：", line: "第{l}行第{c}列", help: "提示：", needed: "需年均增长", forecast: "预测年均增长",
                ended: "目标年份已过", growthGroup: "规划期增速调整（每年，百分点）", shockGroup: "一次性冲击（对当年水平）", investGroup: "投资路径",
                growthWords: "规划期每年增速{d}{v}个百分点", unchanged: "不变（按模型）", up: "上调", down: "下调",
                shockWords: "{y}年水平{d}{v}%", shockUp: "上升", shockDown: "下降", shockYear: "冲击年份", shockYearWords: "冲击发生在{y}年",
                invest: "规划期投资年均增速", investWords: "规划期投资年均增长{v}%（标准差{sd}个百分点）", investDefault: "按规划（未设定）",
                version: "版本不一致：链接由 plansim {a} 生成，本服务器为 {b}，数字可能不同。", planDiffers: "链接来自另一份规划，不是本服务器的《{b}》。",
                footer: "《{p}》 · 每次改动同时以少量路径粗算、以完整路径精算，粗算先显示；同一种子结果逐位相同。", footerAnnex: "技术附录：plansim {v}，规划文件 {f}", pp: "个百分点",
                pin: "固定为对比", unpin: "取消对比", compared: "对比状态：{p}（当前{d}）", same: "与之相同", higher: "高出{d}个百分点", lower: "低{d}个百分点" },
          en: { copy: "Copy link", reset: "Reset", export: "Export briefing", named: "Named scenarios:", levers: "Levers", text: "Scenario text (the scenario language; edit freely)",
                targets: "Probability of meeting each target", fans: "Forecast fans", legend: "Green: 80% or more; amber: 50% to 80%; red: below 50%.",
                fanLegend: "Blue band: P10–P90; dark line: median; grey dashes: baseline median; black: history; red dot: target.",
                quick: "Quick pass ({n} paths)…", full: "Full pass ({n} paths)…", done: "Computed with {n} paths, seed {s}.", busy: "The server is busy; try again in a moment.",
                failed: "The run failed: ", copied: "Link copied.", copyFallback: "Copy the link from the address bar: ", exporting: "Making the briefing…", exported: "Briefing downloaded ({f}).",
                checkFailed: "The scenario text does not check; the numbers are the last run's: ", line: "line {l}, column {c}", help: "help: ", needed: "needs", forecast: "forecast",
                ended: "target year has passed", growthGroup: "Plan-period growth adjustment (a year, percentage points)", shockGroup: "One-off shocks (to the year's level)", investGroup: "Investment path",
                growthWords: "growth {d} by {v} points a year over the plan period", unchanged: "unchanged (the model's)", up: "raised", down: "lowered",
                shockWords: "level {d} {v}% in {y}", shockUp: "up", shockDown: "down", shockYear: "Shock year", shockYearWords: "shocks hit in {y}",
                invest: "Plan-period investment growth", investWords: "investment grows {v}% a year over the plan period (sd {sd} points)", investDefault: "as planned (not set)",
                version: "Version differs: the link was made by plansim {a}, this server is {b}; numbers may differ.", planDiffers: "The link was made for another plan, not this server's {b}.",
                footerAnnex: "Technical annex: plansim {v}, plan file {f}", footer: "{p} · each change runs a quick pass with few paths and the full count at once, the quick one shown first; the same seed gives the same numbers, bit for bit.", pp: "points",
                pin: "Pin for comparison", unpin: "Clear comparison", compared: "pinned state: {p} (now {d})", same: "the same", higher: "{d} points higher", lower: "{d} points lower" }
        };
        function t(key, vars) {
          let s = (W[S.lang] || W.zh)[key] || key;
          for (const k in vars || {}) s = s.split("{" + k + "}").join(String(vars[k]));
          return s;
        }
        function el(tag, attrs, text) {
          const e = document.createElement(tag);
          for (const k in attrs || {}) e.setAttribute(k, attrs[k]);
          if (text !== undefined) e.textContent = text;
          return e;
        }
        // The status line; `annex` (a file name, say) only in its tooltip.
        function status(text, annex) { const e = document.getElementById("status"); e.textContent = text; e.title = annex || ""; }
        function headers() { const h = { "Content-Type": "application/json" }; if (token) h["X-Plansim-Token"] = token; return h; }
        function send(path, body, signal) {
          return fetch(path, body === undefined ? { headers: headers(), signal }
                                                : { method: "POST", headers: headers(), body: JSON.stringify(body), signal });
        }
        async function readJSON(response) {
          const json = await response.json();
          if (!response.ok) { const e = new Error((json.error && json.error[S.lang]) || response.statusText); e.status = response.status; e.body = json; throw e; }
          return json;
        }
        async function api(path, body, signal) {
          const response = await send(path, body, signal);
          return path === "/api/report" && response.ok ? response : readJSON(response);
        }
        // A live run with its times (ms, performance.now()): sent, the server's phases from its
        // Server-Timing header, and the JSON parsed; logged in window.plansimTimings (the last 200)
        // for Benchmarks/serve_latency.py, which splits a lever's move into server, network and redraw.
        async function live(body, signal) {
          const sent = performance.now();
          const response = await send("/api/live", body, signal);
          const result = await readJSON(response);
          const server = {};
          for (const part of (response.headers.get("Server-Timing") || "").split(",")) {
            const m = part.trim().match(/^([\w-]+);dur=([\d.]+)/);
            if (m) server[m[1]] = Number(m[2]);
          }
          const timing = { generation: body.generation, paths: body.paths, sent, parsed: performance.now(), server };
          const log = window.plansimTimings = window.plansimTimings || [];
          log.push(timing); if (log.length > 200) log.shift();
          return { result, timing };
        }
        function encodeText(text) {
          const bytes = new TextEncoder().encode(text); let bin = "";
          for (const b of bytes) bin += String.fromCharCode(b);
          return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
        }
        function decodeText(code) {
          const bin = atob(code.replace(/-/g, "+").replace(/_/g, "/"));
          return new TextDecoder().decode(Uint8Array.from(bin, c => c.charCodeAt(0)));
        }
        function stateURL() {
          const p = new URLSearchParams();
          if (token) p.set("token", token);
          p.set("plan", S.plan.name); p.set("v", S.plan.version); p.set("lang", S.lang);
          p.set("paths", String(S.paths)); p.set("seed", String(S.seed)); p.set("s", encodeText(textArea().value));
          return location.origin + location.pathname + "?" + p.toString();
        }
        function saveURL() { history.replaceState(null, "", stateURL()); }
        function textArea() { return document.getElementById("scenario-text"); }
        function cancelRuns() { for (const c of S.controllers) c.abort(); S.controllers = []; }

        // A change: the quick pass (few paths) and the full count start at once (`fullOnly`: the full
        // count alone); the quick one is drawn only while the full one is not yet. A newer change
        // aborts both here, and the server stops them at its next checkpoint (same client, newer generation).
        function recompute(fullOnly) {
          cancelRuns();
          const id = ++S.runId;
          const text = textArea().value;
          const passes = (fullOnly || S.quick >= S.paths) ? [S.paths] : [S.quick, S.paths];
          document.body.dataset.state = "running";
          status(t(passes.length > 1 ? "quick" : "full", { n: passes[0].toLocaleString() }));
          let fullDrawn = false, failed = false;
          for (const n of passes) {
            const controller = new AbortController(); S.controllers.push(controller);
            live({ scenario: text, paths: n, seed: S.seed, lang: S.lang, client: S.client, generation: id }, controller.signal).then(({ result, timing }) => {
              if (id !== S.runId || failed) return;
              if (fullDrawn) { if (n !== S.paths) noteQuick(result, id); return; }
              S.result = result; Object.assign(timing, renderResult(result, id));
              if (n !== S.paths) { status(t("full", { n: S.paths.toLocaleString() })); return; }
              fullDrawn = true;
              saveURL();
              document.body.dataset.paths = String(n); document.body.dataset.seed = String(S.seed);
              document.body.dataset.state = "ready";
              status(t("done", { n: n.toLocaleString(), s: S.seed }) + S.warned);
            }).catch(e => {
              if (e.name === "AbortError" || e.status === 409 || id !== S.runId || failed) return;
              failed = true; cancelRuns();
              if (e.body && e.body.diagnostics) showDiagnostics(e.body.diagnostics);
              status(e.status === 503 ? t("busy") : t("failed") + e.message);
              document.body.dataset.state = "error";
            });
          }
        }
        function showDiagnostics(list) {
          const box = document.getElementById("diagnostics");
          const errors = (list || []).filter(d => d.severity !== "warning");
          textArea().classList.toggle("invalid", errors.length > 0);
          box.textContent = errors.length === 0 ? "" : t("checkFailed") + "\n" + errors.slice(0, 5).map(d =>
            t("line", { l: d.line, c: d.column }) + " [" + d.id + "] " + d.message + (d.help ? "；" + t("help") + d.help : "")).join("\n");
          return errors.length === 0;
        }
        // The text was edited: check it, move the levers to it, run.
        function textEdited() {
          document.body.dataset.state = "pending";
          clearTimeout(S.checkTimer);
          S.checkTimer = setTimeout(async () => {
            const text = textArea().value;
            try {
              const checked = await api("/api/check", { scenario: text, lang: S.lang });
              if (text !== textArea().value) return;
              if (!showDiagnostics(checked.diagnostics)) { document.body.dataset.state = "invalid"; return; }
              leversFromText(text); recompute(false);
            } catch (e) { status(t("failed") + e.message); }
          }, 250);
        }
        // The plan's title in the page's language (its code name only when it has no title).
        function planTitle() { return (S.lang === "zh" ? S.plan.title_zh : S.plan.title_en) || S.plan.title_zh || S.plan.title_en || S.plan.name; }
        function applyLanguage() {
          document.documentElement.lang = S.lang === "zh" ? "zh-CN" : "en";
          for (const e of document.querySelectorAll("[data-i18n]")) e.textContent = t(e.dataset.i18n);
          document.getElementById("lang-toggle").textContent = S.lang === "zh" ? "English" : "中文";
          document.getElementById("pin").textContent = t(S.pinned ? "unpin" : "pin");
          document.getElementById("plan-title").textContent = planTitle();
          document.title = "plansim · " + document.getElementById("plan-title").textContent;
          const footer = document.getElementById("footer");
          footer.textContent = t("footer", { p: planTitle() });
          footer.title = t("footerAnnex", { v: S.plan.version, f: S.page.plan_file || S.plan.name });
          buildLevers(); leversFromText(textArea().value); renderNamed();
          if (S.result) renderResult(S.result);
          if (document.body.dataset.state === "ready") status(t("done", { n: S.paths.toLocaleString(), s: S.seed }) + S.warned);
        }
        async function exportBriefing() {
          const format = document.getElementById("export-format").value;
          status(t("exporting"));
          try {
            const response = await api("/api/report", { scenario: textArea().value, paths: S.paths, seed: S.seed, lang: S.lang, format });
            if (!response.ok) { const j = await response.json(); throw new Error(j.error ? j.error[S.lang] : response.statusText); }
            const name = ((response.headers.get("Content-Disposition") || "").match(/filename="([^"]+)"/) || [])[1] || "briefing." + format;
            const url = URL.createObjectURL(await response.blob());
            const a = el("a", { href: url, download: name }); document.body.appendChild(a); a.click(); a.remove();
            setTimeout(() => URL.revokeObjectURL(url), 10000);
            status(t("exported", { f: format.toUpperCase() }), name);
          } catch (e) { status(t("failed") + e.message); }
        }
        async function start() {
          const plan = await api("/api/plan");
          S.plan = plan; S.page = plan.page;
          S.lang = params.get("lang") === "en" || params.get("lang") === "zh" ? params.get("lang") : S.page.language;
          S.paths = Math.min(Math.max(parseInt(params.get("paths") || S.page.paths, 10) || S.page.paths, 1), S.page.max_paths);
          S.seed = params.has("seed") && /^\d+$/.test(params.get("seed")) ? Number(params.get("seed")) : S.page.seed;
          S.quick = Math.min(S.page.quick_paths, S.paths);
          S.initialText = S.page.initial_text || "";
          try { S.named = await api("/api/scenarios"); } catch (e) { S.named = []; }
          let text = S.initialText;
          if (params.has("s")) {
            try { text = decodeText(params.get("s")); } catch (e) { text = S.initialText; }
            if (params.get("v") && params.get("v") !== plan.version) S.warned = " " + t("version", { a: params.get("v"), b: plan.version });
            if (params.get("plan") && params.get("plan") !== plan.name) S.warned += " " + t("planDiffers", { b: planTitle() });
          }
          textArea().value = text;
          applyLanguage();
          textArea().addEventListener("input", textEdited);
          document.getElementById("lang-toggle").addEventListener("click", () => { S.lang = S.lang === "zh" ? "en" : "zh"; applyLanguage(); saveURL(); });
          document.getElementById("reset").addEventListener("click", () => { textArea().value = S.initialText; showDiagnostics([]); leversFromText(S.initialText); recompute(false); });
          document.getElementById("copy-link").addEventListener("click", async () => {
            const link = stateURL();
            try { await navigator.clipboard.writeText(link); status(t("copied")); } catch (e) { status(t("copyFallback") + link); }
          });
          document.getElementById("export").addEventListener("click", exportBriefing);
          document.getElementById("pin").addEventListener("click", () => {
            S.pinned = S.pinned || !S.result ? null : S.result; S.pinVersion++;
            document.getElementById("pin").textContent = t(S.pinned ? "unpin" : "pin");
            if (S.result) renderResult(S.result);
          });
          recompute(false);
        }
        start().catch(e => status(t("failed") + e.message));

        """#
}
