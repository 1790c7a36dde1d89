extension PageScript {
    /// Levers from the plan: each indicator's plan-period growth adjustment and one-off shock,
    /// the shocks' year and (for a plan with a linked core) the investment path. A lever
    /// writes one statement into the scenario text; text statements of these forms move
    /// the levers. Every other line of the text is kept as written.
    static let levers = #"""
        const RX = {
          growth: /^\s*assume\s+([A-Za-z_]\w*)\s+add_factor\s+(-?\d+(?:\.\d+)?)%\s+over\s+(\d{4})\.\.(\d{4})\s*(?:#.*)?$/,
          shock: /^\s*shock\s+([A-Za-z_]\w*)\s+([-+]?\d+(?:\.\d+)?)%\s+in\s+(\d{4})\s*(?:#.*)?$/,
          invest: /^\s*prior\s+linked\s+investment_growth_plan\s+normal\(\s*(-?\d+(?:\.\d+)?)%\s*,\s*(\d+(?:\.\d+)?)%\s*\)\s*(?:#.*)?$/
        };
        function indicatorName(ind) { return S.lang === "zh" ? ind.name_zh : ind.name_en; }
        function unitName(ind) { return S.lang === "zh" ? ind.unit_zh : ind.unit_en; }
        function lever(id) { return S.levers.find(l => l.id === id); }
        function fmt(v) { return String(Math.round(v * 100) / 100); }
        function makeLever(box, spec) {
          const wrap = el("div", { class: "lever" });
          const label = el("label", { for: "lever-" + spec.id });
          label.appendChild(el("span", {}, spec.label));
          label.appendChild(el("span", { class: "unit" }, spec.unit));
          const input = el("input", { type: "range", id: "lever-" + spec.id, "data-lever": spec.id, min: spec.min, max: spec.max, step: spec.step, value: spec.value,
                                      "aria-label": spec.label });
          const words = el("div", { class: "words" });
          wrap.append(label, input, words); box.appendChild(wrap);
          const l = Object.assign({ input, words, wrap, set: false, sd: 3 }, spec);
          input.addEventListener("input", () => { l.set = true; leverMoved(); });
          S.levers.push(l);
        }
        function buildLevers() {
          const box = document.getElementById("levers"); box.textContent = ""; S.levers = [];
          const [p0, p1] = S.plan.period;
          box.appendChild(el("div", { class: "lever-group" }, t("growthGroup")));
          for (const ind of S.plan.indicators)
            makeLever(box, { id: "growth." + ind.id, kind: "growth", indicator: ind.id, label: indicatorName(ind), unit: t("pp"), min: -5, max: 5, step: 0.5, value: 0, fallback: 0 });
          box.appendChild(el("div", { class: "lever-group" }, t("shockGroup")));
          makeLever(box, { id: "shock_year", kind: "shockYear", label: t("shockYear"), unit: "", min: p0, max: p1, step: 1, value: Math.min(p0 + 1, p1), fallback: Math.min(p0 + 1, p1) });
          for (const ind of S.plan.indicators)
            makeLever(box, { id: "shock." + ind.id, kind: "shock", indicator: ind.id, label: indicatorName(ind), unit: "%", min: -30, max: 20, step: 1, value: 0, fallback: 0 });
          if (S.plan.linked) {
            box.appendChild(el("div", { class: "lever-group" }, t("investGroup")));
            makeLever(box, { id: "investment_growth_plan", kind: "invest", label: t("invest"), unit: "%", min: 0, max: 40, step: 1, value: 25, fallback: 25 });
          }
        }
        function leverWords(l) {
          const v = Number(l.input.value);
          if (l.kind === "growth") return v === 0 ? t("unchanged") : t("growthWords", { d: v > 0 ? t("up") : t("down"), v: fmt(Math.abs(v)) });
          if (l.kind === "shock") return v === 0 ? t("unchanged") : t("shockWords", { y: lever("shock_year").input.value, d: v > 0 ? t("shockUp") : t("shockDown"), v: fmt(Math.abs(v)) });
          if (l.kind === "shockYear") return t("shockYearWords", { y: v });
          return l.set ? t("investWords", { v: fmt(v), sd: fmt(l.sd) }) : t("investDefault");
        }
        function refreshWords() {
          for (const l of S.levers) {
            l.words.textContent = leverWords(l);
            const active = l.kind === "invest" ? l.set : l.kind === "shockYear" ? false : Number(l.input.value) !== 0;
            l.wrap.classList.toggle("set", active);
          }
        }
        // The lines of `text` the levers own, by index, with what they say.
        function leverLines(text) {
          const ids = new Set(S.plan.indicators.map(i => i.id));
          const [p0, p1] = S.plan.period;
          const found = []; const seen = new Set(); let year = null;
          text.split("\n").forEach((line, index) => {
            let m = line.match(RX.growth);
            if (m && ids.has(m[1]) && Number(m[3]) === p0 && Number(m[4]) === p1 && !seen.has("growth." + m[1])) {
              seen.add("growth." + m[1]); found.push({ index, id: "growth." + m[1], value: Number(m[2]) }); return;
            }
            m = line.match(RX.shock);
            if (m && ids.has(m[1]) && !seen.has("shock." + m[1]) && Number(m[3]) >= p0 && Number(m[3]) <= p1 && (year === null || Number(m[3]) === year)) {
              year = Number(m[3]); seen.add("shock." + m[1]); found.push({ index, id: "shock." + m[1], value: Number(m[2]) }); return;
            }
            m = line.match(RX.invest);
            if (m && S.plan.linked && !seen.has("invest")) { seen.add("invest"); found.push({ index, id: "investment_growth_plan", value: Number(m[1]), sd: Number(m[2]) }); }
          });
          return { found, year };
        }
        // The text moved the levers: each to what the text says, or its default.
        function leversFromText(text) {
          for (const l of S.levers) { l.input.value = l.fallback; l.set = false; }
          const { found, year } = leverLines(text);
          if (year !== null) lever("shock_year").input.value = year;
          for (const f of found) {
            const l = lever(f.id); if (!l) continue;
            if (f.value < Number(l.input.min)) l.input.min = Math.floor(f.value);
            if (f.value > Number(l.input.max)) l.input.max = Math.ceil(f.value);
            l.input.value = f.value; l.set = true; if (f.sd !== undefined) l.sd = f.sd;
          }
          refreshWords();
        }
        // The levers moved the text: their lines replaced, every other line kept.
        function textFromLevers(text) {
          const { found } = leverLines(text);
          const owned = new Set(found.map(f => f.index));
          const lines = text.split("\n").filter((_, i) => !owned.has(i));
          const [p0, p1] = S.plan.period;
          const year = lever("shock_year").input.value;
          const statements = [];
          for (const l of S.levers) {
            const v = Number(l.input.value);
            if (l.kind === "growth" && v !== 0) statements.push("    assume " + l.indicator + " add_factor " + fmt(v) + "% over " + p0 + ".." + p1);
            if (l.kind === "shock" && v !== 0) statements.push("    shock " + l.indicator + " " + fmt(v) + "% in " + year);
            if (l.kind === "invest" && l.set) statements.push("    prior linked investment_growth_plan normal(" + fmt(v) + "%, " + fmt(l.sd) + "%)");
          }
          let close = -1;
          for (let i = lines.length - 1; i >= 0; i--) if (lines[i].trim() === "}") { close = i; break; }
          if (close < 0) return lines.concat(statements).join("\n");
          return lines.slice(0, close).concat(statements, lines.slice(close)).join("\n");
        }
        // A lever moved: the text follows and the run starts at once (no debounce: a drag's next
        // move aborts this run, here and on the server).
        function leverMoved() {
          refreshWords();
          textArea().value = textFromLevers(textArea().value);
          showDiagnostics([]);
          document.body.dataset.state = "pending";  // numbers on screen are no longer the text's
          recompute(false);
        }
        function renderNamed() {
          const nav = document.getElementById("named-scenarios"); nav.textContent = "";
          for (const n of S.named) {
            const titles = [...n.text.matchAll(/title\s+"([^"]*)"\s+"([^"]*)"/g)];
            const last = titles[titles.length - 1];
            const button = el("button", { type: "button", "data-scenario": n.name }, last ? (S.lang === "zh" ? last[1] : last[2]) : n.name);
            button.title = n.name + ".scn";
            button.addEventListener("click", () => {
              for (const b of nav.querySelectorAll("button")) b.classList.toggle("active", b === button);
              textArea().value = n.text; showDiagnostics([]); leversFromText(n.text); recompute(false);
            });
            nav.appendChild(button);
          }
        }

        """#
}
