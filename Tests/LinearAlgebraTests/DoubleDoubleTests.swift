import LinearAlgebra
import Testing

@Suite struct DoubleDoubleTests {
    /// 0.1 is not a double; its double-double keeps the next 16 digits: hi + lo equals
    /// 0.1 to within 1e-32 (checked as 10·(hi+lo) − 1 in double-double).
    @Test func parsingKeepsDigitsBeyondDouble() throws {
        let tenth = try #require(DoubleDouble(parsing: "0.1"))
        #expect(tenth.hi == 0.1)
        let error = tenth * 10 - DoubleDouble(1)
        #expect(abs(error.double) < 1e-32)
    }

    @Test(arguments: [
        ("-1467.48961422980", -1467.4896142298), ("0.334801051324544E-02", 0.00334801051324544),
        ("+7", 7.0), ("1e5", 100000.0), (".5", 0.5), ("5.", 5.0),
    ])
    func parsesDecimalForms(text: String, value: Double) throws {
        #expect(try #require(DoubleDouble(parsing: text)).double == value)
    }

    @Test(arguments: ["", "-", "nan", "inf", "1e", "0x10", "1.2.3", "12a", "1e999"])
    func refusesNonNumbers(text: String) {
        #expect(DoubleDouble(parsing: text) == nil)
    }

    @Test func productIsExactForDoubles() {
        let x = DoubleDouble(1 + 0x1p-30)
        let square = x * x
        #expect(square.hi == 1 + 0x1p-29)
        #expect(square.lo == 0x1p-60)
    }

    @Test func squareRootOfTwoToDoubleDoublePrecision() {
        let r = DoubleDouble(2).squareRoot
        #expect(abs((r * r - DoubleDouble(2)).double) < 1e-31)
    }
}
