import Statistics
import Testing

/// The normal and Student-t distributions and the incomplete beta against scipy 1.17.1.
@Suite struct DistributionsTests {
    /// p-values against scipy.stats.t.sf, to 1e-13 relative: the continued fraction
    /// converges to about 1e-15, the rest is lgamma's roundoff.
    @Test(arguments: [
        (2.0, 10.0, 0.07338803477074037), (0.5, 3.0, 0.651447964848151), (12.0, 71.0, 9.48503559967803e-19),
    ])
    func twoSidedStudentT(t: Double, df: Double, expected: Double) {
        let p = Statistics.studentTTwoSidedP(t, degreesOfFreedom: df)
        #expect(abs(p - expected) <= 1e-13 * expected, "p(\(t), \(df)) = \(p), expected \(expected)")
    }

    @Test func edgeCases() {
        #expect(Statistics.studentTTwoSidedP(0, degreesOfFreedom: 5) == 1)
        #expect(Statistics.studentTTwoSidedP(.infinity, degreesOfFreedom: 5) == 0)
        #expect(Statistics.studentTTwoSidedP(1, degreesOfFreedom: 0).isNaN)
        #expect(Statistics.studentTQuantile(0, degreesOfFreedom: 5) == -.infinity)
        #expect(Statistics.studentTQuantile(1, degreesOfFreedom: 5) == .infinity)
        #expect(Statistics.normalQuantile(0) == -.infinity && Statistics.normalQuantile(1) == .infinity)
        #expect(Statistics.normalQuantile(1.5).isNaN && Statistics.normalQuantile(.nan).isNaN)
        #expect(Statistics.normalQuantile(0.5) == 0)
    }

    /// scipy.stats.norm.cdf to 1e-15 absolute (erfc is correctly rounded to about 1 ulp).
    @Test func normalCDF() {
        #expect(abs(Statistics.normalCDF(1.959963984540054) - 0.975) < 1e-15)
        #expect(abs(Statistics.normalCDF(-1.1) - 0.13566606094638267) < 1e-15)
    }

    /// AS241 against scipy.stats.norm.ppf (which uses the Cephes ndtri) to 4e-15 relative:
    /// both are accurate to a few ulps, not necessarily the same ones.
    @Test(arguments: [
        (0.975, 1.959963984540054), (0.05, -1.6448536269514729), (1e-10, -6.361340902404056),
        (0.3, -0.5244005127080409), (0.999999, 4.753424308817087),
    ])
    func normalQuantile(p: Double, expected: Double) {
        let q = Statistics.normalQuantile(p)
        #expect(abs(q - expected) <= 4e-15 * abs(expected), "Φ⁻¹(\(p)) = \(q), scipy \(expected)")
    }

    /// Student-t quantiles against scipy.stats.t.ppf to 1e-10 relative (Newton stops at
    /// 1e-13; the incomplete beta is good to about 1e-14); df = ∞ is AS241 itself.
    @Test(arguments: [
        (0.9, 5.0, 1.4758840488244815), (0.975, 5.0, 2.5705818356363146), (0.95, 3.0, 2.3533634348018233),
        (0.999, 1.0, 318.30883898555015), (0.1, 5.0, -1.4758840488244813), (0.975, 30.0, 2.0422724563012378),
    ])
    func studentTQuantile(p: Double, df: Double, expected: Double) {
        let q = Statistics.studentTQuantile(p, degreesOfFreedom: df)
        #expect(abs(q - expected) <= 1e-10 * abs(expected), "p=\(p) df=\(df): \(q), scipy \(expected)")
    }

    @Test func studentTInfiniteIsTheNormal() {
        #expect(Statistics.studentTQuantile(0.975, degreesOfFreedom: .infinity) == Statistics.normalQuantile(0.975))
        #expect(Statistics.studentTCDF(0.3, degreesOfFreedom: .infinity) == Statistics.normalCDF(0.3))
    }

    /// scipy.stats.t.cdf / t.pdf to 1e-13 absolute (incomplete beta and lgamma roundoff).
    @Test func studentTCDFAndDensity() {
        #expect(abs(Statistics.studentTCDF(1.3, degreesOfFreedom: 7) - 0.8826160823038114) < 1e-13)
        #expect(abs(Statistics.studentTPDF(0.7, degreesOfFreedom: 4) - 0.2809088317119511) < 1e-13)
    }

    /// scipy.special.betainc to 1e-14 absolute (Lentz's fraction stops at 1e-16 relative
    /// per step; lgamma's roundoff dominates).
    @Test func incompleteBeta() {
        #expect(abs(Statistics.regularizedIncompleteBeta(a: 2.5, b: 1.5, x: 0.3) - 0.08894372317066562) < 1e-14)
        #expect(abs(Statistics.regularizedIncompleteBeta(a: 0.5, b: 7, x: 0.9) - 0.9999999780702157) < 1e-14)
        #expect(Statistics.regularizedIncompleteBeta(a: 2, b: 3, x: 0) == 0)
        #expect(Statistics.regularizedIncompleteBeta(a: 2, b: 3, x: 1) == 1)
    }
}
