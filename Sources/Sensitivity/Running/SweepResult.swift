public import Artifacts
public import Foundation
public import PlanData

/// A complete sweep's result: the outputs, the indices of the primary measure and,
/// with paths per sample, their Monte Carlo noise; written as `samples.npy` and
/// `outputs.npy` (or `.csv`) and `indices.json`, and shown as a text tornado.
public struct SweepResult: Sendable {
    /// `plan.blockWidth` values a row: the measures (primary last), then the primary's
    /// jackknife replicates.
    public let outputs: [Double]
    public let sobol: SobolAnalysis.Result?
    public let morris: [MorrisAnalysis.Effect]?
    /// Jackknife standard errors per input (empty for a deterministic sweep).
    public let noise: [MonteCarloNoise.Errors]

    /// Indices of the primary measure, and their noise when there are path replicates.
    public init(_ plan: SweepPlan, outputs: [Double]) {
        self.outputs = outputs
        let width = plan.blockWidth, primary = plan.measures.count - 1
        let rows = outputs.count / width
        let y = (0..<rows).map { outputs[$0 * width + primary] }
        let replicates = (0..<plan.jackknifeGroups).map { g in
            (0..<rows).map { outputs[$0 * width + plan.measures.count + g] }
        }
        let names = plan.inputs.map(\.name)
        switch plan.design.method {
        case .sobol(_, let second):
            sobol = SobolAnalysis.analyze(y, names: names, secondOrder: second, seed: plan.seed)
            morris = nil
            noise =
                replicates.isEmpty
                ? [] : MonteCarloNoise.sobol(replicates: replicates, names: names, secondOrder: second)
        case .morris:
            let unit = plan.design.unitRows(0..<plan.rowCount)
            sobol = nil
            morris = MorrisAnalysis.analyze(y, unit: unit, names: names)
            noise = replicates.isEmpty ? [] : MonteCarloNoise.morris(replicates: replicates, unit: unit, names: names)
        default:
            sobol = nil
            morris = nil
            noise = []
        }
    }

    /// Whether input `j`'s main index (Sₜ or μ*) is within Monte Carlo noise of zero.
    public func withinNoise(_ j: Int) -> Bool? {
        guard j < noise.count else { return nil }
        let estimate = sobol?.indices[j].st ?? morris?[j].muStar ?? .nan
        return MonteCarloNoise.isNoise(estimate, error: noise[j].main)
    }

    /// The indices of the primary measure as `indices.json` holds them (docs/json-formats.md):
    /// Sobol' `s1`, `st` and their half-widths, or Morris `mu_star`, `mu`, `sigma`; with
    /// paths per sample, each input's Monte Carlo errors and whether it is within noise.
    public func indices(_ plan: SweepPlan) -> SweepIndices {
        func mcErrors(_ j: Int) -> (first: Double?, main: Double?, within: Bool?) {
            guard j < self.noise.count else { return (nil, nil, nil) }
            return (self.noise[j].first, self.noise[j].main, withinNoise(j) ?? false)
        }
        var inputs: [SweepIndices.Input] = []
        if let s = sobol {
            inputs = s.indices.enumerated().map { j, i in
                let mc = mcErrors(j)
                return .init(
                    name: i.name, s1: i.s1, s1Conf: i.s1Conf, st: i.st, stConf: i.stConf, firstMCError: mc.first,
                    mainMCError: mc.main, withinNoise: mc.within)
            }
        } else if let m = morris {
            inputs = m.enumerated().map { j, e in
                let mc = mcErrors(j)
                return .init(
                    name: e.name, muStar: e.muStar, mu: e.mu, sigma: e.sigma, firstMCError: mc.first,
                    mainMCError: mc.main, withinNoise: mc.within)
            }
        }
        // The parser admits only the methods SweepIndices names: another is a bug here.
        guard let method = SweepIndices.Method(rawValue: plan.sweep.method) else {
            preconditionFailure("sweep method `\(plan.sweep.method)` has no indices layout")
        }
        return SweepIndices(
            method: method, n: plan.n, seed: plan.seed, secondOrder: plan.sweep.secondOrder,
            measure: plan.outputNames.last ?? "", pathsPerSample: plan.pathsPerSample, outputs: plan.outputNames,
            mcNoise: noise.isEmpty
                ? nil : "delete-a-group jackknife over \(plan.jackknifeGroups) groups of paths (common random numbers)",
            inputs: inputs,
            s2: sobol.flatMap { s in plan.sweep.secondOrder ? s.s2.map { $0.map { Optional($0) } } : nil })
    }

    /// `indices.json`'s text: ``indices(_:)`` as JSON.
    public func indicesJSON(_ plan: SweepPlan) -> JSONValue { indices(plan).json }

    /// Inputs ranked by total index (or μ*) as a text tornado with intervals and, with
    /// paths per sample, the Monte Carlo noise of each index.
    public func tornado(_ plan: SweepPlan) -> String {
        var lines = [
            "sweep \(plan.sweep.name) of \(plan.scenario): \(plan.sweep.method), N = \(plan.n), \(plan.rowCount) runs"
                + (plan.pathsPerSample > 1 ? " × \(plan.pathsPerSample) paths" : "")
                + ", measure \(plan.outputNames.last ?? "")"
        ]
        func mc(_ j: Int) -> String {
            guard j < noise.count else { return "" }
            return (withinNoise(j) ?? false)
                ? String(format: "  MC ±%.3f  ≈ 0: within Monte Carlo noise", noise[j].main)
                : String(format: "  MC ±%.3f", noise[j].main)
        }
        if let s = sobol {
            let ranked = s.indices.enumerated().sorted { $0.element.st > $1.element.st }
            let width = ranked.map(\.element.name.count).max() ?? 0
            for (j, i) in ranked {
                let shown = (withinNoise(j) ?? false) || !i.st.isFinite ? 0 : min(max(i.st, 0), 1)
                let bar = String(repeating: "█", count: Int((shown * 40).rounded()))
                lines.append(
                    "  \(i.name.padding(toLength: width, withPad: " ", startingAt: 0))  ST \(String(format: "%6.3f ± %.3f", i.st, i.stConf))  S1 \(String(format: "%6.3f ± %.3f", i.s1, i.s1Conf))\(mc(j))  \(bar)"
                )
            }
            if s.indices.contains(where: { $0.st.isNaN }) {
                lines.append(
                    "  note: the measure does not vary over the base samples, so no index can be estimated"
                        + (plan.pathsPerSample > 1 ? "; more paths per sample resolve a small probability" : ""))
            }
            if s.indices.contains(where: { $0.s1 < 0 || $0.st < 0 }) {
                lines.append(
                    "  note: a small negative index is sampling noise around zero (within its interval): the input has no measurable effect"
                )
            }
        } else if let m = morris {
            for (j, e) in m.enumerated().sorted(by: { $0.element.muStar > $1.element.muStar }) {
                lines.append(
                    "  \(e.name)  mu* \(String(format: "%.4g", e.muStar))  mu \(String(format: "%.4g", e.mu))  sigma \(String(format: "%.4g", e.sigma))\(mc(j))"
                )
            }
        } else {
            lines.append(
                "  \(plan.sweep.method): the response table (inputs beside outputs) is in response.csv; this design gives no variance-based indices"
            )
        }
        if !noise.isEmpty {
            lines.append(
                "  MC ±: Monte Carlo standard error of the index at \(plan.pathsPerSample) paths per sample (jackknife over \(plan.jackknifeGroups) path groups; docs/methods.md)"
            )
        }
        return lines.joined(separator: "\n")
    }

    /// The Monte Carlo noise paragraph for `summary.md` (empty for a deterministic sweep).
    public func noiseMarkdown(_ plan: SweepPlan, chinese: Bool) -> String {
        guard !noise.isEmpty else { return "" }
        let names = plan.inputs.map(\.name)
        var lines = [
            "",
            chinese
                ? "## 蒙特卡洛噪声（每个样本 \(plan.pathsPerSample) 条路径）"
                : "## Monte Carlo noise (\(plan.pathsPerSample) paths per sample)", "",
            chinese ? "| 输入 | 噪声标准误 | 判断 |" : "| Input | Standard error | Reading |", "|---|---:|---|",
        ]
        for j in names.indices {
            let within = withinNoise(j) ?? false
            let reading =
                within
                ? (chinese ? "≈ 0：在蒙特卡洛噪声之内" : "≈ 0: within Monte Carlo noise") : (chinese ? "高于噪声" : "above the noise")
            lines.append("| `\(names[j])` | \(String(format: "%.3f", noise[j].main)) | \(reading) |")
        }
        let method =
            chinese
            ? "各样本使用相同的随机路径（共同随机数）；标准误由按路径分组的删组刀切法估计（见 docs/methods.md）。"
            : "Every sample uses the same random paths (common random numbers); standard errors by the delete-a-group jackknife over paths (docs/methods.md)."
        lines += ["", method]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes the samples and outputs, `indices.json` (and `response.csv` for grid and
    /// LHS designs) into `directory`, each through a temporary file and a rename, a
    /// chunk of rows at a time, so memory stays bounded. The samples and outputs are
    /// `samples.npy` and `outputs.npy` (exact float64 matrices; `samples.npy` is the file
    /// a fresh run wrote as it generated the rows, ``SamplesFile``, when there is one), or
    /// with `csv` `samples.csv` and `outputs.csv` (shortest round-trip numbers, SALib's layout).
    public func write(_ plan: SweepPlan, into directory: URL, csv: Bool = false) throws {
        let width = plan.blockWidth, count = plan.measures.count
        let outputRow: @Sendable (Int) -> [Double] = { i in Array(outputs[(i * width)..<(i * width + count)]) }
        if csv {
            try CSVStream.write(
                header: plan.inputs.map(\.name), rows: plan.rowCount,
                to: directory.appendingPathComponent("samples.csv")
            ) { plan.design.rows($0) }
            try CSVStream.write(
                header: plan.outputNames, rows: plan.rowCount, to: directory.appendingPathComponent("outputs.csv")
            ) { $0.map(outputRow) }
            SamplesFile.remove(plan, in: directory)
        } else {
            // The rows a fresh run wrote as it generated them, else generated here.
            if !SamplesFile.adopt(plan, in: directory) {
                try NPYFile.write(
                    rows: plan.rowCount, columns: plan.inputs.count, to: directory.appendingPathComponent("samples.npy")
                ) { plan.design.flatRows($0) }
            }
            try NPYFile.write(rows: plan.rowCount, columns: count, to: directory.appendingPathComponent("outputs.npy"))
            { range in
                width == count
                    ? Array(outputs[(range.lowerBound * width)..<(range.upperBound * width)]) : range.flatMap(outputRow)
            }
        }
        if case .lhs = plan.design.method { try writeResponse(plan, into: directory, outputRow) }
        if case .grid = plan.design.method { try writeResponse(plan, into: directory, outputRow) }
        try Data((indicesJSON(plan).rendered() + "\n").utf8).write(
            to: directory.appendingPathComponent("indices.json"), options: .atomic)
        BlockFile.removeTemporaries(in: directory)
    }

    /// The response table: each sample's inputs beside its outputs.
    func writeResponse(_ plan: SweepPlan, into directory: URL, _ outputRow: @escaping @Sendable (Int) -> [Double])
        throws
    {
        try CSVStream.write(
            header: plan.inputs.map(\.name) + plan.outputNames, rows: plan.rowCount,
            to: directory.appendingPathComponent("response.csv")
        ) { range in
            zip(plan.design.rows(range), range).map { $0 + outputRow($1) }
        }
    }
}
