import Foundation
import Testing

@testable import Forecasting
@testable import PlanData

/// Issue 24, finding 1: reference-class priors from a panel of comparable units.
@Suite struct ReferencePriorTests {
    static func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("panel-\(UUID().uuidString).csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Two units growing exactly 2 % and 6 % (log) a year, 2016–2021, both hit by −10 % in
    /// 2020: the year effect of 2020 is −8 points against the mean of all growths (2 %),
    /// the within-unit SD is 0 once it is removed, and the units' net means (0 and 4 %)
    /// give τ = √0.0008; to 1e-12 (logs of exponentials).
    @Test func theYearEffectIsRemovedBeforeTheUnitsAreCompared() throws {
        var text = "unit,indicator,year,value\n"
        for (unit, g) in [("A", 0.02), ("B", 0.06)] {
            var log = 0.0
            for year in 2016...2021 {
                if year > 2016 { log += g + (year == 2020 ? -0.10 : 0) }
                text += "\(unit),retail_sales,\(year),\(10 * exp(log))\n"
            }
        }
        let panel = try ReferencePanel.load(path: try Self.write(text), for: HaibinPlan.dataset())
        let prior = try #require(try ReferencePrior.fit(panel)["retail_sales"])
        #expect(prior.units == 2 && prior.growths == 10)
        #expect(abs(prior.mean - 0.02) <= 1e-12)
        #expect(abs(prior.yearEffects[2020]! + 0.08) <= 1e-12 && abs(prior.yearEffects[2018]! - 0.02) <= 1e-12)
        #expect(prior.withinSD <= 1e-12)
        #expect(abs(prior.betweenSD - 0.0008.squareRoot()) <= 1e-12 && abs(prior.sd - prior.betweenSD) <= 1e-12)
    }

    /// A bad panel: every problem at its line and column, nothing fitted.
    @Test func aBadPanelSaysWhereAndWhat() throws {
        let text = """
            unit,indicator,year,value
            A,retail_sales,2016,10
            A,retial_sales,2017,11
            A,retail_sales,20x8,12
            B,retail_sales,2016,-3
            A,retail_sales,2016,10

            """
        let path = try Self.write(text)
        do {
            _ = try ReferencePanel.load(path: path, for: HaibinPlan.dataset())
            Issue.record("a bad panel was read")
        } catch {
            let at = error.issues.map { "\($0.line ?? 0):\($0.column ?? 0):\($0.field ?? "")" }
            #expect(at == ["3:3:indicator", "4:16:year", "5:21:value", "6:1:"], "\(at)")
            #expect(error.issues[0].help?.contains("retail_sales") == true)
        }
        let header = try Self.write("indicator,year,value\nretail_sales,2016,10\n")
        #expect(throws: InputErrors.self) { try ReferencePanel.load(path: header, for: HaibinPlan.dataset()) }
    }

    /// One unit cannot show a spread between units: the indicator is refused at its first line.
    @Test func oneUnitIsNotAClass() throws {
        let text = "unit,indicator,year,value\nA,retail_sales,2016,10\nA,retail_sales,2017,11\nA,retail_sales,2018,12\n"
        let panel = try ReferencePanel.load(path: try Self.write(text), for: HaibinPlan.dataset())
        do {
            _ = try ReferencePrior.fit(panel)
            Issue.record("one unit gave a prior")
        } catch {
            #expect(error.issues.first?.line == 2 && error.issues.first?.message.contains("retail_sales") == true)
        }
    }
}
