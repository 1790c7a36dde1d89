import PlanData

/// The medians-and-differences table as printed (HTML and Word), laid out to fit the width
/// of an A4 portrait page: one group of rows per indicator (its name and unit once, then a
/// row per reported year), a column per scenario's median, then Δ and Δ% per other scenario.
/// The font shrinks from 9 pt to 6.5 pt until the columns fit; when they still do not,
/// scenarios are named by letters (A, B, …) in the headers with a key above the table, so
/// no name is ever broken; and when even that is too wide, only Δ% is shown.
struct ComparisonTable {
    struct Group {
        let name: String
        /// The unit, and for a period-sum indicator that its rows are yearly amounts.
        let note: String
        /// Per reported year: the year, the medians, then Δ and Δ% per other scenario.
        let rows: [[String]]
    }

    let headers: [String]
    let groups: [Group]
    /// "A = baseline, B = …" when the headers name scenarios by letter.
    let key: String?
    /// The font size in points.
    let size: Double
    /// Each column's share of the width (sums to 1).
    let shares: [Double]

    /// Width of one display column (a Latin character; a CJK one takes two) as a fraction of
    /// the font size, with slack for bold headers: Chromium's sans-serif, and the wider one
    /// LibreOffice falls back to where Calibri is missing.
    static let htmlUnit = 0.56, wordUnit = 0.66

    init(_ docs: [ReportDocument], language l: Language, width points: Double, unitWidth: Double) {
        let zh = l == .zh
        let ref = docs[0]
        let rows = ComparisonReport.rows(docs)
        var groups = ref.indicators.map { ind in
            let t = ref.targets.first { $0.indicator == ind.id }
            let note = ind.unit(l) + (t?.kind == "period_sum" ? (zh ? "，当年值" : ", yearly") : "")
            return Group(
                name: ind.name(l), note: note,
                rows: rows.filter { $0.indicator == ind.id }.map {
                    Array(ComparisonReport.cells($0, docs, language: l).dropFirst())
                })
        }
        // 差值 in Chinese: no Greek letter in the body (review s6 P3-1).
        let delta = zh ? "差值" : "Δ"
        func headerRow(_ label: (Int) -> String, differences: Bool) -> [String] {
            [zh ? "指标" : "Indicator", zh ? "年份" : "Year"]
                + docs.indices.map { "\(label($0))\n" + (zh ? "中位数" : "median") }
                + docs.indices.dropFirst().flatMap {
                    (differences ? ["\(delta)\n\(label($0))"] : []) + ["\(delta)%\n\(label($0))"]
                }
        }
        var layout = Self.layout(
            docs, language: l, headers: { headerRow($0, differences: true) }, body: Self.columns(groups),
            points: points, unitWidth: unitWidth)
        if !layout.fits {
            // Too many scenarios for A4: the absolute differences give way (the XLSX and CSV keep them).
            let n = docs.count
            groups = groups.map { g in
                Group(
                    name: g.name, note: g.note,
                    rows: g.rows.map { r in
                        r.enumerated().filter { $0.offset <= n || ($0.offset - n) % 2 == 0 }.map(\.element)
                    })
            }
            layout = Self.layout(
                docs, language: l, headers: { headerRow($0, differences: false) }, body: Self.columns(groups),
                points: points, unitWidth: unitWidth)
        }
        self.groups = groups
        self.headers = layout.headers
        key = layout.key
        size = layout.size
        shares = layout.shares
    }

    /// Each column's cells: the names and notes, then the rows' columns.
    static func columns(_ groups: [Group]) -> [[String]] {
        [groups.flatMap { [$0.name, $0.note] }]
            + (0..<(groups.first?.rows.first?.count ?? 0)).map { j in groups.flatMap { $0.rows.map { $0[j] } } }
    }

    /// Headers naming the scenarios when the columns fit `points` at 6.5 pt or more, else by
    /// letter with the key; the largest font that fits (6.5 pt when none does) and each
    /// column's share of the width. `body` holds each column's cells.
    static func layout(
        _ docs: [ReportDocument], language l: Language, headers: ((Int) -> String) -> [String], body: [[String]],
        points: Double, unitWidth: Double
    )
        -> (headers: [String], key: String?, size: Double, shares: [Double], fits: Bool)
    {
        let sizes = [9.0, 8.5, 8.0, 7.5, 7.0, 6.5]
        func units(_ headers: [String]) -> [Int] {
            headers.indices.map { j in
                let head = headers[j].split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0
                return max(head, body[j].map(DisplayWidth.of).max() ?? 0) + 2
            }
        }
        let letters = docs.indices.map { String(UnicodeScalar(UInt8(65 + $0 % 26))) }
        var chosen = headers { docs[$0].scenarioName(l) }, key: String? = nil
        var u = units(chosen)
        var fit = sizes.first { Double(u.reduce(0, +)) * unitWidth * $0 <= points }
        if fit == nil {
            chosen = headers { letters[$0] }
            key = docs.indices.map { "\(letters[$0]) = \(docs[$0].scenarioName(l))" }.joined(separator: "; ")
            u = units(chosen)
            fit = sizes.first { Double(u.reduce(0, +)) * unitWidth * $0 <= points }
        }
        let total = Double(u.reduce(0, +))
        return (chosen, key, fit ?? sizes.last!, u.map { Double($0) / total }, fit != nil)
    }
}
