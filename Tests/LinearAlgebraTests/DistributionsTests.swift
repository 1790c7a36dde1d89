import Testing
import LinearAlgebra

/// p-values against scipy.stats.t.sf (scipy 1.17.1), to 1e-13 relative: the continued
/// fraction converges to about 1e-15, the rest is lgamma's roundoff.
@Suite struct DistributionsTests {
    @Test(arguments: [(2.0, 10.0, 0.07338803477074037), (0.5, 3.0, 0.651447964848151), (12.0, 71.0, 9.48503559967803e-19)])
    func twoSidedStudentT(t: Double, df: Double, expected: Double) {
        let p = Distributions.studentTTwoSidedP(t, degreesOfFreedom: df)
        #expect(abs(p - expected) <= 1e-13 * expected, "p(\(t), \(df)) = \(p), expected \(expected)")
    }

    @Test func edgeCases() {
        #expect(Distributions.studentTTwoSidedP(0, degreesOfFreedom: 5) == 1)
        #expect(Distributions.studentTTwoSidedP(.infinity, degreesOfFreedom: 5) == 0)
        #expect(Distributions.studentTTwoSidedP(1, degreesOfFreedom: 0).isNaN)
        #expect(abs(Distributions.normalCDF(1.959963984540054) - 0.975) < 1e-15)
    }
}
