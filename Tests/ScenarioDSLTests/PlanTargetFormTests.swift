import Foundation
import PlanData
import ScenarioDSL
import Testing

/// Every form a printed 专栏 table gives a target, as the plan language writes it and as
/// the plan holds it (docs/plan-files.md, "Indicator statements").
@Suite struct PlanTargetFormTests {
    static let plan = """
        plan forms_14th {
            title "某街道“十四五”规划"
            period 2021..2025

            indicator gdp {
                name "地区生产总值" "Gross domestic product"
                unit 亿元
                kind annual_level
                base 2020 48.6 estimate "*" star
                target 2025 70 about with growth 7.5% about
            }
            indicator rd_share {
                name "研发经费投入强度" "R&D intensity"
                unit "%"
                kind annual_level
                base 2020 1.8
                target 2025 points 0.7
            }
            indicator energy_decline {
                name "单位地区生产总值能耗降低" "Reduction in energy use per unit of GDP"
                unit "%"
                kind annual_level
                attribute 约束性
                target 2025 decline 14%
            }
            indicator energy_level {
                name "单位地区生产总值能耗" "Energy use per unit of GDP"
                unit 吨标准煤
                kind annual_level
                attribute 约束性
                base 2020 0.5
                target 2025 decline 14%
            }
            indicator green_area {
                name "新增绿地面积" "New green space"
                unit 平方米
                kind annual_flow
                target sum 2021..2025 120000
            }
            indicator income {
                name "居民人均可支配收入增长" "Growth of per-capita disposable income"
                unit "%"
                kind annual_level
                target 2025 "与经济增长基本同步"
            }
            indicator unemployment {
                name "城镇调查失业率" "Surveyed urban unemployment rate"
                unit "%"
                kind annual_level
                attribute 约束性
                base 2020 4.2
                target 2025 <= 5.5
            }
            note star "注：带*号的为2020年预计数。" "Figures marked * are 2020 estimates."
        }

        """

    static func compile(_ text: String) -> Result<Dataset, PlanProblems> {
        PlanFiles.compile(SourceFile(path: "/tmp/forms.plan", text: text), origin: "plan")
    }

    @Test func aFootnotedBaseIsAnEstimateWithItsNote() throws {
        let d = try Self.compile(Self.plan).get()
        let gdp = try #require(d.target("gdp"))
        #expect(gdp.baseNote == ValueNote(mark: "*", estimate: true, note: "star"))
        #expect(d.notes.first { $0.id == "star" }?.textZH == "注：带*号的为2020年预计数。")
    }

    @Test func aLevelAndAGrowthPrintedTogetherAreBothKept() throws {
        let gdp = try #require(try Self.compile(Self.plan).get().target("gdp"))
        // The level is the target, exactly as printed; the growth rides beside it.
        #expect(gdp.target == 70 && gdp.approximate && gdp.stated == nil)
        #expect(gdp.besideGrowth == PrintedGrowth(rate: 0.075, approximate: true))
    }

    @Test func pointsOnAPercentIndicatorAddToTheBase() throws {
        let rd = try #require(try Self.compile(Self.plan).get().target("rd_share"))
        // 1.8 % + 0.7 points = 2.5 %; 1.8 + 0.7 in binary differs from 2.5 by < 1 ulp-ish, hence 1e-12.
        #expect(abs(rd.target - 2.5) < 1e-12 && rd.stated == .points(0.7) && rd.direction == .floor)
    }

    @Test func aDeclineOfAPercentIndicatorIsAGoalWithoutBase() throws {
        let d = try Self.compile(Self.plan).get()
        #expect(d.target("energy_decline") == nil)
        let g = try #require(d.goals(of: "energy_decline").first)
        #expect(
            g.form == .decline(0.14) && g.direction == .floor && g.base == nil && g.baseYear == 2020
                && g.targetYear == 2025)
        #expect(d.attribute(of: "energy_decline") == .binding)
    }

    @Test func aDeclineOfALevelIsACeilingOnTheLevel() throws {
        let t = try #require(try Self.compile(Self.plan).get().target("energy_level"))
        // 0.5 · (1 − 0.14) = 0.43; one multiplication, so within 1e-15.
        #expect(abs(t.target - 0.43) < 1e-15 && t.direction == .ceiling && t.stated == .decline(0.14))
    }

    @Test func aSumWithoutBaseIsAGoal() throws {
        let g = try #require(try Self.compile(Self.plan).get().goals(of: "green_area").first)
        #expect(g.form == .sum(120000) && g.sumYears == 2021...2025 && g.base == nil)
    }

    @Test func aTargetInWordsIsKeptAsPrinted() throws {
        let g = try #require(try Self.compile(Self.plan).get().goals(of: "income").first)
        #expect(g.form == .qualitative("与经济增长基本同步") && g.isQualitative)
    }

    @Test func ratesInUnitsOfThingsAreNotCounts() throws {
        let rate = Indicator(
            id: "c", nameZH: "每千人口托位数", nameEN: "", unitZH: "个", unitEN: "", kind: .annualLevel, attribute: .indicative,
            location: "")
        let firms = Indicator(
            id: "f", nameZH: "高新技术企业数", nameEN: "", unitZH: "家", unitEN: "", kind: .stockCount, attribute: .indicative,
            location: "")
        #expect(!rate.isWholeCount && firms.isWholeCount)
    }

    @Test func aCeilingIsACeiling() throws {
        let t = try #require(try Self.compile(Self.plan).get().target("unemployment"))
        #expect(t.direction == .ceiling && t.target == 5.5)
    }

    /// Writing the plan and compiling it again gives the same targets and goals, notes included.
    @Test func everyFormRoundTrips() throws {
        let d = try Self.compile(Self.plan).get()
        let text = PlanWriter.text(PlanDraft(d))
        let back = try Self.compile(text).get()
        #expect(back.goals == d.goals, "\(text)")
        #expect(
            back.targets.map(\.target) == d.targets.map(\.target)
                && back.targets.map(\.direction) == d.targets.map(\.direction))
        #expect(
            back.targets.map(\.baseNote) == d.targets.map(\.baseNote)
                && back.targets.map(\.besideGrowth) == d.targets.map(\.besideGrowth))
        let once = Formatter.format(Parser.parse(SourceFile(path: "/tmp/f.plan", text: Self.plan)))
        #expect(Formatter.format(Parser.parse(SourceFile(path: "/tmp/f.plan", text: once))) == once)
    }

    @Test(arguments: [
        (
            "target 2025 70 about with growth 7.5% about", "target 2025 points 1",
            "percentage-point target needs a `%` indicator"
        ),
        (
            "decline 14%\n    }\n    indicator energy_level", "decline 140%\n    }\n    indicator energy_level",
            "between 0 and 100%"
        ),
        ("base 2020 48.6 estimate \"*\" star", "base 2020 48.6 estimate \"*\" stra", "stra"),
        ("target 2025 \"与经济增长基本同步\"", "target 2025 <= \"与经济增长基本同步\"", "takes no `>=` or `<=`"),
        ("target sum 2021..2025 120000", "target sum 2021..2025 -14", "cannot be negative"),
    ])
    func badFormsAreRefused(_ find: String, _ replace: String, _ message: String) throws {
        let text = Self.plan.replacingOccurrences(of: find, with: replace)
        #expect(text != Self.plan)
        guard case .failure(let problems) = Self.compile(text) else {
            Issue.record("accepted: \(replace)")
            return
        }
        #expect(problems.rendered.contains(message), "\(problems.rendered)")
    }
}
