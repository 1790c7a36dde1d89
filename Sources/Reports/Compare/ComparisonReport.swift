public import Foundation
public import PlanData

/// Scenarios side by side: per indicator and reported year, the median level in each
/// scenario, its difference and % difference from the first (the reference), and each
/// target's probability — as text, Markdown, CSV and JSON.
public enum ComparisonReport {
    /// The years shown, from the plan: in tables the plan period's second year (where
    /// short shocks land), its target year, the end of the period after it, and the
    /// horizon (2022, 2025, 2030, 2035 for Haibin's 14th plan); in CSV and JSON every year.
    static func years(_ docs: [ReportDocument], all: Bool = false) -> [Int] {
        let simulated = docs.first?.indicators.first?.years.map(\.year) ?? []
        if all { return simulated }
        guard let first = simulated.first, let last = simulated.last else { return [] }
        let target = docs.first?.targets.min { $0.targetYear < $1.targetYear }
        let shown = [first + 1, last] + (target.map { [$0.targetYear, 2 * $0.targetYear - $0.baseYear] } ?? [])
        return simulated.filter(shown.contains)
    }

    public struct Row: Sendable {
        public let indicator: String
        public let year: Int
        /// Median level per scenario, the first being the reference.
        public let medians: [Double]
        public var differences: [Double] { medians.dropFirst().map { $0 - medians[0] } }
        /// The differences as a reader checks them: each median rounded to `decimals` (as the
        /// table prints it) minus the rounded reference, so 2114 against 2114 reads 0, never +1.
        /// The rounding is the printed text's own (``NumberFormat/fixed(_:decimals:)``), read back.
        public func shownDifferences(decimals k: Int) -> [Double] {
            let shown = medians.map { Double(NumberFormat.fixed($0, decimals: k)) ?? .nan }
            return shown.dropFirst().map { ($0 - shown[0]) + 0.0 }
        }
        public var percentDifferences: [Double] {
            medians.dropFirst().map { medians[0] == 0 ? .nan : $0 / medians[0] - 1 }
        }
    }

    public static func rows(_ docs: [ReportDocument], allYears: Bool = false) -> [Row] {
        guard let first = docs.first else { return [] }
        return first.indicators.flatMap { ind in
            years(docs, all: allYears).map { year in
                Row(
                    indicator: ind.id, year: year,
                    medians: docs.map { d in d.indicator(ind.id)?.years.first { $0.year == year }?.p50 ?? .nan })
            }
        }
    }

    public static func text(_ docs: [ReportDocument], language l: Language) -> String {
        let zh = l == .zh
        let names = docs.map { $0.scenarioName(l) }
        var table = TextTable(
            headers: [zh ? "指标" : "indicator", zh ? "年份" : "year"] + names.map { zh ? "\($0) 中位数" : "\($0) median" }
                + names.dropFirst().flatMap { zh ? ["\($0) 差值", "\($0) 差值%"] : ["\($0) Δ", "\($0) Δ%"] },
            alignments: [.left, .right] + Array(repeating: .right, count: names.count + 2 * (names.count - 1)))
        for r in rows(docs) { table.add(cells(r, docs, language: l)) }
        var probability = TextTable(
            headers: [zh ? "目标" : "target"] + names, alignments: [.left] + names.map { _ in .right })
        for t in docs[0].targets {
            probability.add(
                [(docs[0].indicator(t.indicator)?.name(l) ?? t.indicator) + " (\(t.targetYear))"]
                    + docs.map { d in
                        NumberFormat.probability(d.targets.first { $0.indicator == t.indicator }?.probability)
                    })
        }
        return [
            (zh ? "情景比较（参照：\(names[0])）" : "Scenario comparison (reference: \(names[0]))"), "", table.rendered(), "",
            zh ? "达标概率" : "Probability of meeting each target", "", probability.rendered(),
        ].joined(separator: "\n")
    }

    public static func markdown(_ docs: [ReportDocument], language l: Language) -> String {
        let zh = l == .zh
        let names = docs.map { $0.scenarioName(l) }
        var lines = [
            "# " + Markup.markdown(zh ? "情景比较（参照：\(names[0])）" : "Scenario comparison (reference: \(names[0]))"), "",
            "## " + (zh ? "简报" : "Summary"), "",
        ]
        lines += ComparisonSummary.paragraphs(docs, language: l).flatMap { [Markup.markdown($0), ""] }
        lines += ["## " + (zh ? "来源" : "Provenance"), ""]
        for d in docs {
            let p = d.provenance
            lines.append(
                "- "
                    + Markup.markdown(
                        zh
                            ? "\(d.scenario)：种子 \(p.seed)，\(NumberFormat.chineseCount(p.paths))条路径，情景文件 SHA-256 \(p.scenarioSHA256)，数据：\(RunReport.chinese(p.data))"
                            : "\(d.scenario): seed \(p.seed), \(NumberFormat.grouped(p.paths)) paths, scenario SHA-256 \(p.scenarioSHA256), data: \(p.data)"
                    ))
        }
        if let p = docs.first?.provenance {
            lines.append(
                "- "
                    + Markup.markdown(
                        zh
                            ? "plansim \(p.version)，生成于 \(NumberFormat.beijingTime(p.created, zh: true))"
                            : "plansim \(p.version), created \(NumberFormat.beijingTime(p.created, zh: false))"))
        }
        lines += [
            "", "## " + (zh ? "中位数与差异" : "Medians and differences"), "",
            "| "
                + ([zh ? "指标" : "Indicator", zh ? "年份" : "Year"] + names.map { Markup.markdown($0) }
                + names.dropFirst().flatMap { n in
                    (zh ? ["差值", "差值%"] : ["Δ", "Δ%"]).map { "\($0) \(Markup.markdown(n))" }
                }).joined(
                    separator: " | ") + " |",
        ]
        lines.append(
            "|---|---:|" + Array(repeating: "---:", count: names.count + 2 * (names.count - 1)).joined(separator: "|")
                + "|")
        for r in rows(docs) {
            lines.append("| " + cells(r, docs, language: l).map(Markup.markdown).joined(separator: " | ") + " |")
        }
        lines += [
            "", "## " + (zh ? "达标概率" : "Probability of meeting each target"), "",
            "| " + ([zh ? "目标" : "Target", zh ? "目标年份" : "Year"] + names.map(Markup.markdown)).joined(separator: " | ")
                + " |",
            "|---|---:|" + Array(repeating: "---:", count: names.count).joined(separator: "|") + "|",
        ]
        for t in docs[0].targets {
            lines.append(
                "| "
                    + ([Markup.markdown(docs[0].indicator(t.indicator)?.name(l) ?? t.indicator), "\(t.targetYear)"]
                    + docs.map { d in
                        NumberFormat.probability(d.targets.first { $0.indicator == t.indicator }?.probability)
                    }).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whether target `id` rests on the plan's own path in any of the scenarios: then every
    /// format (tables, PDF, Word and Excel bars, page one) gives it 约50% (value 0.5, grey) in
    /// every scenario's column and no change — its odds are by construction, never a finding.
    static func onPlanPath(_ id: String, _ docs: [ReportDocument]) -> Bool {
        docs.contains { d in d.targets.contains { $0.indicator == id && d.evidence(of: $0) == "plan" } }
    }

    /// A row for people: the name (with "yearly" for a period-sum indicator), the year,
    /// medians at the plan's precision, then per other scenario the signed difference of the
    /// printed medians (never `-0`) and the % difference at two decimals, as the workbook
    /// prints it too.
    static func cells(_ r: Row, _ docs: [ReportDocument], language l: Language) -> [String] {
        let zh = l == .zh
        let t = docs[0].targets.first { $0.indicator == r.indicator }
        // The plan's precision, as 专栏1 prints it: counts whole (28 个, never 27.63).
        let k =
            docs[0].indicator(r.indicator).map { BriefingTable.decimals(of: $0, in: docs[0]) }
            ?? NumberFormat.decimals(forMagnitude: abs(t?.base ?? r.medians.first ?? 1))
        let name =
            (docs[0].indicator(r.indicator)?.name(l) ?? r.indicator)
            + (t?.kind == "period_sum" ? (zh ? "（当年值）" : " (yearly)") : "")
        return [name, "\(r.year)"] + r.medians.map { NumberFormat.fixed($0, decimals: k) }
            + zip(r.shownDifferences(decimals: k), r.percentDifferences).flatMap {
                [NumberFormat.signed($0, decimals: k), NumberFormat.signedPercent($1, decimals: 2)]
            }
    }

    public static func csv(_ docs: [ReportDocument]) -> Data {
        let names = docs.map(\.scenario)
        return CSVWriter.document(
            header: ["indicator", "year"] + names.map { "\($0)_p50" }
                + names.dropFirst().flatMap { ["\($0)_diff", "\($0)_pct_diff"] },
            rows: rows(docs, allYears: true).map { r in
                [r.indicator, "\(r.year)"] + r.medians.map(CSVWriter.number)
                    + zip(r.differences, r.percentDifferences).flatMap { [CSVWriter.number($0), CSVWriter.number($1)] }
            })
    }

    public static func json(_ docs: [ReportDocument]) -> JSONValue {
        .object([
            ("reference", .string(docs.first?.scenario ?? "")),
            ("scenarios", .array(docs.map { .string($0.scenario) })),
            (
                "rows",
                .array(
                    rows(docs, allYears: true).map { r in
                        .object([
                            ("indicator", .string(r.indicator)), ("year", .integer(r.year)),
                            ("p50", .array(r.medians.map(JSONValue.finite))),
                            ("diff", .array(r.differences.map(JSONValue.finite))),
                            ("pct_diff", .array(r.percentDifferences.map(JSONValue.finite))),
                        ])
                    })
            ),
            (
                "probabilities",
                .array(
                    (docs.first?.targets ?? []).map { t in
                        .object([
                            ("indicator", .string(t.indicator)), ("target_year", .integer(t.targetYear)),
                            (
                                "probability",
                                .array(
                                    docs.map { d in
                                        JSONValue.finite(d.targets.first { $0.indicator == t.indicator }?.probability)
                                    })
                            ),
                        ])
                    })
            ),
        ])
    }
}
