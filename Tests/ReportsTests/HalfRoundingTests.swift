import Reports
import Testing

/// Printed figures round an exact half away from zero, as the workbook's cell formats do, so
/// PDF, Word and Excel print one figure (eighth official reading, P1-1: 34 ÷ 32 = 106.25 %
/// read 106.2% in the PDF and Word, 106.3% in the workbook). Expectations are exact strings.
@Suite struct HalfRoundingTests {
    @Test func anExactHalfRoundsAwayFromZero() {
        #expect(NumberFormat.fixed(34.0 / 32.0 * 100, decimals: 1) == "106.3")
        #expect(NumberFormat.rate(34.0 / 32.0) == "106.3%")
        #expect(NumberFormat.fixed(0.125, decimals: 2) == "0.13")
        #expect(NumberFormat.fixed(2.5, decimals: 0) == "3")
        #expect(NumberFormat.fixed(-2.5, decimals: 0) == "-3")
        #expect(NumberFormat.signed(-0.125, decimals: 2) == "−0.13")
    }

    /// A value that only looks like a half in decimal is not a tie: 2.675 is stored as
    /// 2.67499999999999982236431605997495353221893310546875 and prints 2.67, as Excel shows
    /// it too; ordinary values print as before.
    @Test func onlyAnExactBinaryHalfIsATie() {
        #expect(NumberFormat.fixed(2.675, decimals: 2) == "2.67")
        #expect(NumberFormat.fixed(1.005, decimals: 2) == "1.00")
        #expect(NumberFormat.fixed(30.02, decimals: 2) == "30.02")
        #expect(NumberFormat.fixed(-0.04, decimals: 1) == "0.0")
        #expect(NumberFormat.fixed(123_456.789, decimals: 0) == "123457")
    }
}
