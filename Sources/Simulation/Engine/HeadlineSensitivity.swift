import Forecasting
import Foundation
public import PlanData

/// How much a headline probability moves when one stated assumption moves across its
/// prior: what `plansim fit` shows under "what the headline rests on".
public struct HeadlineSensitivity: Sendable {
    public struct Row: Sendable {
        /// The linked-core parameter varied (``LinkedCoreFit/parameterNames``).
        public let parameter: String
        /// The quantile of its prior it was fixed at (0.1, 0.5, 0.9) and the value there.
        public let quantile: Double
        public let value: Double
        /// P(target met) of each headline target, in ``targets`` order.
        public let probabilities: [Double]
    }

    public let targets: [String]
    public let rows: [Row]

    /// For each parameter in `parameters`, the headline targets' probabilities with the
    /// parameter fixed at the 10th, 50th and 90th percentile of its prior (all else as in
    /// the baseline; common random numbers, so differences are the parameter's own).
    /// `targets` defaults to the plan's output and employment roles.
    public static func evaluate(
        _ dataset: Dataset, parameters: [String] = ["capital_output_ratio", "tfp_growth_now", "tfp_growth_long_run"],
        targets: [String]? = nil,
        paths: Int = 20_000, seed: UInt64 = 20_210_929, threads: Int = 2
    ) -> HeadlineSensitivity {
        let base = SimulationModel.baseline(dataset)
        // By default the plan's own output and employment roles (none for a plan without a linked core).
        let wanted = targets ?? dataset.roles.map { [$0.output, $0.employment] } ?? []
        let present = wanted.filter { id in base.0.targets.contains { $0.indicator == id } }
        var rows: [Row] = []
        for name in parameters {
            let j = LinkedCoreFit.index(of: name)
            guard let linked = base.0.linked else { break }
            for (q, z) in [(0.1, -1.2815515655446004), (0.5, 0.0), (0.9, 1.2815515655446004)] {
                var model = base.0
                let value = linked.mean[j] + z * linked.sd[j]
                model.linked?.mean[j] = value
                model.linked?.sd[j] = 0
                let result = MonteCarlo.run(model, options: RunOptions(paths: paths, seed: seed, threads: threads))
                let p = present.map { id in result.targets.first { $0.target.indicator == id }?.probability ?? .nan }
                rows.append(Row(parameter: name, quantile: q, value: value, probabilities: p))
            }
        }
        return HeadlineSensitivity(targets: present, rows: rows)
    }
}
