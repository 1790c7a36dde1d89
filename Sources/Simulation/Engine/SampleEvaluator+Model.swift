import PlanData

/// The part of a model a sweep's measures read, and the sweep's inputs mapped onto it.
///
/// - The horizon becomes the last year a measure reads (its target year; the model's
///   horizon for a measure without a target): later years change nothing before them.
/// - Only the targets the measures read are kept (the first of each measured
///   indicator, the one ``SampleEvaluator`` reads), so no target lies beyond the horizon.
/// - Deterministically (no shocks, no draws), only the indicators the measured ones
///   depend on are stepped: each measured indicator, the drivers of its `grows as`
///   adjustments (transitively), and all three linked indicators when one of them is
///   needed. The others' processes are dropped and inputs that move only them are
///   dropped with them. With Monte Carlo paths every process stays: the draws are taken
///   in process order, so dropping one would change the others' numbers.
///
/// Each kept quantity goes through the same operations in the same order as in the
/// whole model, so the outputs are bit for bit the same.
struct SweepModel: Sendable {
    struct Input: Sendable {
        let target: ParameterOverride.Target
        let transform: @Sendable (Double) -> Double
        /// The input's column in a sample row.
        let column: Int
    }

    let model: SimulationModel
    let inputs: [Input]

    init(
        _ whole: SimulationModel, inputs: [(ParameterOverride.Target, @Sendable (Double) -> Double)],
        measures: [SweepMeasure], deterministic: Bool, reduce: Bool = true
    ) {
        var model = whole
        guard reduce else {
            self.model = whole
            self.inputs = inputs.enumerated().map {
                Input(target: $0.element.0, transform: $0.element.1, column: $0.offset)
            }
            return
        }
        var targets: [PlanTarget] = []
        for measure in measures where !targets.contains(where: { $0.indicator == measure.indicator }) {
            if let t = whole.targets.first(where: { $0.indicator == measure.indicator }) { targets.append(t) }
        }
        let lastYear =
            measures.map { m in whole.targets.first { $0.indicator == m.indicator }?.targetYear ?? whole.horizon }.max()
            ?? whole.horizon
        model.targets = targets
        model.horizon = max(whole.firstYear, min(whole.horizon, lastYear))
        var processOf = Array(whole.univariate.indices).map { Optional($0) }
        if deterministic {
            let needed = Self.needed(whole, measures: measures)
            if let roles = whole.roles, whole.linked != nil, !needed.contains(whole.index(of: roles.output) ?? -1) {
                model.linked = nil
            }
            var kept = 0
            for (k, process) in whole.univariate.enumerated() {
                if needed.contains(whole.index(of: process.indicator)!) {
                    processOf[k] = kept
                    kept += 1
                } else {
                    processOf[k] = nil
                }
            }
            model.univariate = whole.univariate.filter { needed.contains(whole.index(of: $0.indicator)!) }
        }
        var mapped: [Input] = []
        for (column, input) in inputs.enumerated() {
            switch input.0 {
            case .univariate(let process, let parameter):
                guard let p = processOf[process] else { continue }
                mapped.append(
                    Input(target: .univariate(process: p, parameter: parameter), transform: input.1, column: column))
            case .linked where model.linked == nil:
                continue
            default:
                mapped.append(Input(target: input.0, transform: input.1, column: column))
            }
        }
        self.model = model
        self.inputs = mapped
    }

    /// Indices of the indicators the measured ones depend on.
    static func needed(_ model: SimulationModel, measures: [SweepMeasure]) -> Set<Int> {
        var needed = Set(measures.compactMap { model.index(of: $0.indicator) })
        let linked: [Int] =
            model.linked == nil
            ? []
            : (model.roles.map { [$0.investment, $0.output, $0.employment] } ?? []).compactMap { model.index(of: $0) }
        var queue = Array(needed)
        while let i = queue.popLast() {
            var next: [Int] = []
            if linked.contains(i) { next += linked }
            if i < model.adjustments.count {
                for a in model.adjustments[i] { if case .growsAs(let j) = a.action { next.append(j) } }
            }
            for j in next where !needed.contains(j) {
                needed.insert(j)
                queue.append(j)
            }
        }
        return needed
    }
}
