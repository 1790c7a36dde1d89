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
public enum SampleEvaluator {
    public static let blockSize = 512

    /// - Parameters:
    ///   - inputs: per input, where it lands and how a sampled value is converted.
    ///   - rows: the samples (a row per sample, a column per input).
    ///   - seed, block: the random stream of this block, when `pathsPerSample > 1`.
    /// - Returns: per sample, one value per measure.
    public static func evaluate(_ model: SimulationModel, inputs: [(ParameterOverride.Target, @Sendable (Double) -> Double)],
                                rows: ArraySlice<[Double]>, measures: [SweepMeasure], pathsPerSample: Int,
                                seed: UInt64, block: Int) -> [[Double]] {
        let m = max(1, pathsPerSample)
        let perChunk = max(1, blockSize / m)
        let kernel = BlockKernel(model: model, capacity: perChunk * m)
        let layout = kernel.layout
        var results: [[Double]] = []
        var chunkIndex = 0
        var start = rows.startIndex
        while start < rows.endIndex {
            let chunk = rows[start..<min(start + perChunk, rows.endIndex)]
            let paths = chunk.count * m
            var buffers = inputs.map { _ in [Double](repeating: 0, count: paths) }
            for (s, row) in chunk.enumerated() {
                for (i, input) in inputs.enumerated() {
                    let v = input.1(row[i])
                    for p in 0..<m { buffers[i][s * m + p] = v }
                }
            }
            var generator = NormalGenerator(Xoshiro256(seed: seed, block: UInt64(block) &* 4096 &+ UInt64(chunkIndex)))
            buffers.withUnsafeBufferPointers { pointers in
                let overrides = zip(inputs, pointers).map { ParameterOverride(target: $0.0.0, values: $0.1) }
                kernel.run(paths: paths, generator: &generator, deterministic: m == 1, overrides: overrides)
            }
            for s in 0..<chunk.count {
                results.append(measures.map { measure in
                    let target = model.targets.firstIndex { $0.indicator == measure.indicator }
                    let series: Int
                    if let t = target, let sum = layout.targetSumSeries[t] { series = sum }
                    else { series = layout.series(indicator: model.index(of: measure.indicator)!, year: target.map { model.targets[$0].targetYear } ?? model.horizon) }
                    let values = (0..<m).map { exp(kernel.out[series * kernel.capacity + s * m + $0]) }
                    switch measure.statistic {
                    case .probability:
                        guard let t = target else { return .nan }
                        let goal = model.targets[t].target
                        return m == 1 ? values[0] / goal : Double(values.filter { $0 >= goal }.count) / Double(m)
                    case .mean: return values.reduce(0, +) / Double(m)
                    case .p50: return values.sorted()[m / 2]
                    }
                })
            }
            start = chunk.endIndex
            chunkIndex += 1
        }
        return results
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
