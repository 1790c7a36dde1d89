extension PageScript {
    /// Drawing a result: a card per target (probability as a fraction in
    /// `data-probability`, risk colour, needed vs forecast growth) and a fan chart per
    /// indicator (P10–P90, median, the baseline's median as a ghost, history, target);
    /// only the cards and charts whose figures changed are drawn again.
    static let render = #"""
        const SVGNS = "http://www.w3.org/2000/svg";
        function pct(x, digits) { return (x * 100).toFixed(digits === undefined ? 1 : digits) + "%"; }
        function risk(p) { return p >= 0.8 ? "good" : p >= 0.5 ? "watch" : "risk"; }
        function planIndicator(id) { return S.plan.indicators.find(i => i.id === id) || { id, name_zh: id, name_en: id, unit_zh: "", unit_en: "", history: [] }; }
        // Draws `result` of change `generation` (the pass's; none when the language or the pin
        // changed) and returns when the drawing began and ended (performance.now(), ms). Only what
        // changed is redrawn: a card or chart whose figures are those on screen stays as it is; and
        // on a quick pass, one whose figures equal the previous quick pass's (the same paths and seed:
        // the lever does not reach it) keeps the full pass's figures on screen.
        function renderResult(result, generation) {
          const drawStart = performance.now();
          const items = targetItems(result).concat(fanItems(result));
          const quick = result.paths !== S.paths;
          let keep = new Set();
          if (quick && generation !== undefined && S.lastQuick && S.lastQuick.generation === S.drawnGeneration)
            keep = new Set(items.filter(i => S.lastQuick.keys.get(i.id) === i.key).map(i => i.id));
          place(document.getElementById("targets"), items.filter(i => i.box === "targets"), keep);
          place(document.getElementById("fans"), items.filter(i => i.box === "fans"), keep);
          if (generation !== undefined) S.drawnGeneration = generation;
          if (quick && generation !== undefined) noteQuick(result, generation, items);
          const at = performance.now();
          window.plansimLastDraw = { at, paths: result.paths };  // read by Benchmarks/serve_latency.py
          return { drawStart, at };
        }
        // A quick pass's figures by card, to tell on the next quick pass what the lever reached.
        function noteQuick(result, generation, items) {
          S.lastQuick = { generation, keys: new Map((items || targetItems(result).concat(fanItems(result))).map(i => [i.id, i.key])) };
        }
        // Puts `items` ({id, key, make}) into `box` in order: a node already there with the same id
        // stays when its key (figures) is the item's, or the id is in `keep`, and the view (language,
        // pinned state) is the same; any other is made afresh.
        function place(box, items, keep) {
          const view = S.lang + "|" + S.pinVersion;
          const old = new Map(); for (const node of box.children) old.set(node.plansimId, node);
          let k = 0;
          for (const item of items) {
            let node = old.get(item.id);
            if (!node || node.plansimView !== view || (node.plansimKey !== item.key && !keep.has(item.id))) {
              node = item.make(); node.plansimId = item.id; node.plansimKey = item.key; node.plansimView = view;
            }
            if (box.children[k] !== node) box.insertBefore(node, box.children[k] || null);
            k++;
          }
          while (box.children.length > k) box.lastChild.remove();
        }
        function targetItems(result) {
          return (result.targets || []).map(target => ({ box: "targets", id: "target:" + target.indicator + ":" + target.target_year,
                                                         key: JSON.stringify(target), make: () => targetCard(target) }));
        }
        function targetCard(target) {
          const ind = planIndicator(target.indicator);
          const ended = target.probability === null || target.probability === undefined;
          const card = el("div", { class: "target " + (ended ? "ended" : risk(target.probability)), "data-target": target.indicator,
                                   "data-target-year": target.target_year, "data-probability": ended ? "" : String(target.probability) });
          card.appendChild(el("div", { class: "name" }, indicatorName(ind) + (S.lang === "zh" ? "（" + target.target_year + "年）" : " (" + target.target_year + ")")));
          card.appendChild(el("div", { class: "prob" }, ended ? (target.status || t("ended")) : pct(target.probability)));
          const goal = (S.lang === "zh" ? "目标 " : "target ") + figure(target.target) + " " + unitName(ind) + (S.lang === "zh" ? "，中位数 " : ", median ") + figure(target.median);
          card.appendChild(el("div", { class: "delta" }, goal));
          if (target.required_growth !== null && target.required_growth !== undefined && target.simulated_growth !== null && target.simulated_growth !== undefined)
            card.appendChild(el("div", { class: "growth" }, t("needed") + " " + pct(target.required_growth, 2) + (S.lang === "zh" ? "，" : ", ") + t("forecast") + " " + pct(target.simulated_growth, 2)));
          const pinned = S.pinned && (S.pinned.targets || []).find(x => x.indicator === target.indicator && x.target_year === target.target_year);
          if (pinned && !ended && pinned.probability !== null && pinned.probability !== undefined) {
            const d = (target.probability - pinned.probability) * 100;
            card.appendChild(el("div", { class: "compare", "data-compare-probability": String(pinned.probability) },
                                t("compared", { p: pct(pinned.probability), d: t(Math.abs(d) < 0.05 ? "same" : d > 0 ? "higher" : "lower", { d: Math.abs(d).toFixed(1) }) })));
          }
          return card;
        }
        // Two to five round values between lo and hi (steps of 1, 2, 2.5 or 5 times a power of ten), and their labels.
        function niceTicks(lo, hi) {
          if (!(hi - lo > Math.abs(hi) * 1e-9)) return { values: [lo], label: figure };
          const raw = (hi - lo) / 4;
          const power = Math.pow(10, Math.floor(Math.log10(raw)));
          const step = [1, 2, 2.5, 5, 10].map(m => m * power).find(s => s >= raw * 0.999);
          const decimals = Math.max(0, -Math.floor(Math.log10(step)) + (step / power === 2.5 ? 1 : 0));
          const values = [];
          for (let k = Math.ceil(lo / step); k * step <= hi + step * 1e-9; k++) values.push(k * step);
          return { values, label: v => v.toFixed(decimals) };
        }
        // A figure as the cards show it: three significant digits, whole numbers from 1,000 up.
        function figure(v) { return Math.abs(v) >= 1000 ? String(Math.round(v)) : String(Number(v.toPrecision(3))); }
        function svg(tag, attrs) { const e = document.createElementNS(SVGNS, tag); for (const k in attrs) e.setAttribute(k, attrs[k]); return e; }
        function fanItems(result) {
          const ghosts = {};
          for (const m of (result.baseline && result.baseline.medians) || []) (ghosts[m.indicator] = ghosts[m.indicator] || []).push([m.year, m.p50]);
          const items = [];
          for (const series of result.indicators || []) {
            const years = series.years.filter(y => y.p10 !== null && y.p90 !== null && y.p50 !== null);
            if (years.length === 0) continue;
            const ghost = (ghosts[series.indicator] || []).filter(g => g[1] !== null);
            const marks = (result.targets || []).filter(x => x.indicator === series.indicator && x.kind === "level").map(m => [m.target_year, m.target]);
            items.push({ box: "fans", id: "fan:" + series.indicator, key: JSON.stringify([years, ghost, marks]),
                         make: () => fanCard(planIndicator(series.indicator), years, ghost, marks) });
          }
          return items;
        }
        // A chart title's unit: in brackets, or after a comma when it has brackets of its own ("t (as printed)").
        function withUnit(unit) {
          if (!unit) return "";
          if (S.lang === "zh") return /[（(]/.test(unit) ? "，" + unit : "（" + unit + "）";
          return /[(]/.test(unit) ? ", " + unit : " (" + unit + ")";
        }
        // The fan chart of `ind`: P10–P90 band and median of `years`, the baseline's median `ghost`
        // ([year, p50]), six years of history and the level targets `marks` ([year, target]).
        function fanCard(ind, years, ghost, marks) {
          const history = (ind.history || []).filter(h => h[1] !== null && h[0] >= years[0].year - 6 && h[0] < years[0].year);
          const xs = years.map(y => y.year).concat(history.map(h => h[0]));
          const ys = years.flatMap(y => [y.p10, y.p90]).concat(history.map(h => h[1]), ghost.map(g => g[1]), marks.map(m => m[1]));
          const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
          let [y0, y1] = [Math.min(...ys), Math.max(...ys)]; const pad = (y1 - y0) * 0.06 || 1; y0 -= pad; y1 += pad;
          const [w, h, l, r, top, bottom] = [340, 190, 46, 10, 8, 22];
          const X = x => l + (x - x0) / Math.max(x1 - x0, 1) * (w - l - r);
          const Y = y => top + (y1 - y) / (y1 - y0) * (h - top - bottom);
          const chart = svg("svg", { viewBox: "0 0 " + w + " " + h, role: "img", "data-fan": ind.id });
          chart.appendChild(svg("line", { class: "axis", x1: l, y1: h - bottom, x2: w - r, y2: h - bottom }));
          chart.appendChild(svg("line", { class: "axis", x1: l, y1: top, x2: l, y2: h - bottom }));
          const ticks = niceTicks(y0 + pad, y1 - pad);
          for (const v of ticks.values) {
            chart.appendChild(svg("line", { class: "grid", x1: l, y1: Y(v), x2: w - r, y2: Y(v) }));
            const label = svg("text", { x: l - 4, y: Y(v) + 3, "text-anchor": "end" }); label.textContent = ticks.label(v); chart.appendChild(label);
          }
          for (const year of [x0, Math.round((x0 + x1) / 2), x1]) {
            const label = svg("text", { x: X(year), y: h - 6, "text-anchor": "middle" }); label.textContent = String(year); chart.appendChild(label);
          }
          const band = years.map(y => X(y.year) + "," + Y(y.p90)).concat(years.slice().reverse().map(y => X(y.year) + "," + Y(y.p10)));
          chart.appendChild(svg("polygon", { class: "band", points: band.join(" ") }));
          if (ghost.length) chart.appendChild(svg("polyline", { class: "ghost", points: ghost.map(g => X(g[0]) + "," + Y(g[1])).join(" ") }));
          chart.appendChild(svg("polyline", { class: "median", points: years.map(y => X(y.year) + "," + Y(y.p50)).join(" ") }));
          if (history.length) chart.appendChild(svg("polyline", { class: "history", points: history.map(p => X(p[0]) + "," + Y(p[1])).join(" ") }));
          for (const p of history) chart.appendChild(svg("circle", { class: "history-point", cx: X(p[0]), cy: Y(p[1]), r: 2 }));
          for (const m of marks) chart.appendChild(svg("circle", { class: "target-mark", cx: X(m[0]), cy: Y(m[1]), r: 4 }));
          const card = el("div", { class: "fan" });
          card.appendChild(el("h3", {}, indicatorName(ind) + withUnit(unitName(ind))));
          card.appendChild(chart);
          return card;
        }

        """#
}
