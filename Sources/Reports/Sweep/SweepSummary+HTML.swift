public import PlanData

extension SweepSummary {
    /// The title every sweep document opens with: what decides the measure.
    func title(_ l: Language) -> String {
        let measureName = measureName(l)
        return l == .zh ? "敏感性分析简报：哪些假设决定\(measureName)" : "Sensitivity briefing: what decides \(measureName)"
    }

    /// The line under the title: scenario, sweep, method, N and runs.
    func subtitle(_ l: Language) -> String {
        let method = SweepNames.method(self.method, language: l)
        let runsText =
            runs > 0
            ? (l == .zh ? "，共\(NumberFormat.chineseCount(runs))次运行" : ", \(NumberFormat.grouped(runs)) runs") : ""
        return l == .zh
            ? "情景 \(scenario) · 敏感性分析 \(sweep) · \(method)，N = \(NumberFormat.chineseCount(n))\(runsText)"
            : "Scenario \(scenario) · sweep \(sweep) · \(method), N = \(NumberFormat.grouped(n))\(runsText)"
    }

    /// The technical annex: the statistics' terms in plain words, then the sweep's code
    /// names, files and seed.
    func annex(_ l: Language) -> TechnicalAnnex {
        let zh = l == .zh
        let key = [
            TechnicalAnnex.Entry(
                term: zh ? "总效应 Sₜ" : "total effect Sₜ",
                meaning: zh
                    ? "该因素（连同它与其他因素的共同作用）可解释的结果变化的比例，0至1。"
                    : "the share of the outcome's variation a factor explains, with its interactions; 0 to 1."),
            TechnicalAnnex.Entry(
                term: zh ? "一阶 S₁" : "first order S₁",
                meaning: zh ? "该因素单独可解释的比例。" : "the share it explains on its own."),
            TechnicalAnnex.Entry(
                term: zh ? "方向（秩相关）" : "direction (rank correlation)",
                meaning: zh
                    ? "正值表示该因素越高结果越好，负值相反。"
                    : "positive: the higher the factor, the better the outcome; negative: the reverse."),
        ]
        // Each input's identifier in the scenario language, which the body leaves out.
        let ids = rows.map { "\(SweepNames.input($0.name, language: l))：`\($0.name)`" }.joined(
            separator: zh ? "；" : "; ")
        let inputs =
            rows.isEmpty
            ? []
            : [(zh ? "输入的标识：" : "Inputs' identifiers: ") + (zh ? ids : ids.replacingOccurrences(of: "：", with: ": "))]
        return TechnicalAnnex(language: l, key: key, reproduction: [subtitle(l)] + inputs + provenanceLines(l))
    }

    /// How to find and reproduce the result: the folder's files and the seed.
    func provenanceLines(_ l: Language) -> [String] {
        let zh = l == .zh
        var lines = [
            zh
                ? "指数与抽样：`indices.json`（全部指数）、`samples.npy` 与 `outputs.npy`（或 `--csv` 时的 `samples.csv` 与 `outputs.csv`），在本目录中。"
                : "Indices and samples: `indices.json` (every index), `samples.npy` and `outputs.npy` (or `samples.csv` and `outputs.csv` with `--csv`), in this folder."
        ]
        if let seed {
            lines.append(
                zh
                    ? "随机种子：\(seed)；同一情景、N 与种子得到相同的结果。"
                    : "Seed: \(seed); the same scenario, N and seed give the same result.")
        }
        lines.append(
            zh
                ? "重新生成本简报：`plansim report` 加本目录，可加 `--lang en`、`--format docx,pdf`。方法说明见 `docs/sweeps.md`。"
                : "Render this briefing again: `plansim report` with this folder, optionally `--lang zh` or `--format docx,pdf`. Methods: `docs/sweeps.md`."
        )
        return lines
    }

    /// The briefing page (`summary.html`): the summary in words, then the indices table,
    /// then the tornado chart, then provenance; self-contained (inline CSS and SVG) and
    /// printed on A4 portrait with the run briefing's print CSS (``HTMLStyle``): table on
    /// one page, names never broken.
    public func html(language l: Language) -> String {
        let zh = l == .zh, e = Markup.escape
        // Identifiers are code: the annex lists them (``annex(_:)``), the body names inputs in words.
        let table = displayTable(language: l, identifiers: false)
        var h = [
            "<!DOCTYPE html>", "<html lang=\"\(zh ? "zh-CN" : "en")\"><head><meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(e(title(l)))</title><style>\(HTMLStyle.css)\(Self.css)</style></head><body>",
        ]
        // The body's headings are numbered on from page one's.
        let leader = LeaderPage(sweep: self, language: l)
        var headings = BodyHeadings(after: leader, language: l)
        h += [
            leader.html(),
            "<section class=\"summary\"><h2>\(e(headings.next(zh ? "分析详情" : "The analysis in detail")))</h2>",
        ]
        h += paragraphs(language: l).map { "<p>\(HTMLReport.codeSpans(e($0)))</p>" }
        h.append("</section>")
        if !rows.isEmpty {
            h.append(
                "<section class=\"main\"><h2>\(e(headings.next(zh ? "各因素的影响指数" : "Indices of each factor")))</h2>"
            )
            h.append(
                "<table class=\"briefing sweep\"><thead><tr>" + table.headers.map { "<th>\(e($0))</th>" }.joined()
                    + "</tr></thead><tbody>")
            for row in table.rows {
                h.append(
                    "<tr>"
                        + row.enumerated().map { j, text -> String in
                            if j == 1 { return "<td class=\"name\">\(e(text))</td>" }
                            return table.textColumns.contains(j)
                                ? "<td>\(e(text))</td>" : "<td class=\"num\">\(e(text))</td>"
                        }.joined() + "</tr>")
            }
            h.append("</tbody></table><p class=\"note\">\(e(tableNote(language: l)))</p></section>")
            h.append(
                "<section class=\"charts\"><h2>\(e(headings.next(zh ? "各因素影响大小图" : "How much each factor matters")))</h2><figure class=\"wide\">\(tornadoSVG(language: l))</figure></section>"
            )
        }
        var annex = annex(l)
        annex.number = headings.next("")
        h.append(annex.html())
        h.append("</body></html>")
        return h.joined(separator: "\n") + "\n"
    }

    /// Additions to ``HTMLStyle/css`` for the sweep's table: identifiers small and grey,
    /// the chart printed at the width of the page's text.
    static let css = """
        table.sweep td.id code{font-size:85%;color:#555;background:none}table.sweep td{white-space:nowrap}
        @media print{table.sweep{font-size:8.4pt}section.charts{break-inside:avoid}}
        """
}
