import Foundation
import LinearAlgebra
import PlanData
import Statistics
import Testing

@testable import Simulation

/// Issue 24, finding 2 (and issue 22's kernel item): each indicator's Student-t scale was
/// drawn on its own, so the simulated correlation of two indicators' shocks was the
/// estimated one times E[s]²/E[s²] (0.785 at ν = 4, 0.884 at ν = 6). One χ² per path now
/// scales every indicator (different ν: nested, ``SharedShockScales``), in both streams.
@Suite struct CommonShockScaleTests {
    /// Haibin's baseline with retail and commodity sales given `nu` degrees of freedom and a
    /// shock correlation of 0.5; their indices.
    static func model(_ nu: (Double, Double)) throws -> (SimulationModel, Int, Int) {
        var model = SimulationModel.baseline(HaibinPlan.dataset()).0
        let i = try #require(model.index(of: "retail_sales")), j = try #require(model.index(of: "commodity_sales"))
        var c = Matrix.identity(model.indicators.count)
        c[i, j] = 0.5
        c[j, i] = 0.5
        model.shockCorrelation = try c.choleskyFactorization().lower
        for k in model.univariate.indices {
            if model.univariate[k].indicator == "retail_sales" { model.univariate[k].shockDegreesOfFreedom = nu.0 }
            if model.univariate[k].indicator == "commodity_sales" { model.univariate[k].shockDegreesOfFreedom = nu.1 }
        }
        return (model, i, j)
    }

    /// The first year's shocks of indicators `i` and `j` (after correlation and t-scaling),
    /// over `blocks` blocks of 10,000 paths each, as the run draws them.
    static func shocks(_ model: SimulationModel, _ i: Int, _ j: Int, stream: RandomStream, blocks: Int = 6)
        -> ([Double], [Double])
    {
        let capacity = 10_000
        let kernel = BlockKernel(model: model, capacity: capacity)
        kernel.stream = stream
        var a: [Double] = [], b: [Double] = []
        for block in 0..<blocks {
            let tape = DrawTape()
            kernel.tape = tape
            let streams = MonteCarlo.streams(seed: 20_210_929, block: block, stream: stream)
            var generator = streams.0
            kernel.lanes = streams.2
            kernel.run(paths: capacity, generator: &generator, scenarioGenerator: streams.1)
            var year = [Double](repeating: 0, count: model.indicators.count * capacity)
            year.withUnsafeMutableBufferPointer { tape.shocks(year: 0, into: $0.baseAddress!, count: $0.count) }
            a += year[(i * capacity)..<(i * capacity + capacity)]
            b += year[(j * capacity)..<(j * capacity + capacity)]
        }
        return (a, b)
    }

    /// Equal ν = 6: the simulated correlation is the estimated 0.5. Independent scales gave
    /// 0.5 × 0.884 = 0.442. 60,000 paths of t₆ shocks: the sample correlation's SE is about
    /// 0.004 (a normal pair's (1 − ρ²)/√n = 0.003, widened by the t's kurtosis), so ±0.02
    /// is five SE and the old 0.442 lies 14 SE away.
    @Test(arguments: [RandomStream.one, .two])
    func theSimulatedCorrelationIsTheEstimatedOne(stream: RandomStream) throws {
        let (model, i, j) = try Self.model((6, 6))
        let (a, b) = Self.shocks(model, i, j, stream: stream)
        let r = Statistics.pearson(a, b)
        #expect(abs(r - 0.5) <= 0.02, "stream \(stream): simulated correlation \(r)")
    }

    /// Different ν (4 and 12): each margin stays its own Student-t. The mean of a shock's
    /// square over the paths is ν/(ν − 2): 2 at ν = 4 and 1.2 at ν = 12; the
    /// squares of t₄ have infinite variance, so the check is on the 12-ν margin to 3 % (its
    /// squares' SE over 60,000 paths is about 1 %) and on the 4-ν margin through the median
    /// of |shock|/SD, whose exact value for t₄ is 0.7407 (the 0.75 quantile of t₄), to 0.015
    /// (SE about 0.004). The simulated correlation lies between 0.5 × 0.785 and 0.5 (the
    /// scales share their χ²_4 part).
    @Test func differentDegreesKeepTheirMarginsAndShareTheirScale() throws {
        let (model, i, j) = try Self.model((4, 12))
        let (a, b) = Self.shocks(model, i, j, stream: .one)
        // The kept shocks are standard (SD 1): each process multiplies by its own SD when it steps.
        let meanSquare = b.reduce(0) { $0 + $1 * $1 } / Double(b.count)
        #expect(abs(meanSquare / 1.2 - 1) <= 0.03, "ν = 12: \(meanSquare)")
        let median = a.map { abs($0) }.sorted()[a.count / 2]
        #expect(abs(median - 0.7407) <= 0.015, "ν = 4: \(median)")
        let r = Statistics.pearson(a, b)
        #expect(r > 0.5 * 0.785 + 0.02 && r < 0.5 + 0.02, "\(r)")
    }
}
