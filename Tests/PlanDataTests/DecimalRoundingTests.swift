import PlanData
import Testing

/// The one rounding rule for printed figures (issue 22): an exact binary half rounds away
/// from zero (四舍五入); every other value prints from its exact binary value, as `printf`
/// prints it. Expectations are exact strings: the rule is exact, so there is no tolerance.
@Suite struct DecimalRoundingTests {
    @Test func anExactHalfRoundsAwayFromZero() {
        #expect(DecimalRounding.fixed(34.0 / 32.0 * 100, decimals: 1) == "106.3")
        #expect(DecimalRounding.fixed(0.125, decimals: 2) == "0.13")
        #expect(DecimalRounding.fixed(2.5, decimals: 0) == "3")
        #expect(DecimalRounding.fixed(-2.5, decimals: 0) == "-3")
        #expect(DecimalRounding.trimmed(1.125, decimals: 2) == "1.13")
    }

    /// 2.675 is stored as 2.67499999999999982… and is not a tie; −0.04 at one decimal is `0.0`.
    @Test func otherValuesPrintAsBefore() {
        #expect(DecimalRounding.fixed(2.675, decimals: 2) == "2.67")
        #expect(DecimalRounding.fixed(-0.04, decimals: 1) == "0.0")
        #expect(DecimalRounding.fixed(.nan, decimals: 1) == "—")
        #expect(DecimalRounding.trimmed(14.60, decimals: 2) == "14.6")
        #expect(DecimalRounding.trimmed(1, decimals: 2) == "1")
    }
}
