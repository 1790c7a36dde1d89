import PlanData
import PlansimTestSupport
import Testing

/// US dollars are a currency of their own (newcomer review s9, P1-7): 万美元 imports, is
/// never converted to 元, and no did-you-mean offers a unit of another currency.
@Suite struct PlanUnitCurrencyTests {
    @Test func dollarsScaleAmongThemselvesOnly() {
        #expect(PlanUnit.factor(from: "万美元", to: "亿美元") == 1e-4)
        #expect(PlanUnit.factor(from: "美元", to: "万美元") == 1e-4)
        #expect(PlanUnit.factor(from: "万美元", to: "万元") == nil)
        #expect(PlanUnit.factor(from: "亿元", to: "亿美元") == nil)
    }

    /// A table row in 万美元 (实际利用外资, standard on Zhejiang tables) imports.
    @Test func aTableInDollarsImports() throws {
        var rows = TableFiles.town
        rows.insert(["2", "实际利用外资", "万美元", "1200", "1500", "", "预期性"], at: 4)
        let table = try PlanTableReader.read(try TableGrid.csv(TableFiles.csv(rows), file: "t.csv"))
        #expect(table.indicators.first { $0.nameZH == "实际利用外资" }?.unit == "万美元")
        #expect(PlanUnit.known.contains("万人次"))
    }

    /// A mistyped currency is offered its own currency only; an unknown unit whose text
    /// shares nothing is never offered a currency.
    @Test(arguments: [
        ("万美圆", ["万美元"]), ("亿圆", ["亿元"]), ("公倾", ["公里", "公顷"]), ("万美", ["万美元"]),
    ])
    func suggestionsKeepTheCurrency(_ typed: String, _ expected: [String]) {
        #expect(PlanUnit.suggestions(for: typed) == expected)
    }

    @Test func noCurrencyIsOfferedForAnotherQuantity() {
        #expect(!PlanUnit.suggestions(for: "万屯").contains { $0.contains("元") })
    }
}
