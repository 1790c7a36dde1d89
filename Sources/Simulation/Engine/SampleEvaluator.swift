import Forecasting
import Foundation

/// What a sweep measures for each sample.
public struct SweepMeasure: Sendable, Equatable {
    public enum Statistic: String, Sendable { case probability, p50, mean }
    public let statistic: Statistic
    public let indicator: String
    public init(statistic: Statistic, indicator: String) {
        self.statistic = statistic
        self.indicator = indicator
    }
    public var name: String { "\(statistic.rawValue)_\(indicator)" }
}

/// Evaluates the model for a batch of samples, each as one deterministic path (shocks at
/// zero, other parameters at their means, the sample's numbers in place) or as `M` Monte
/// Carlo paths reduced to the measure.
///
/// Measures per sample: for `probability`, deterministically the target ratio (the
/// target quantity ÷ the target: ≥ 1 means met), with M paths the share of paths that
/// meet it; for `p50` and `mean`, the target quantity's median or its mean over the
/// paths between P1 and P99 (the levels have no finite mean; deterministic: its value). The target quantity is the level in the target year, or the sum for sum
/// targets; without a target, the level in the horizon year.
///
/// With M paths, every sample uses the same M random streams (common random numbers):
/// two samples differ only by their inputs, so an input without effect changes no
/// output at all, and the index estimators compare like with like.
///
/// Only what the measures read is simulated (``SweepModel``): the model stops at the
/// last year a measure reads and keeps only the targets the measures use; a
/// deterministic sweep also steps only the indicators the measured ones depend on. The
/// outputs are bit for bit those of the whole model.
public struct SampleEvaluator: Sendable {
    public static let blockSize = 512

    let sweepModel: SweepModel
    let measures: [SweepMeasure]
    let pathsPerSample: Int
    let seed: UInt64
    let groups: Int
    /// Per measure: its series in the kernel's output and its goal.
    let series: [(index: Int, goal: Double?)]
    /// Per measure: the scale of its series.
    let scales: [LevelScale]

    /// Values per sample: one per measure, then the G jackknife replicates.
    public var width: Int { measures.count + groups }

    /// - Parameters:
    ///   - inputs: per input, where it lands and how a sampled value is converted.
    ///   - seed: the seed of the M paths every sample shares, when `pathsPerSample > 1`.
    ///   - jackknifeGroups: with M > 1, also return for the first measure its value
    ///     without the paths of group g (paths p with p mod G = g), for g in 0..<G: the
    ///     delete-a-group jackknife replicates that measure the Monte Carlo noise.
    ///   - reduce: simulate only what the measures read (false: the whole model, for
    ///     comparisons).
    public init(
        _ model: SimulationModel, inputs: [(ParameterOverride.Target, @Sendable (Double) -> Double)],
        measures: [SweepMeasure], pathsPerSample: Int, seed: UInt64, jackknifeGroups: Int = 0, reduce: Bool = true
    ) {
        let m = max(1, pathsPerSample)
        sweepModel = SweepModel(model, inputs: inputs, measures: measures, deterministic: m == 1, reduce: reduce)
        self.measures = measures
        self.pathsPerSample = m
        self.seed = seed
        groups = m > 1 ? min(jackknifeGroups, m) : 0
        let reduced = sweepModel.model, layout = Layout(reduced)
        series = measures.map { measure -> (index: Int, goal: Double?) in
            let target = reduced.targets.firstIndex { $0.indicator == measure.indicator }
            let goal = target.map { reduced.targets[$0].target }
            if let t = target, let sum = layout.targetSumSeries[t] { return (sum, goal) }
            return (
                layout.series(
                    indicator: reduced.index(of: measure.indicator)!,
                    year: target.map { reduced.targets[$0].targetYear } ?? reduced.horizon), goal
            )
        }
        scales = series.map { layout.scales[$0.index] }
    }

    /// The outputs of `count` samples whose inputs are `rows` (row-major, a value per
    /// input): `width` values a sample, in the order given by `order` (indices into one
    /// sample's measures-then-replicates).
    public func evaluate(rows: UnsafeBufferPointer<Double>, count: Int, order: [Int]) -> [Double] {
        let m = pathsPerSample, k = sweepModel.inputs.count, stride = rows.count / max(count, 1)
        let perChunk = m == 1 ? Self.blockSize : 1
        let kernel = BlockKernel(model: sweepModel.model, capacity: perChunk * m)
        var results = [Double](repeating: 0, count: count * order.count)
        var buffers = (0..<k).map { _ in [Double](repeating: 0, count: perChunk * m) }
        var row = [Double](repeating: 0, count: width)
        var start = 0
        while start < count {
            let chunk = min(perChunk, count - start), paths = chunk * m
            for (i, input) in sweepModel.inputs.enumerated() {
                buffers[i].withUnsafeMutableBufferPointer { buffer in
                    for s in 0..<chunk {
                        let v = input.transform(rows[(start + s) * stride + input.column])
                        for p in 0..<m { buffer[s * m + p] = v }
                    }
                }
            }
            var generator = NormalGenerator(Xoshiro256(seed: seed, block: 0))
            buffers.withUnsafeBufferPointers { pointers in
                let overrides = zip(sweepModel.inputs, pointers).map {
                    ParameterOverride(target: $0.0.target, values: $0.1)
                }
                kernel.run(paths: paths, generator: &generator, deterministic: m == 1, overrides: overrides)
            }
            for s in 0..<chunk {
                if m == 1 {
                    for (j, (index, goal)) in series.enumerated() {
                        row[j] = Self.reduceOne(
                            measures[j].statistic, scales[j].inverse(kernel.out[index * kernel.capacity + s]),
                            goal: goal)
                    }
                } else {
                    row = reduceMany(kernel, sample: s)
                }
                let base = (start + s) * order.count
                for (c, j) in order.enumerated() { results[base + c] = row[j] }
            }
            start += chunk
        }
        return results
    }

    /// The measures and jackknife replicates of sample `s` of a block of M paths each.
    func reduceMany(_ kernel: BlockKernel, sample s: Int) -> [Double] {
        let m = pathsPerSample
        let values = zip(series, scales).map { (entry, scale) in
            (0..<m).map { scale.inverse(kernel.out[entry.index * kernel.capacity + s * m + $0]) }
        }
        var row = zip(measures, zip(values, series)).map {
            Self.reduce($0.0, $0.1.0, goal: $0.1.1.goal, deterministic: false)
        }
        for g in 0..<groups {
            let kept = values[0].enumerated().filter { $0.offset % groups != g }.map(\.element)
            row.append(Self.reduce(measures[0], kept, goal: series[0].goal, deterministic: false))
        }
        return row
    }

    /// A deterministic measure from the one path's target quantity: the same value as
    /// ``reduce(_:_:goal:deterministic:)`` of `[value]`.
    @inline(__always)
    static func reduceOne(_ statistic: SweepMeasure.Statistic, _ value: Double, goal: Double?) -> Double {
        switch statistic {
        case .probability: return goal.map { value / $0 } ?? .nan
        case .mean, .p50: return value
        }
    }

    /// One measure from the target quantity on each path.
    static func reduce(_ measure: SweepMeasure, _ values: [Double], goal: Double?, deterministic: Bool) -> Double {
        switch measure.statistic {
        case .probability:
            guard let goal else { return .nan }
            return deterministic ? values[0] / goal : Double(values.filter { $0 >= goal }.count) / Double(values.count)
        case .mean:
            // The mean of the paths between P1 and P99 (⌊M/100⌋ dropped at each end): the
            // log-t levels have no finite mean, so a plain sample mean follows its largest path.
            let cut = values.count / 100, kept = values.sorted()[cut..<(values.count - cut)]
            return kept.reduce(0, +) / Double(kept.count)
        case .p50: return values.sorted()[values.count / 2]
        }
    }
}

extension Array where Element == [Double] {
    /// Scoped pointers to every inner array at once.
    func withUnsafeBufferPointers<R>(_ body: ([UnsafePointer<Double>]) -> R) -> R {
        func nest(_ i: Int, _ acc: [UnsafePointer<Double>]) -> R {
            if i == count { return body(acc) }
            return self[i].withUnsafeBufferPointer { nest(i + 1, acc + [$0.baseAddress!]) }
        }
        return nest(0, [])
    }
}
