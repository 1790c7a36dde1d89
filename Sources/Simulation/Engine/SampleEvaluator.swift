import Foundation

/// What a sweep measures for each sample.
public struct SweepMeasure: Sendable, Equatable {
    public enum Statistic: String, Sendable { case probability, p50, mean }
    public let statistic: Statistic
    public let indicator: String
    public init(statistic: Statistic, indicator: String) { self.statistic = statistic; self.indicator = indicator }
    public var name: String { "\(statistic.rawValue)_\(indicator)" }
}

/// Evaluates the model for a batch of samples, each as one deterministic path (shocks at
/// zero, other parameters at their means, the sample's numbers in place) or as `M` Monte
/// Carlo paths reduced to the measure.
///
/// Measures per sample: for `probability`, deterministically the target ratio (the
/// target quantity ÷ the target: ≥ 1 means met), with M paths the share of paths that
/// meet it; for `p50` and `mean`, the target quantity's median or mean (deterministic:
/// its value). The target quantity is the level in the target year, or the sum for sum
/// targets; without a target, the level in the horizon year.
///
/// With M paths, every sample uses the same M random streams (common random numbers):
/// two samples differ only by their inputs, so an input without effect changes no
/// output at all, and the index estimators compare like with like.
public enum SampleEvaluator {
    public static let blockSize = 512

    /// - Parameters:
    ///   - inputs: per input, where it lands and how a sampled value is converted.
    ///   - rows: the samples (a row per sample, a column per input).
    ///   - seed: the seed of the M paths every sample shares, when `pathsPerSample > 1`.
    ///   - jackknifeGroups: with M > 1, also return for the first measure its value
    ///     without the paths of group g (paths p with p mod G = g), for g in 0..<G: the
    ///     delete-a-group jackknife replicates that measure the Monte Carlo noise.
    /// - Returns: per sample, one value per measure, then the G replicates.
    public static func evaluate(_ model: SimulationModel, inputs: [(ParameterOverride.Target, @Sendable (Double) -> Double)],
                                rows: [[Double]], measures: [SweepMeasure], pathsPerSample: Int,
                                seed: UInt64, jackknifeGroups: Int = 0) -> [[Double]] {
        let m = max(1, pathsPerSample)
        let perChunk = m == 1 ? blockSize : 1
        let kernel = BlockKernel(model: model, capacity: perChunk * m)
        let layout = kernel.layout
        let series = measures.map { measure -> (Int, Double?) in
            let target = model.targets.firstIndex { $0.indicator == measure.indicator }
            let goal = target.map { model.targets[$0].target }
            if let t = target, let sum = layout.targetSumSeries[t] { return (sum, goal) }
            return (layout.series(indicator: model.index(of: measure.indicator)!, year: target.map { model.targets[$0].targetYear } ?? model.horizon), goal)
        }
        let groups = m > 1 ? min(jackknifeGroups, m) : 0
        var results: [[Double]] = []
        results.reserveCapacity(rows.count)
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(start + perChunk, rows.count)]
            let paths = chunk.count * m
            var buffers = inputs.map { _ in [Double](repeating: 0, count: paths) }
            for (s, row) in chunk.enumerated() {
                for (i, input) in inputs.enumerated() {
                    let v = input.1(row[i])
                    for p in 0..<m { buffers[i][s * m + p] = v }
                }
            }
            var generator = NormalGenerator(Xoshiro256(seed: seed, block: 0))
            buffers.withUnsafeBufferPointers { pointers in
                let overrides = zip(inputs, pointers).map { ParameterOverride(target: $0.0.0, values: $0.1) }
                kernel.run(paths: paths, generator: &generator, deterministic: m == 1, overrides: overrides)
            }
            for s in 0..<chunk.count {
                let values = series.map { (index, _) in (0..<m).map { exp(kernel.out[index * kernel.capacity + s * m + $0]) } }
                var row = zip(measures, zip(values, series)).map { reduce($0.0, $0.1.0, goal: $0.1.1.1, deterministic: m == 1) }
                for g in 0..<groups {
                    let kept = values[0].enumerated().filter { $0.offset % groups != g }.map(\.element)
                    row.append(reduce(measures[0], kept, goal: series[0].1, deterministic: false))
                }
                results.append(row)
            }
            start = chunk.endIndex
        }
        return results
    }

    /// One measure from the target quantity on each path.
    static func reduce(_ measure: SweepMeasure, _ values: [Double], goal: Double?, deterministic: Bool) -> Double {
        switch measure.statistic {
        case .probability:
            guard let goal else { return .nan }
            return deterministic ? values[0] / goal : Double(values.filter { $0 >= goal }.count) / Double(values.count)
        case .mean: return values.reduce(0, +) / Double(values.count)
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
