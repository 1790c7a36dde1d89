import PlanData

extension SweepSummary {
    /// The indices table every sweep document shows, inputs ranked by importance: its
    /// header and, per input, cells as numbers (the workbook keeps them so) that
    /// ``BriefingTable/display(_:)`` shows with fixed decimals. Sobol': Sₜ and S₁ each with
    /// its 95 % half-width, the interaction share Sₜ − S₁, the rank correlation and the
    /// direction in words; Morris: μ*, μ, σ and the direction; with paths per sample the
    /// Monte Carlo standard error. The input's identifier comes last.
    struct Table {
        let headers: [String]
        let rows: [[BriefingTable.Cell]]
        /// Columns holding text (name, direction, identifier), the rest are numbers.
        let textColumns: Set<Int>
    }

    /// The table as people read it (HTML, Word): the rank correlation joined to the
    /// direction (`↓ −0.72`), the identifier column kept only when asked for.
    func displayTable(language l: Language, identifiers: Bool) -> (
        headers: [String], rows: [[String]], textColumns: Set<Int>
    ) {
        let t = table(language: l)
        let rank = t.headers.count - 3, last = t.headers.count - 1
        let keep = t.headers.indices.filter { $0 != rank && (identifiers || $0 != last) }
        let rows = zip(t.rows, self.rows).map { cells, r in
            // One minus sign (−) in every column, as the direction column writes it.
            keep.map { j in
                j == rank + 1 ? directionText(r, l) : OfficialForm.minusSigns(BriefingTable.display(cells[j]))
            }
        }
        let text = Set(keep.indices.filter { t.textColumns.contains(keep[$0]) })
        return (keep.map { t.headers[$0] }, rows, text)
    }

    func table(language l: Language) -> Table {
        let zh = l == .zh
        let noise = rows.contains { $0.mcError.isFinite }
        var headers = [zh ? "序号" : "No.", zh ? "输入" : "Input"]
        headers +=
            isMorris
            ? ["μ*", "μ", "σ"]
            : [
                zh ? "总效应指数" : "Total effect", zh ? "总效应±（95%）" : "Total ± (95%)", zh ? "单独作用指数" : "Effect alone",
                zh ? "单独作用±（95%）" : "Alone ± (95%)",
                zh ? "交互作用" : "Interaction",
            ]
        if noise { headers.append(zh ? "蒙特卡洛标准误" : "MC std. error") }
        headers += [zh ? "秩相关" : "Rank correlation", zh ? "方向" : "Direction", zh ? "标识" : "Identifier"]
        let cells = rows.enumerated().map { k, r -> [BriefingTable.Cell] in
            var c: [BriefingTable.Cell] = [.integer(k + 1), .text(SweepNames.input(r.name, language: l))]
            c +=
                isMorris
                ? [.fixed(r.main, decimals: 3), .fixed(r.first, decimals: 3), .fixed(r.sigma, decimals: 3)]
                : [
                    .fixed(r.main, decimals: 3), .fixed(r.mainConf, decimals: 3), .fixed(r.first, decimals: 3),
                    .fixed(r.firstConf, decimals: 3),
                    .fixed(r.main - r.first, decimals: 3),
                ]
            if noise { c.append(.fixed(r.mcError, decimals: 3)) }
            c += [.fixed(r.direction, decimals: 2), .text(directionWord(r, l)), .text(r.name)]
            return c
        }
        let count = headers.count
        return Table(headers: headers, rows: cells, textColumns: [1, count - 2, count - 1])
    }

    /// The direction in words: `上升` / `raises it`, `下降` / `lowers it`, `不明` / `unclear`, or `—`.
    func directionWord(_ r: Row, _ l: Language) -> String {
        let zh = l == .zh
        guard r.direction.isFinite else { return "—" }
        guard EffectDirection.isClear(r.direction, n: sampleCount) else { return zh ? "不明" : "unclear" }
        return r.direction > 0 ? (zh ? "↑ 上升" : "↑ raises it") : (zh ? "↓ 下降" : "↓ lowers it")
    }

    /// What the table's columns mean, for the note under it.
    func tableNote(language l: Language) -> String {
        let zh = l == .zh
        let indices =
            isMorris
            ? (zh
                ? "μ*：基本效应绝对值的平均（影响大小）；μ：基本效应的平均（带符号）；σ：基本效应的标准差（非线性或交互作用）。"
                : "μ*: mean absolute elementary effect (how much the input matters); μ: mean elementary effect (signed); σ: their spread (non-linearity or interactions).")
            : (zh
                ? "总效应指数：该因素（含与其他因素的共同作用）可解释的结果差异的比例；单独作用指数：该因素单独可解释的比例；交互作用：两者之差；±：95%区间的一半（术语见技术附录）。"
                : "Total effect: the share of the outcome's variation the factor explains, with its interactions; effect alone: the share it explains on its own; interaction: the difference; ±: half the 95% interval (terms in the technical annex).")
        let direction =
            zh
            ? "方向：按结果与该因素在各样本上的排序相关程度判断，正值表示提高该因素使结果上升；接近零（在两倍标准误之内）记为不明。"
            : "Direction: from how closely the outcome's rank follows the factor's over the samples; positive means raising the factor raises the outcome; near zero (within two standard errors) it reads as unclear."
        var note = indices + (zh ? "" : " ") + direction
        if rows.contains(where: { $0.first < 0 || $0.main < 0 }) {
            note +=
                zh
                ? "小的负值是零附近的抽样误差，表示该输入没有可测影响。"
                : " A small negative estimate is sampling noise around zero: the input has no measurable effect."
        }
        return note
    }
}
