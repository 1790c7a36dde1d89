public import Foundation
public import PlanData
import Simulation

/// Joins the blocks of one or more slice directories into the sweep's results:
/// `samples.csv`, `outputs.csv` and `indices.json`.
public enum SweepMerge {
    public struct Result: Sendable {
        public let outputs: [[Double]]
        public let sobol: SobolAnalysis.Result?
        public let morris: [MorrisAnalysis.Effect]?
    }

    /// Reads every block of `plan` from `directories`.
    ///
    /// - Throws: ``SweepError`` when a directory holds another sweep (fingerprint), or
    ///   blocks are missing (naming how many and which shard runs them).
    public static func collect(_ plan: SweepPlan, from directories: [URL]) throws(SweepError) -> [[Double]] {
        var byBlock: [Int: [[Double]]] = [:]
        for dir in directories {
            guard let data = FileManager.default.contents(atPath: dir.appendingPathComponent("manifest.json").path),
                  let manifest = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
                throw SweepError(message: "\(dir.path) is not a sweep directory (no manifest.json)", help: "give the directories `plansim sweep` wrote")
            }
            guard manifest["fingerprint"] as? String == plan.fingerprint else {
                throw SweepError(message: "\(dir.path) holds a slice of a different sweep (scenario, sweep, N, seed or plansim version differ)",
                                 help: "merge only slices of the same sweep; nothing was written")
            }
            for b in 0..<plan.blockCount where byBlock[b] == nil {
                let url = dir.appendingPathComponent("blocks/\(SweepRunner.blockName(b))")
                guard let data = try? Data(contentsOf: url) else { continue }
                let width = plan.measures.count
                let expected = min(SampleEvaluator.blockSize, plan.rows.count - b * SampleEvaluator.blockSize) * width * 8
                guard data.count == expected else { continue }  // a torn file counts as missing
                let values: [Double] = data.withUnsafeBytes { raw in
                    (0..<(data.count / 8)).map { Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self))) }
                }
                byBlock[b] = stride(from: 0, to: values.count, by: width).map { Array(values[$0..<($0 + width)]) }
            }
        }
        let missing = (0..<plan.blockCount).filter { byBlock[$0] == nil }
        guard missing.isEmpty else {
            throw SweepError(message: "\(missing.count) of \(plan.blockCount) blocks are missing (first: block \(missing[0]))",
                             help: "run the remaining shards (or `--resume` an interrupted one), then merge again")
        }
        return (0..<plan.blockCount).flatMap { byBlock[$0]! }
    }

    /// Indices of the primary measure (the last output column).
    public static func analyze(_ plan: SweepPlan, outputs: [[Double]]) -> Result {
        let y = outputs.map { $0.last ?? .nan }
        switch plan.sweep.method {
        case "sobol":
            return Result(outputs: outputs, sobol: SobolAnalysis.analyze(y, names: plan.inputs.map(\.name), secondOrder: plan.sweep.secondOrder,
                                                                       seed: plan.seed), morris: nil)
        case "morris":
            return Result(outputs: outputs, sobol: nil, morris: MorrisAnalysis.analyze(y, unit: plan.unitRows, names: plan.inputs.map(\.name)))
        default:
            return Result(outputs: outputs, sobol: nil, morris: nil)
        }
    }

    /// `{"method","n","seed","second_order","inputs":[{"name","s1","s1_conf","st","st_conf"}]}`
    /// (Morris: `mu_star`, `mu`, `sigma`).
    public static func indicesJSON(_ plan: SweepPlan, _ r: Result) -> JSONValue {
        var inputs: [JSONValue] = []
        if let s = r.sobol {
            inputs = s.indices.map { .object([("name", .string($0.name)), ("s1", .finite($0.s1)), ("s1_conf", .finite($0.s1Conf)),
                                              ("st", .finite($0.st)), ("st_conf", .finite($0.stConf))]) }
        } else if let m = r.morris {
            inputs = m.map { .object([("name", .string($0.name)), ("mu_star", .finite($0.muStar)), ("mu", .finite($0.mu)), ("sigma", .finite($0.sigma))]) }
        }
        var fields: [(String, JSONValue)] = [("method", .string(plan.sweep.method)), ("n", .integer(plan.n)), ("seed", .number(Double(plan.seed))),
                                             ("second_order", .bool(plan.sweep.secondOrder)), ("measure", .string(plan.outputNames.last ?? "")),
                                             ("inputs", .array(inputs))]
        if let s = r.sobol, plan.sweep.secondOrder {
            fields.append(("s2", .array(s.s2.map { .array($0.map(JSONValue.finite)) })))
        }
        return .object(fields)
    }

    /// Inputs ranked by total index (or μ*) as a text tornado with intervals.
    public static func tornado(_ plan: SweepPlan, _ r: Result) -> String {
        var lines = ["sweep \(plan.sweep.name) of \(plan.scenario): \(plan.sweep.method), N = \(plan.n), \(plan.rows.count) runs, measure \(plan.outputNames.last ?? "")"]
        if let s = r.sobol {
            let ranked = s.indices.sorted { $0.st > $1.st }
            let width = ranked.map(\.name.count).max() ?? 0
            for i in ranked {
                let bar = String(repeating: "█", count: max(0, Int((min(max(i.st, 0), 1) * 40).rounded())))
                lines.append("  \(i.name.padding(toLength: width, withPad: " ", startingAt: 0))  ST \(String(format: "%6.3f ± %.3f", i.st, i.stConf))  S1 \(String(format: "%6.3f ± %.3f", i.s1, i.s1Conf))  \(bar)")
            }
            if s.indices.contains(where: { $0.s1 < 0 || $0.st < 0 }) {
                lines.append("  note: a small negative index is sampling noise around zero (within its interval): the input has no measurable effect")
            }
        } else if let m = r.morris {
            for e in m.sorted(by: { $0.muStar > $1.muStar }) {
                lines.append("  \(e.name)  mu* \(String(format: "%.4g", e.muStar))  mu \(String(format: "%.4g", e.mu))  sigma \(String(format: "%.4g", e.sigma))")
            }
        } else {
            lines.append("  \(plan.sweep.method): the response table (inputs beside outputs) is in response.csv; this design gives no variance-based indices")
        }
        return lines.joined(separator: "\n")
    }

    /// Writes `samples.csv`, `outputs.csv` and `indices.json` into `directory`.
    public static func write(_ plan: SweepPlan, _ r: Result, into directory: URL) throws {
        /// Shortest round-trip numbers, formatted in parallel chunks (order kept).
        func csv(_ header: [String], _ rows: [[Double]]) -> Data {
            let chunk = 4096
            let parts = ParallelMap.map(0..<((rows.count + chunk - 1) / chunk)) { c -> String in
                var text = ""
                text.reserveCapacity(chunk * 24 * (rows.first?.count ?? 1))
                for row in rows[(c * chunk)..<min((c + 1) * chunk, rows.count)] {
                    for (j, v) in row.enumerated() {
                        if j > 0 { text += "," }
                        text += v.description
                    }
                    text += "\n"
                }
                return text
            }
            var data = Data((header.joined(separator: ",") + "\n").utf8)
            for part in parts { data.append(contentsOf: part.utf8) }
            return data
        }
        var files = [("samples.csv", csv(plan.inputs.map(\.name), plan.rows)), ("outputs.csv", csv(plan.outputNames, r.outputs)),
                     ("indices.json", Data((indicesJSON(plan, r).rendered() + "\n").utf8))]
        if plan.sweep.method == "grid" || plan.sweep.method == "lhs" {
            // The response table: each sample's inputs beside its outputs.
            files.append(("response.csv", csv(plan.inputs.map(\.name) + plan.outputNames, zip(plan.rows, r.outputs).map { $0 + $1 })))
        }
        for (name, data) in files {
            try data.write(to: directory.appendingPathComponent(name), options: .atomic)
        }
    }
}
