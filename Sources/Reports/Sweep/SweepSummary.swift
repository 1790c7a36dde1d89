import Foundation
public import PlanData

/// A sweep's result for a briefing: inputs ranked by total index with their intervals,
/// as Markdown and as an SVG tornado chart. Reads only plain values.
public struct SweepSummary: Sendable {
    public struct Row: Sendable {
        public let name: String
        /// Total index (or μ* for Morris) and its 95 % half-width.
        public let main: Double, mainConf: Double
        /// First-order index (or μ) and its half-width.
        public let first: Double, firstConf: Double
        /// Which way raising the input moves the measure: the rank correlation of the
        /// measure with it over the samples (``EffectDirection``); NaN when unknown.
        public var direction: Double = .nan
        /// Morris σ (spread of the elementary effects); NaN for Sobol'.
        public var sigma: Double = .nan
        /// With paths per sample: the Monte Carlo standard error of the main index, and
        /// whether the index is within that noise of zero (nil for a deterministic sweep).
        public var mcError: Double = .nan
        public var withinNoise: Bool? = nil

        public init(
            name: String, main: Double, mainConf: Double, first: Double, firstConf: Double, direction: Double = .nan
        ) {
            self.name = name
            self.main = main
            self.mainConf = mainConf
            self.first = first
            self.firstConf = firstConf
            self.direction = direction
        }
    }
    public let sweep: String
    public let scenario: String
    public let method: String
    public let n: Int
    public let runs: Int
    public let measure: String
    public internal(set) var rows: [Row]
    /// The sweep's seed and Monte Carlo paths per sample (1: the deterministic model).
    public var seed: UInt64? = nil
    public var pathsPerSample = 1
    /// When the sweep's figures were made (ISO 8601): its indices file's time, read by
    /// ``init(indicesFile:)``; nil means now. Page one prints it as the report's date.
    public var created: String? = nil

    /// The measure in words; a deterministic sweep's `probability` measure is named as the
    /// target ratio it is.
    func measureName(_ l: Language) -> String {
        SweepNames.measure(measure, deterministic: pathsPerSample == 1, language: l)
    }
    /// Second-order indices of input pairs (by input name), when the sweep asked for them.
    public var pairs: [(a: String, b: String, s2: Double)] = []

    public init(sweep: String, scenario: String, method: String, n: Int, runs: Int, measure: String, rows: [Row]) {
        self.sweep = sweep
        self.scenario = scenario
        self.method = method
        self.n = n
        self.runs = runs
        self.measure = measure
        self.rows = rows.sorted { $0.main > $1.main }
    }

    var isMorris: Bool { method == "morris" }

    public func markdown(language l: Language) -> String {
        let zh = l == .zh
        var lines = [
            "# " + (zh ? "敏感性分析：\(sweep)（情景 \(scenario)）" : "Sensitivity sweep \(sweep) (scenario \(scenario))"), "",
            zh
                ? "方法 \(SweepNames.method(method, language: l))，N = \(n)\(runs > 0 ? "，共 \(runs) 次运行" : "")；度量：\(measureName(l))（`\(measure)`）。"
                : "Method \(method), N = \(n)\(runs > 0 ? ", \(runs) runs" : ""); measure: \(measureName(l)) (`\(measure)`).",
            "",
        ]
        lines += ["## " + (zh ? "简报" : "Summary"), ""] + paragraphs(language: l).flatMap { [$0, ""] }
        lines += ["## " + (zh ? "各输入的敏感性指数" : "Sensitivity indices of each input"), ""]
        let headers =
            (isMorris
                ? [zh ? "输入" : "Input", zh ? "含义" : "Meaning", "μ*", "μ"]
                : [
                    zh ? "输入" : "Input", zh ? "含义" : "Meaning", zh ? "总效应 Sₜ (±95%)" : "Total Sₜ (±95 %)",
                    zh ? "一阶 S₁ (±95%)" : "First order S₁ (±95 %)",
                ])
            + (hasDirections ? [zh ? "方向（秩相关）" : "Direction (rank correlation)"] : [])
        lines.append("| " + headers.joined(separator: " | ") + " |")
        let directed = hasDirections  // once, not per row: it scans the rows
        lines.append("|---|---|---:|---:|" + (directed ? "---|" : ""))
        for r in rows {
            lines.append(
                "| `\(r.name)` | \(Markup.markdown(SweepNames.input(r.name, language: l))) | "
                    + (isMorris
                        ? "\(fmt(r.main)) | \(fmt(r.first))"
                        : "\(fmt(r.main)) ± \(fmt(r.mainConf)) | \(fmt(r.first)) ± \(fmt(r.firstConf))")
                    + (directed ? " | \(directionText(r, l))" : "") + " |")
        }
        if hasDirections {
            let direction =
                zh
                ? "方向：提高该输入时度量上升（↑）或下降（↓），按度量与该输入在全部样本上的秩相关（Spearman）判断；接近零（在两倍标准误之内）记为方向不明。"
                : "Direction: whether raising the input raises (↑) or lowers (↓) the measure, from the rank (Spearman) correlation of the measure with the input over all samples; within two standard errors of zero it is shown as unclear."
            lines += ["", direction]
        }
        if rows.contains(where: { $0.first < 0 || $0.main < 0 }) {
            let note =
                zh
                ? "注：小的负值是零附近的抽样误差（在置信区间内），表示该输入没有可测影响。"
                : "Note: a small negative estimate is sampling noise around zero (within its interval): the input has no measurable effect."
            lines += ["", note]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func fmt(_ x: Double) -> String { NumberFormat.fixed(x, decimals: 3) }

    public var hasDirections: Bool { rows.contains { $0.direction.isFinite } }

    /// How many samples the directions rest on (all rows of the design).
    var sampleCount: Int { max(runs, n) }

    /// `↑ +0.62`, `↓ −0.40`, `方向不明 +0.01` / `unclear +0.01`, or `—`.
    func directionText(_ r: Row, _ l: Language) -> String {
        guard r.direction.isFinite else { return "—" }
        let value = NumberFormat.signed(r.direction, decimals: 2)
        guard EffectDirection.isClear(r.direction, n: sampleCount) else {
            return (l == .zh ? "方向不明 " : "unclear ") + value
        }
        return (r.direction > 0 ? "↑ " : "↓ ") + value
    }
}
