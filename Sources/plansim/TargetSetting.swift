import Foundation
import PlanData
import Reports
import Simulation

/// The numbers behind `plansim propose`: for each indicator with an actual at the base
/// year, the distribution of its target-year value (or its sum over the new period) from
/// the baseline model conditioned on every actual (the old plan's targets left out of the
/// fit, so that no target shapes its successor's odds), read at the stated probabilities.
///
/// The engine reports the probability of meeting a target, so the distribution is read
/// as the probabilities of a grid of 81 log-spaced targets per indicator (one run), placed
/// from a first run's P5–P95 widened; the value met with probability p is interpolated
/// in log value between the two grid points that bracket p.
enum TargetSetting {
    static let gridSize = 81

    struct Setup {
        let id: String
        let kind: TargetKind
        let direction: TargetDirection
        let base: Double
    }

    static func propose(_ inputs: CycleInputs, baseYear: Int, targetYear: Int, odds: [Double], paths: Int, seed: UInt64, threads: Int,
                        dataFile: String) throws -> (ProposalDocument, [Double: [String: Double]]) {
        let data = inputs.withActuals, plan = inputs.plan
        var setups: [Setup] = []
        var skipped: [(String, String)] = []
        for i in plan.indicators {
            guard let point = data.series(i.id).point(in: baseYear), point.origin != .reconstructed, point.value > 0 else {
                skipped.append((i.id, "no actual for \(baseYear)")); continue
            }
            let planTarget = plan.targets(of: i.id).first
            let kind: TargetKind = planTarget?.kind == .periodSum ? .periodSum : i.kind == .stockCount ? .stock : i.kind == .annualFlow ? .flow : .level
            setups.append(Setup(id: i.id, kind: kind, direction: planTarget?.direction ?? .floor, base: point.value))
        }
        guard !setups.isEmpty else {
            let example = "\(plan.indicators.first?.id ?? "id"),\(baseYear),VALUE"
            throw InputIssue(file: dataFile, message: Phrase(zh: "没有基年 \(baseYear) 的实际值", en: "no actuals for \(baseYear), the base year"),
                             help: Phrase(zh: "请为每个指标加一行 \(baseYear) 年的数据，如 `\(example)`；本规划的指标为 ",
                                          en: "add a row per indicator for \(baseYear), e.g. `\(example)`; the plan's indicators are ") + .codes(plan.indicators.map(\.id)))
        }
        let n = targetYear - baseYear
        // The old plan's targets are left out of the fit: a target must not shape the
        // odds of its successor (the baseline centres thin-data growth on targets).
        let untargeted = Dataset(planIndicators: data.indicators, series: data.series, sums: data.sums, targets: [], facts: data.facts,
                                 notes: data.notes, provenance: data.provenance, roles: data.roles, plan: data.plan)
        var model = SimulationModel.baseline(untargeted, horizon: targetYear).0
        let options = RunOptions(paths: paths, seed: seed, threads: threads)
        func target(_ s: Setup, _ value: Double) -> PlanTarget {
            PlanTarget(indicator: s.id, baseYear: baseYear, base: s.base, targetYear: targetYear, target: value, kind: s.kind, direction: s.direction)
        }
        // Run 1: where each distribution lies.
        model.targets = setups.map { target($0, $0.kind == .periodSum ? $0.base * Double(n) : $0.base) }
        let first = MonteCarlo.run(model, options: options)
        let ranges: [(Double, Double)] = setups.enumerated().map { k, s in
            if s.kind == .periodSum { return (first.targets[k].p10 * 0.4, first.targets[k].p90 * 2) }
            let y = first.indicators.first { $0.indicator == s.id }!.year(targetYear)!
            return (y.p5 * 0.6, y.p95 * 1.6)
        }
        // Run 2: the probability at each grid value.
        let grids = ranges.map { lo, hi in (0..<gridSize).map { j in exp(log(lo) + (log(hi) - log(lo)) * Double(j) / Double(gridSize - 1)) } }
        model.targets = setups.enumerated().flatMap { k, s in grids[k].map { target(s, $0) } }
        let second = MonteCarlo.run(model, options: options)
        let wanted = Array(Set(odds + [0.8])).sorted()
        var values: [Double: [String: Double]] = [:]
        var proposals: [Proposal] = []
        for (k, s) in setups.enumerated() {
            let probabilities = (0..<gridSize).map { second.targets[k * gridSize + $0].probability }
            var points: [Proposal.Point] = []
            for p in wanted {
                let (v, clipped) = invert(p, grid: grids[k], probabilities: probabilities)
                let growth = s.kind == .periodSum ? TargetArithmetic.periodSumRate(base: s.base, total: v, years: n)
                                                  : TargetArithmetic.compoundRate(from: s.base, to: v, years: n)
                values[p, default: [:]][s.id] = v
                if odds.contains(p) { points.append(Proposal.Point(probability: p, target: v, growth: growth, clipped: clipped)) }
            }
            let oldBase = plan.targets(of: s.id).first?.baseYear ?? (plan.plan.map { $0.period.lowerBound - 1 })
            var history: Double?
            if let oldBase, oldBase < baseYear, let v0 = data.series(s.id).value(in: oldBase), v0 > 0 {
                history = TargetArithmetic.compoundRate(from: v0, to: s.base, years: baseYear - oldBase)
            }
            proposals.append(Proposal(indicator: plan.indicator(s.id)!, kind: s.kind, direction: s.direction, baseYear: baseYear, base: s.base,
                                      targetYear: targetYear, at: points.sorted { odds.firstIndex(of: $0.probability)! < odds.firstIndex(of: $1.probability)! },
                                      historyGrowth: history, historyYears: oldBase.map { $0...baseYear },
                                      vision: plan.targets(of: s.id).first { $0.targetYear > targetYear }))
        }
        let document = ProposalDocument(proposals: proposals, skipped: skipped, illustrative: inputs.illustrative,
                                        provenance: inputs.provenance(["forecast: the baseline model conditioned on every actual, \(paths) paths, seed \(seed); values read from \(gridSize) targets per indicator"]))
        return (document, values)
    }

    /// The grid value met with probability `p`, interpolated in log value; the grid's edge
    /// (clipped) when `p` lies beyond the probabilities the grid reaches.
    static func invert(_ p: Double, grid: [Double], probabilities: [Double]) -> (Double, Bool) {
        for j in 0..<(grid.count - 1) {
            let a = probabilities[j], b = probabilities[j + 1]
            guard (a - p) * (b - p) <= 0, a != b else { continue }
            let w = (p - a) / (b - a)
            return (exp(log(grid[j]) + w * (log(grid[j + 1]) - log(grid[j]))), false)
        }
        // Beyond the grid: the edge on p's side.
        let decreasing = probabilities.first! >= probabilities.last!
        return ((p > probabilities.first!) == decreasing ? grid.first! : grid.last!, true)
    }
}
