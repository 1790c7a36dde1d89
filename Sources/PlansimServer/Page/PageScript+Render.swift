extension PageScript {
    /// Drawing a result: a card per target (probability as a fraction in
    /// `data-probability`, risk colour, needed vs forecast growth) and a fan chart per
    /// indicator (P10–P90, median, the baseline's median as a ghost, history, target).
    static let render = #"""
        const SVGNS = "http://www.w3.org/2000/svg";
        function pct(x, digits) { return (x * 100).toFixed(digits === undefined ? 1 : digits) + "%"; }
        function risk(p) { return p >= 0.8 ? "good" : p >= 0.5 ? "watch" : "risk"; }
        function planIndicator(id) { return S.plan.indicators.find(i => i.id === id) || { id, name_zh: id, name_en: id, unit_zh: "", unit_en: "", history: [] }; }
        function renderResult(result) {
          renderTargets(result); renderFans(result);
          window.plansimLastDraw = { at: performance.now(), paths: result.paths };  // read by Benchmarks/serve_latency.py
        }
        function renderTargets(result) {
          const box = document.getElementById("targets"); box.textContent = "";
          for (const target of result.targets || []) {
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
            box.appendChild(card);
          }
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
        function renderFans(result) {
          const box = document.getElementById("fans"); box.textContent = "";
          const ghosts = {};
          for (const m of (result.baseline && result.baseline.medians) || []) (ghosts[m.indicator] = ghosts[m.indicator] || []).push([m.year, m.p50]);
          for (const series of result.indicators || []) {
            const ind = planIndicator(series.indicator);
            const years = series.years.filter(y => y.p10 !== null && y.p90 !== null && y.p50 !== null);
            if (years.length === 0) continue;
            const history = (ind.history || []).filter(h => h[1] !== null && h[0] >= years[0].year - 6 && h[0] < years[0].year);
            const ghost = (ghosts[series.indicator] || []).filter(g => g[1] !== null);
            const marks = (result.targets || []).filter(x => x.indicator === series.indicator && x.kind === "level");
            const xs = years.map(y => y.year).concat(history.map(h => h[0]));
            const ys = years.flatMap(y => [y.p10, y.p90]).concat(history.map(h => h[1]), ghost.map(g => g[1]), marks.map(m => m.target));
            const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
            let [y0, y1] = [Math.min(...ys), Math.max(...ys)]; const pad = (y1 - y0) * 0.06 || 1; y0 -= pad; y1 += pad;
            const [w, h, l, r, top, bottom] = [340, 190, 46, 10, 8, 22];
            const X = x => l + (x - x0) / Math.max(x1 - x0, 1) * (w - l - r);
            const Y = y => top + (y1 - y) / (y1 - y0) * (h - top - bottom);
            const chart = svg("svg", { viewBox: "0 0 " + w + " " + h, role: "img", "data-fan": series.indicator });
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
            for (const m of marks) chart.appendChild(svg("circle", { class: "target-mark", cx: X(m.target_year), cy: Y(m.target), r: 4 }));
            const card = el("div", { class: "fan" });
            card.appendChild(el("h3", {}, indicatorName(ind) + (unitName(ind) ? (S.lang === "zh" ? "（" + unitName(ind) + "）" : " (" + unitName(ind) + ")") : "")));
            card.appendChild(chart); box.appendChild(card);
          }
        }

        """#
}
