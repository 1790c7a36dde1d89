import Forecasting
import Foundation
import LinearAlgebra

/// Simulates one block of paths into buffers allocated once per worker: log levels of
/// every series and which paths meet each target. Nothing is allocated per block, and
/// the hot loops run over raw buffers (no reference counting, no exclusivity checks).
final class BlockKernel {
    let model: SimulationModel
    let layout: Layout
    let capacity: Int
    /// The vector kernels of this process (the same bits whichever version).
    let kernels = VectorKernels.selected
    /// Log level (or log sum) of series `s`, path `p`, at `out[s * capacity + p]`.
    let out: UnsafeMutablePointer<Double>
    var metCounts: [Int]
    /// Work space of `capacity` doubles each (reductions; the linked step).
    let scratch: UnsafeMutablePointer<Double>
    /// Work space of `capacity` histogram bin indices.
    let binScratch: UnsafeMutablePointer<Int32>
    private let scratchOutput: UnsafeMutablePointer<Double>

    private let n: Int
    private let z, eps, state, previousGrowth, univariateParameters, linkedParameters, capital,
        sums: UnsafeMutablePointer<Double>
    /// State at the start of the year, scenario numbers per path, one-off shock carries.
    private let previous, adjustmentValues, carries: UnsafeMutablePointer<Double>
    private let shockSD: [Double]
    private let hasAdjustments: Bool
    private let parameterOffset: [Int]
    private let identityCorrelation: Bool
    private let correlationStorage: [Double]
    private let dampingPowers: [[Double]]
    private let tfpPowers: [Double]
    private let indexOfProcess: [Int]
    private let linkedIndex: (investment: Int, output: Int, employment: Int)?
    private let actualLogs: [[Int: Double]]
    private let choleskyRows: [[Double]]
    /// Per indicator: degrees of freedom of its Student-t shocks (∞: normal), and a
    /// per-path scale √(ν/χ²_ν) at `shockScale[i * capacity + p]`, its χ² shared with the
    /// other indicators (``SharedShockScales``).
    private let shockDegreesOfFreedom: [Double]
    private let scaledIndicators: [Int]
    private let shockScale: UnsafeMutablePointer<Double>
    /// Per univariate process: 1 on the paths it drives, 0 elsewhere (mixture components
    /// only); the indicator's last process, after which its adjustments apply.
    private let mixtureMask: UnsafeMutablePointer<Double>
    private let isLastProcessOfIndicator: [Bool]
    /// The last year simulated (the horizon unless set lower): an inversion of targets
    /// up to 2025 needs no later year. Counts of targets after it are meaningless.
    var lastYear: Int
    /// When set, `run` keeps its draws here, so ``replay(_:lever:)`` can simulate the
    /// block again without drawing.
    var tape: DrawTape?
    /// The indicators simulated (nil: all): a replay for some targets skips the univariate
    /// indicators they do not depend on, whose states and targets are then meaningless.
    var simulated: [Bool]?
    /// The random stream `run` draws from. With `.two`, each year's shocks and the linked
    /// core's parameters come from `lanes` (the rest from `generator`, as in stream 1), and
    /// the linked step's log is the kernels' log (also in `replay`).
    var stream: RandomStream = .one
    /// Stream 2's lanes for the block to run: set by the caller before each `run`.
    var lanes = LaneStream()

    init(model: SimulationModel, capacity: Int) {
        self.model = model
        layout = Layout(model)
        self.capacity = capacity
        n = model.indicators.count
        lastYear = model.horizon
        func buffer(_ count: Int) -> UnsafeMutablePointer<Double> {
            let p = UnsafeMutablePointer<Double>.allocate(capacity: max(count, 1))
            p.initialize(repeating: 0, count: max(count, 1))
            return p
        }
        out = buffer(layout.seriesCount * capacity)
        metCounts = [Int](repeating: 0, count: model.targets.count)
        scratch = buffer(capacity)
        binScratch = .allocate(capacity: capacity)
        binScratch.initialize(repeating: 0, count: capacity)
        scratchOutput = buffer(capacity)
        z = buffer(n * capacity)
        eps = buffer(n * capacity)
        state = buffer(n * capacity)
        previousGrowth = buffer(model.univariate.count * capacity)
        var offsets: [Int] = [], total = 0
        for process in model.univariate {
            offsets.append(total)
            total += process.mean.count
        }
        parameterOffset = offsets
        univariateParameters = buffer(total * capacity)
        linkedParameters = buffer(LinkedCoreFit.parameterNames.count * capacity)
        capital = buffer(capacity)
        sums = buffer(model.targets.count * capacity)
        previous = buffer(n * capacity)
        hasAdjustments = model.adjustments.contains { !$0.isEmpty }
        let degrees = model.indicators.map { id in
            let own = model.univariate.filter { $0.indicator == id }.map(\.shockDegreesOfFreedom)
            if !own.isEmpty { return own.min()! }
            return model.linked == nil ? .infinity : BaselineAssumptions.shockPriorDegreesOfFreedom
        }
        shockDegreesOfFreedom = degrees
        scaledIndicators = degrees.indices.filter { degrees[$0].isFinite }
        shockScale = buffer(n * capacity)
        mixtureMask = buffer(model.univariate.count * capacity)
        isLastProcessOfIndicator = model.univariate.indices.map { k in
            !model.univariate[(k + 1)...].contains { $0.indicator == model.univariate[k].indicator }
        }
        adjustmentValues = buffer(model.adjustmentDraws.count * capacity)
        carries = buffer(max(model.shockCarries, 1) * capacity)
        shockSD = model.indicators.map { id in
            if let p = model.univariate.first(where: { $0.indicator == id }) { return p.shockSD }
            guard let f = model.linked?.fit, let roles = model.roles else { return 0 }
            return id == roles.investment
                ? f.investmentShockSD : id == roles.output ? f.outputShockSD : f.employmentShockSD
        }
        let corr = model.shockCorrelation
        identityCorrelation = corr == Matrix.identity(n)
        correlationStorage = corr.storage
        indexOfProcess = model.univariate.map { model.index(of: $0.indicator)! }
        choleskyRows = model.univariate.map { p in
            (0..<p.mean.count).flatMap { j in (0..<p.mean.count).map { i in i <= j ? p.cholesky[j, i] : 0 } }
        }
        dampingPowers = model.univariate.map { process in
            guard case .damped(let year) = process.rule else { return [] }
            return BlockKernel.powers(anchor: process.anchorYear, convergence: year, through: model.horizon)
        }
        actualLogs = model.indicators.indices.map { i in
            (model.actuals[model.indicators[i]] ?? [:]).mapValues(model.scale(of: i).forward)
        }
        if let linked = model.linked, let roles = model.roles {
            tfpPowers = BlockKernel.powers(
                anchor: linked.fit.outputAnchorYear, convergence: model.longRunYear, through: model.horizon)
            linkedIndex = (
                model.index(of: roles.investment)!, model.index(of: roles.output)!, model.index(of: roles.employment)!
            )
        } else {
            tfpPowers = []
            linkedIndex = nil
        }
    }

    deinit {
        binScratch.deallocate()
        for p in [
            shockScale, mixtureMask, previous, adjustmentValues, carries, out, scratch, scratchOutput, z, eps, state,
            previousGrowth, univariateParameters, linkedParameters, capital, sums,
        ] { p.deallocate() }
    }

    /// `φ^(t − anchor − 1)` for each year up to `through`, with `φ^(convergence − anchor − 1) = 0.05`.
    static func powers(anchor: Int, convergence: Int, through horizon: Int) -> [Double] {
        let span = Double(max(convergence - anchor - 1, 1))
        let phi = pow(0.05, 1 / span)
        return (0...max(0, horizon - anchor)).map { pow(phi, Double(max($0 - 1, 0))) }
    }

    /// Simulates `paths ≤ capacity` paths drawing from `generator`; with
    /// `deterministic`, the path with parameters at their means and no shocks.
    /// `lever` replaces the mean of the plan's investment growth (log points).
    ///
    /// Scenario numbers are drawn from `scenarioGenerator`, a stream of their own, so the
    /// model's parameters and shocks use the same draws in every scenario (common random
    /// numbers: differences between scenarios are the scenarios' own).
    ///
    /// `overrides` replace parameters path by path after they are drawn (a sweep's samples).
    func run(
        paths: Int, generator: inout NormalGenerator, scenarioGenerator: NormalGenerator? = nil,
        deterministic: Bool = false, lever: Double? = nil, overrides: [ParameterOverride] = []
    ) {
        precondition(paths <= capacity, "block of \(paths) paths exceeds kernel capacity \(capacity)")
        var scenarioDraws = scenarioGenerator ?? generator
        drawAdjustments(paths: paths, generator: &scenarioDraws, deterministic: deterministic)
        drawParameters(paths: paths, generator: &generator, deterministic: deterministic, lever: lever)
        drawShockScalesAndComponents(paths: paths, generator: &generator, deterministic: deterministic)
        for o in overrides {
            let target: UnsafeMutablePointer<Double>
            switch o.target {
            case .linked(let j): target = linkedParameters + j * capacity
            case .adjustment(let k): target = adjustmentValues + k * capacity
            case .univariate(let process, let parameter):
                target = univariateParameters + (parameterOffset[process] + parameter) * capacity
            }
            target.update(from: o.values, count: paths)
        }
        tape?.keep(paths: paths, drawnBuffers, capacity: capacity)
        start(paths: paths)
        for year in model.firstYear...lastYear {
            if deterministic {
                eps.update(repeating: 0, count: n * capacity)
            } else {
                fillNormals(identityCorrelation ? eps : z, paths: paths, generator: &generator)
                if !identityCorrelation {
                    correlationStorage.withUnsafeBufferPointer { lp in
                        BLASKernels.multiplyTransposed(z, rows: capacity, lp.baseAddress!, n: n, into: eps)
                    }
                }
            }
            for i in scaledIndicators {
                let e = eps + i * capacity, scale = shockScale + i * capacity
                for p in 0..<paths { e[p] *= scale[p] }
            }
            tape?.keep(shocks: eps, count: n * capacity)
            advance(year: year, paths: paths)
        }
        finishTargets(paths: paths)
    }

    /// The state before the first year, and empty period sums and shock carries.
    private func start(paths: Int) {
        initialState(paths: paths)
        sums.update(repeating: 0, count: model.targets.count * capacity)
        carries.update(repeating: 0, count: max(model.shockCarries, 1) * capacity)
    }

    /// One year of every process on this year's shocks (`eps`), recorded.
    private func advance(year: Int, paths: Int) {
        // Only scenario adjustments read the year's starting state; the baseline has none.
        if hasAdjustments { previous.update(from: state, count: n * capacity) }
        stepLinked(year: year, paths: paths)
        stepUnivariate(year: year, paths: paths)
        record(year: year, paths: paths)
    }

    @inline(never)
    private func fillNormals(_ target: UnsafeMutablePointer<Double>, paths: Int, generator: inout NormalGenerator) {
        if stream == .two {
            for i in 0..<n { lanes.fill(target + i * capacity, count: paths, kernels: kernels) }
            return
        }
        for i in 0..<n { generator.fill(target + i * capacity, count: paths) }
    }

    /// The range each linked parameter's draw is clamped to (``LinkedCoreFit/parameterNames`` order).
    static let linkedBounds: [(Double, Double)] = [
        (0.01, 0.95), (0.005, 0.5), (-1, 1), (-1, 1), (-1, 3), (-2, 2), (-1, 1), (0.2, 20),
    ]

    private func drawParameters(paths: Int, generator: inout NormalGenerator, deterministic: Bool, lever: Double?) {
        var draw = [Double](repeating: 0, count: 16)
        for (k, process) in model.univariate.enumerated() {
            let m = process.mean.count, base = parameterOffset[k] * capacity, rows = choleskyRows[k]
            for p in 0..<paths {
                if !deterministic { for j in 0..<m { draw[j] = generator.next() } }
                for j in 0..<m {
                    var value = process.mean[j]
                    if !deterministic { for i in 0...j { value += rows[j * m + i] * draw[i] } }
                    univariateParameters[base + j * capacity + p] = value
                }
            }
        }
        guard let linked = model.linked else { return }
        var mean = linked.mean
        if let lever { mean[5] = lever }
        let bounds = BlockKernel.linkedBounds
        for j in bounds.indices {
            let sd = linked.sd[j], lo = bounds[j].0, hi = bounds[j].1
            // The draws of parameter j for every path in one fill (the same stream as a draw per path).
            if deterministic {
                scratch.update(repeating: 0, count: paths)
            } else if stream == .two {
                lanes.fill(scratch, count: paths, kernels: kernels)
            } else {
                generator.fill(scratch, count: paths)
            }
            for p in 0..<paths {
                let value = deterministic ? mean[j] : mean[j] + sd * scratch[p]
                linkedParameters[j * capacity + p] = min(max(value, lo), hi)
            }
        }
    }

    /// Per path, the scales √(ν/X) that turn each indicator's normal shocks into its
    /// predictive Student-t, one χ² shared by every indicator (``SharedShockScales``: the
    /// simulated shock correlation is then the estimated one); and, for mixtures, which
    /// component drives each path (deterministic: every component at its weight, a blend of
    /// their mean paths).
    private func drawShockScalesAndComponents(paths: Int, generator: inout NormalGenerator, deterministic: Bool) {
        SharedShockScales.draw(
            scaledIndicators, degrees: shockDegreesOfFreedom, paths: paths, capacity: capacity, into: shockScale,
            chi: scratch, generator: &generator, deterministic: deterministic)
        var uniforms: [String: [Double]] = [:]
        for (k, process) in model.univariate.enumerated() where process.isMixtureComponent {
            let mask = mixtureMask + k * capacity
            if deterministic {
                for p in 0..<paths { mask[p] = process.mixture.upperBound - process.mixture.lowerBound }
                continue
            }
            if uniforms[process.indicator] == nil {
                uniforms[process.indicator] = (0..<paths).map { _ in generator.source.uniform() }
            }
            let u = uniforms[process.indicator]!
            for p in 0..<paths { mask[p] = process.mixture.contains(u[p]) ? 1 : 0 }
        }
    }

    private func initialState(paths: Int) {
        let before = model.firstYear - 1
        for (k, process) in model.univariate.enumerated() {
            let i = indexOfProcess[k]
            let start = actualLogs[i][before] ?? model.scale(of: i).forward(process.anchorValue)
            var last = 0.0
            if case .ar1(let g) = process.rule { last = g }
            for p in 0..<paths {
                state[i * capacity + p] = start
                previousGrowth[k * capacity + p] = last
            }
        }
        guard let idx = linkedIndex else { return }
        for i in [idx.investment, idx.output, idx.employment] {
            let start = actualLogs[i][before] ?? 0
            for p in 0..<paths { state[i * capacity + p] = start }
        }
        // K₀ = κ·Y₀: the capital–output ratio times the output of the year before the run.
        let output0 = exp(actualLogs[idx.output][before] ?? 0)
        let ratio = linkedParameters + LinkedCoreFit.index(of: "capital_output_ratio") * capacity
        for p in 0..<paths { capital[p] = ratio[p] * output0 }
    }

    private func stepUnivariate(year: Int, paths: Int) {
        for (k, process) in model.univariate.enumerated() where simulated?[indexOfProcess[k]] ?? true {
            let i = indexOfProcess[k]
            let s = state + i * capacity, e = eps + i * capacity
            defer { if isLastProcessOfIndicator[k] { applyAdjustments(indicator: i, year: year, paths: paths) } }
            if year <= process.anchorYear {
                if let actual = actualLogs[i][year] { for p in 0..<paths { s[p] = actual } }
                continue
            }
            if process.isMixtureComponent {
                // Step a copy and keep the increment on this component's paths only.
                let before = scratch, mask = mixtureMask + k * capacity
                before.update(from: s, count: paths)
                step(process: k, year: year, state: s, eps: e, paths: paths)
                for p in 0..<paths { s[p] = before[p] + mask[p] * (s[p] - before[p]) }
            } else {
                step(process: k, year: year, state: s, eps: e, paths: paths)
            }
        }
    }

    /// One year of univariate process `k` on `paths` paths of its indicator's state.
    private func step(
        process k: Int, year: Int, state s: UnsafeMutablePointer<Double>, eps e: UnsafeMutablePointer<Double>,
        paths: Int
    ) {
        let process = model.univariate[k]
        let sd = process.shockSD
        let params = univariateParameters + parameterOffset[k] * capacity
        let step = year - process.anchorYear
        switch process.rule {
        case .constant:
            for p in 0..<paths { s[p] += params[p] + sd * e[p] }
        case .damped:
            let w = dampingPowers[k][min(step, dampingPowers[k].count - 1)]
            let longRun = params + capacity
            for p in 0..<paths { s[p] += longRun[p] + (params[p] - longRun[p]) * w + sd * e[p] }
        case .ar1:
            let rho = params + capacity, previous = previousGrowth + k * capacity
            for p in 0..<paths {
                let g = params[p] + rho[p] * previous[p] + sd * e[p]
                previous[p] = g
                s[p] += g
            }
        case .logistic, .gompertz:
            let gompertz = process.rule == .gompertz
            for p in 0..<paths {
                let kk = params[p], r = params[capacity + p], t0 = params[2 * capacity + p]
                let now = SaturationModels.level(gompertz: gompertz, k: kk, r: r, t0: t0, at: Double(step))
                let last = SaturationModels.level(gompertz: gompertz, k: kk, r: r, t0: t0, at: Double(step - 1))
                let growth = log(now / last)
                s[p] += (growth.isFinite ? growth : 0) + sd * e[p]  // a drawn curve with no level left: no growth
            }
        }
    }

    private func stepLinked(year: Int, paths: Int) {
        guard let linked = model.linked, let idx = linkedIndex else { return }
        let fit = linked.fit
        let investment = state + idx.investment * capacity, output = state + idx.output * capacity,
            jobs = state + idx.employment * capacity
        let eI = eps + idx.investment * capacity, eY = eps + idx.output * capacity, eE = eps + idx.employment * capacity
        let investmentActual = year <= fit.investmentAnchorYear ? actualLogs[idx.investment][year] : nil
        let outputActual = year <= fit.outputAnchorYear ? actualLogs[idx.output][year] : nil
        let jobsActual = year <= fit.employmentAnchorYear ? actualLogs[idx.employment][year] : nil
        let tfpWeight = tfpPowers[min(max(year - fit.outputAnchorYear, 0), tfpPowers.count - 1)]
        let growth = linkedParameters + (year <= fit.planEndYear ? 5 : 6) * capacity
        let alpha = linkedParameters, delta = linkedParameters + capacity
        let tfpNow = linkedParameters + 2 * capacity, tfpLongRun = linkedParameters + 3 * capacity,
            elasticity = linkedParameters + 4 * capacity
        let sdI = fit.investmentShockSD, sdY = fit.outputShockSD, sdE = fit.employmentShockSD
        // Separate passes, so that the arithmetic ones vectorize and the transcendental
        // ones run over contiguous buffers.
        if let actual = investmentActual {
            for p in 0..<paths { investment[p] = actual }
        } else {
            for p in 0..<paths { investment[p] += growth[p] + sdI * eI[p] }
        }
        applyAdjustments(indicator: idx.investment, year: year, paths: paths)
        let ratio = scratch
        kernels.exp(investment, ratio, count: paths)
        for p in 0..<paths {
            let old = capital[p]
            capital[p] = (1 - delta[p]) * old + ratio[p]
            ratio[p] = capital[p] / old
        }
        if let actual = outputActual {
            for p in 0..<paths {
                scratchOutput[p] = output[p]
                output[p] = actual
            }
        } else {
            if stream == .two {
                kernels.log(ratio, ratio, count: paths)
            } else {
                for p in 0..<paths { ratio[p] = log(ratio[p]) }
            }
            for p in 0..<paths {
                scratchOutput[p] = output[p]
                output[p] += tfpLongRun[p] + (tfpNow[p] - tfpLongRun[p]) * tfpWeight + sdY * eY[p] + alpha[p] * ratio[p]
            }
        }
        applyAdjustments(indicator: idx.output, year: year, paths: paths)
        if let actual = jobsActual {
            for p in 0..<paths { jobs[p] = actual }
        } else {
            for p in 0..<paths { jobs[p] += elasticity[p] * (output[p] - scratchOutput[p]) + sdE * eE[p] }
        }
        applyAdjustments(indicator: idx.employment, year: year, paths: paths)
    }

    private func drawAdjustments(paths: Int, generator: inout NormalGenerator, deterministic: Bool) {
        for (k, draw) in model.adjustmentDraws.enumerated() {
            let v = adjustmentValues + k * capacity
            for p in 0..<paths {
                var x: Double
                if deterministic {
                    x = draw.distribution.mean
                } else {
                    switch draw.distribution {
                    case .constant(let c): x = c
                    case .normal(let m, let sd): x = m + sd * generator.next()
                    case .uniform(let a, let b): x = a + (b - a) * generator.source.uniform()
                    case .triangular(let a, let m, let b):
                        let u = generator.source.uniform(), f = (m - a) / (b - a)
                        x =
                            u < f
                            ? a + ((b - a) * (m - a) * u).squareRoot() : b - ((b - a) * (b - m) * (1 - u)).squareRoot()
                    case .lognormal(let mu, let sigma): x = exp(mu + sigma * generator.next())
                    }
                }
                switch draw.transform {
                case .identity: v[p] = x
                case .logGrowth: v[p] = log1p(max(x, -0.999_999))
                case .levelToGrowth(let anchor, let years): v[p] = log(max(x, 1e-300) / anchor) / Double(years)
                }
            }
        }
    }

    /// Applies the scenario's adjustments of indicator `i` in `year` (after its model step).
    private func applyAdjustments(indicator i: Int, year: Int, paths: Int) {
        guard i < model.adjustments.count, !model.adjustments[i].isEmpty else { return }
        let s = state + i * capacity, before = previous + i * capacity, e = eps + i * capacity
        let sd = shockSD[i], scale = model.scale(of: i)
        for a in model.adjustments[i] {
            let v = adjustmentValues + a.value * capacity
            switch a.action {
            case .replaceGrowth where a.years.contains(year):
                for p in 0..<paths { s[p] = before[p] + v[p] + sd * e[p] }
            case .growsAs(let j) where a.years.contains(year):
                let d = state + j * capacity, dBefore = previous + j * capacity
                for p in 0..<paths { s[p] = before[p] + v[p] * (d[p] - dBefore[p]) + sd * e[p] }
            case .addGrowth where a.years.contains(year):
                for p in 0..<paths { s[p] += v[p] }
            case .step(let relative) where a.years.lowerBound == year:
                for p in 0..<paths {
                    s[p] = relative ? s[p] + log1p(max(v[p], -0.999_999)) : scale.shifted(s[p], by: v[p])
                }
            case .shock(let relative, let permanent):
                let carry = carries + a.carry * capacity
                if a.years.contains(year) && (!permanent || year == a.years.lowerBound) {
                    for p in 0..<paths {
                        let shifted = relative ? s[p] + log1p(max(v[p], -0.999_999)) : scale.shifted(s[p], by: v[p])
                        carry[p] += shifted - s[p]
                        s[p] = shifted
                    }
                } else if !permanent && year == a.years.upperBound + 1 {
                    for p in 0..<paths {
                        s[p] -= carry[p]
                        carry[p] = 0
                    }
                }
            case .fixed(let table):
                if let value = table[year] {
                    let l = scale.forward(value)
                    for p in 0..<paths { s[p] = l }
                }
            default:
                break
            }
        }
    }

    private func record(year: Int, paths: Int) {
        for i in 0..<n where simulated?[i] ?? true {
            (out + layout.series(indicator: i, year: year) * capacity).update(from: state + i * capacity, count: paths)
        }
        for (t, target) in model.targets.enumerated()
        where target.kind == .periodSum && target.sumYears.contains(year)
            && simulated?[layout.targetIndicator[t]] ?? true
        {
            let s = state + layout.targetIndicator[t] * capacity, acc = sums + t * capacity
            kernels.expAdd(s, into: acc, count: paths)
        }
    }

    private func finishTargets(paths: Int) {
        for (t, target) in model.targets.enumerated() {
            var met = 0
            if let series = layout.targetSumSeries[t] {
                let acc = sums + t * capacity, o = out + series * capacity
                for p in 0..<paths {
                    o[p] = log(acc[p])
                }
                met =
                    target.direction == .ceiling
                    ? (0..<paths).count { acc[$0] <= target.target }
                    : (0..<paths).count { acc[$0] >= target.target }
            } else {
                let o = out + layout.series(indicator: layout.targetIndicator[t], year: target.targetYear) * capacity
                let goal = model.scale(of: layout.targetIndicator[t]).forward(target.target)
                met =
                    target.direction == .ceiling
                    ? (0..<paths).count { o[$0] <= goal } : (0..<paths).count { o[$0] >= goal }
            }
            metCounts[t] = met
        }
    }
}

extension BlockKernel {
    /// Simulates again the block whose draws `tape` kept (a `run` at lever 0), with the
    /// plan's investment growth mean at `lever`: the same numbers, to the bit, as `run`
    /// at that lever on the block's generators, without drawing. Fills `metCounts`.
    /// Returns false, having simulated nothing, when a kept growth draw sits at its clamp
    /// (it is then not sd·z, and only `run` at the lever gives the numbers).
    func replay(_ tape: DrawTape, lever: Double) -> Bool {
        let paths = tape.paths
        tape.restore(drawnBuffers, capacity: capacity)
        let j = LinkedCoreFit.index(of: "investment_growth_plan")
        let growth = linkedParameters + j * capacity, (lo, hi) = BlockKernel.linkedBounds[j]
        guard (0..<paths).allSatisfy({ growth[$0] > lo && growth[$0] < hi }) else { return false }
        // Kept at lever 0 the draw is sd·z itself; `run` adds the mean to it before the clamp.
        for p in 0..<paths { growth[p] = min(max(lever + growth[p], lo), hi) }
        start(paths: paths)
        for (k, year) in (model.firstYear...lastYear).enumerated() {
            tape.shocks(year: k, into: eps, count: n * capacity)
            advance(year: year, paths: paths)
        }
        finishTargets(paths: paths)
        return true
    }

    /// What `run` draws before the first year, as (buffer, rows of `capacity`).
    private var drawnBuffers: [(UnsafeMutablePointer<Double>, Int)] {
        [
            (univariateParameters, model.univariate.reduce(0) { $0 + $1.mean.count }),
            (linkedParameters, LinkedCoreFit.parameterNames.count),
            (adjustmentValues, model.adjustmentDraws.count), (mixtureMask, model.univariate.count),
        ]
    }
}
