import Foundation

/// A level and a yearly growth printed for the same target (`140` 亿元 in the 2025 column,
/// `12%` in 年均增长) must say the same thing: the growth from the base to the level lies
/// within the growth as printed, each figure read to its last printed digit (± half a
/// unit of it), with half a point more either side when either is `左右`. When they
/// disagree beyond that, a warning names both figures; both are kept (not a refusal).
enum LevelGrowthCheck {
    static func warning(
        name: String, unit: String, base: TableValue?, targets: [(year: Int, value: TableValue, column: Int)],
        baseYear: Int,
        growth: TableValue?, at cell: TableGrid.Cell, file: String
    ) -> InputIssue? {
        guard unit != "%", let b = base, let bv = b.value, bv > 0, let t = targets.first, let lv = t.value.value,
            lv > 0,
            !t.value.cumulative, !t.value.percent, let g = growth, let gv = g.value, !g.cumulative, !g.decline
        else { return nil }
        let n = Double(t.year - baseYear)
        guard n > 0 else { return nil }
        let hb = halfUnit(b.printed), hl = halfUnit(t.value.printed), hg = halfUnit(g.printed)
        let slack = (t.value.approximate || g.approximate) ? 0.5 : 0
        let low = (pow(max(lv - hl, 0) / (bv + hb), 1 / n) - 1) * 100,
            high = (pow((lv + hl) / max(bv - hb, 1e-300), 1 / n) - 1) * 100
        guard high < gv - hg - slack || low > gv + hg + slack else { return nil }
        let implied = (pow(lv / bv, 1 / n) - 1) * 100
        let shown = String(format: "%.2f", implied)
        return InputIssue(
            file: file, line: cell.row, column: cell.column, field: g.printed,
            message: Phrase(
                zh:
                    "「\(name)」的\(t.year)年目标 \(t.value.printed) \(unit) 与年均增长 \(g.printed) 不一致：由\(baseYear)年的 \(b.printed) 到 \(t.value.printed) 为年均 \(shown)%",
                en:
                    "\(name): the \(t.year) target \(t.value.printed) \(unit) and the yearly growth \(g.printed) disagree: \(b.printed) in \(baseYear) to \(t.value.printed) is \(shown)%/yr"
            ),
            help: Phrase(
                zh: "两者都已保留（目标取水平值）；请对照规划原文核实",
                en: "both are kept (the level is the target); check them against the printed plan"))
    }

    /// Half a unit of the last printed digit (`140` → 0.5, `6.5%` → 0.05).
    static func halfUnit(_ printed: String) -> Double {
        let s = TableValue.normalise(printed)
        guard let r = s.range(of: #"[0-9]+\.([0-9]+)"#, options: .regularExpression) else { return 0.5 }
        let decimals = s[r].split(separator: ".").last?.count ?? 0
        return 0.5 * pow(10, -Double(decimals))
    }
}
