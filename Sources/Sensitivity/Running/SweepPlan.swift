public import Foundation
public import PlanData
public import ScenarioDSL
public import Simulation

/// Why a sweep cannot run, with what to do about it.
public struct SweepError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public let help: String
    public var description: String { message }
}

/// A sweep made concrete: the model, its inputs, every sample, the measures and the
/// fingerprint that identifies it across machines, shards and resumptions.
public struct SweepPlan: Sendable {
    public let scenario: String
    public let sweep: SweepSpec
    public let model: SimulationModel
    public let inputs: [SweepInput]
    public let targets: [(ParameterOverride.Target, @Sendable (Double) -> Double)]
    public let rows: [[Double]]
    /// Unit-cube rows of a Morris design (for its elementary effects).
    public let unitRows: [[Double]]
    public let measures: [SweepMeasure]
    public let seed: UInt64
    public let pathsPerSample: Int
    public let n: Int
    public let fingerprint: String

    public var blockCount: Int { (rows.count + SampleEvaluator.blockSize - 1) / SampleEvaluator.blockSize }
    /// Measures in output order: the primary (the first `measure` line) last.
    public var outputNames: [String] { (measures.dropFirst() + measures.prefix(1)).map(\.name) }

    /// Plans sweep `sweepName` of scenario `name` in `program`.
    ///
    /// - Throws: ``SweepError`` for an N that Sobol' sampling cannot use (unless
    ///   `roundUp`), too many inputs for the Sobol' table, or a number the model lacks.
    public static func make(program: ScenarioProgram, scenario name: String, sweep sweepName: String?, dataset: Dataset,
                            seed: UInt64?, roundUp: Bool, pathsPerSample: Int, version: String, scenarioText: [UInt8]) throws(SweepError) -> SweepPlan {
        guard case .success(let spec) = program.compile(name), case .success(let directives) = program.resolve(name) else {
            throw SweepError(message: "scenario `\(name)` does not compile", help: "run `plansim check` on the file")
        }
        let sweeps = directives.compactMap { d -> SweepSpec? in if case .sweep(let s) = d.value { return s } else { return nil } }
        guard !sweeps.isEmpty else { throw SweepError(message: "scenario `\(name)` has no sweep", help: "add a `sweep NAME { … }` block") }
        guard let sweep = sweepName.map({ n in sweeps.first { $0.name == n } }) ?? (sweeps.count == 1 ? sweeps.first : nil) else {
            throw SweepError(message: sweepName.map { "no sweep `\($0)` in scenario `\(name)`" } ?? "scenario `\(name)` has \(sweeps.count) sweeps; say which",
                             help: "use `--sweep NAME`, one of " + sweeps.map { "`\($0.name)`" }.joined(separator: ", "))
        }
        guard !sweep.inputs.isEmpty, !sweep.measures.isEmpty else {
            throw SweepError(message: "sweep `\(sweep.name)` needs at least one `vary` and one `measure`", help: "see docs/scenario-language.md#8-sweeps")
        }
        let model: SimulationModel
        do { model = try SimulationModel.build(dataset, scenario: spec).0 } catch {
            throw SweepError(message: error.message, help: "change the scenario so it fits the data")
        }
        var targets: [(ParameterOverride.Target, @Sendable (Double) -> Double)] = []
        for input in sweep.inputs {
            guard let t = model.sweepTarget(input.target) else {
                throw SweepError(message: "the model has no number for `\(input.name)`", help: "vary an `assume` the scenario states, or a prior of a damped or linked model")
            }
            targets.append(t)
        }
        let inputs = sweep.inputs.map { SweepInput(name: $0.name, distribution: $0.distribution) }
        let seedValue = seed ?? spec.seed
        var n = sweep.samples
        var rows: [[Double]] = [], unit: [[Double]] = []
        switch sweep.method {
        case "sobol":
            if n & (n - 1) != 0 {
                guard roundUp else {
                    throw SweepError(message: "Sobol' sampling needs N to be a power of two; \(n) is not",
                                     help: "use \(1 << (Int.bitWidth - n.leadingZeroBitCount - 1)) or \(1 << (Int.bitWidth - n.leadingZeroBitCount)), or pass --round-n to round up")
                }
                n = 1 << (Int.bitWidth - n.leadingZeroBitCount)
            }
            guard 2 * inputs.count <= SobolSequence.maximumDimensions else {
                throw SweepError(message: "Saltelli sampling of \(inputs.count) inputs needs \(2 * inputs.count) Sobol' dimensions; plansim has 21",
                                 help: "vary at most 10 inputs in one Sobol' sweep, or use `method morris`")
            }
            rows = Designs.saltelli(inputs, n: n, secondOrder: sweep.secondOrder)
        case "lhs": rows = Designs.latinHypercube(inputs, n: n, seed: seedValue)
        case "grid":
            let levels = max(2, Int(pow(Double(n), 1 / Double(inputs.count)).rounded()))
            rows = Designs.grid(inputs, levels: levels)
        default:
            (rows, unit) = Designs.morris(inputs, trajectories: max(2, n), seed: seedValue)
        }
        let measures = sweep.measures.map { m -> SweepMeasure in
            let parts = m.split(separator: ":").map(String.init)
            return SweepMeasure(statistic: SweepMeasure.Statistic(rawValue: parts[0])!, indicator: parts[1])
        }
        let identity = "\(version)|\(SHA256.hex(scenarioText))|\(name)|\(sweep.name)|\(sweep.method)|\(n)|\(seedValue)|\(pathsPerSample)|"
            + inputs.map { "\($0.name)=\($0.distribution)" }.joined(separator: ",") + "|" + measures.map(\.name).joined(separator: ",") + "|\(sweep.secondOrder)"
        return SweepPlan(scenario: name, sweep: sweep, model: model, inputs: inputs, targets: targets, rows: rows, unitRows: unit,
                         measures: measures, seed: seedValue, pathsPerSample: pathsPerSample, n: n,
                         fingerprint: SHA256.hex(Array(identity.utf8)))
    }
}
