import PlanData
import Testing

/// Actuals read full-width digits as a plan table does (newcomer review s9, P2-7:
/// `４５．６` was refused in the actuals while the table import accepted `２５．０`).
@Suite struct NumericCellTests {
    static func value(_ cell: String) -> Double? {
        guard let doc = try? CSVDocument.parse("indicator,year,value\ngdp,2025,\(cell)\n", file: "a.csv"),
            case .success(let v) = NumericCell.parse(doc.records[0][2], file: "a.csv", column: "value")
        else { return nil }
        return v.hi
    }

    /// Exact: each is a short decimal, read as the same double as its ASCII form.
    @Test func fullWidthDigitsReadAsASCII() {
        #expect(Self.value("４５．６") == 45.6)
        #expect(Self.value("－１２") == -12)
        #expect(Self.value("45.6") == 45.6)
    }

    /// A thousands separator, full-width or not, is still refused with its own hint.
    @Test func separatorsAreStillRefused() {
        #expect(Self.value("２４，３００") == nil)
        #expect(Self.value("24,300") == nil)
    }
}
