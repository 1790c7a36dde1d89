import Foundation
import PlanData
import PlansimTestSupport
import ScenarioDSL
import Testing

/// 青溪镇's 专栏 table (plans/examples/qingxi-14th-table.*, an invented town): every printed
/// form maps as issue 20 says, and the CSV and the XLSX (merged cells, a two-row header)
/// import to the same plan.
@Suite struct QingxiTableTests {
    static let examples = TestPaths.repository.appendingPathComponent("plans/examples")

    static func imported(_ file: String) throws -> (PlanTable, String, Dataset) {
        let table = try PlanTableReader.read(try TableGrid.load(path: examples.appendingPathComponent(file).path))
        let text = PlanWriter.text(PlanDraft(table: table, name: "qingxi_14th"))
        return (table, text, try PlanFiles.compile(SourceFile(path: "qingxi.plan", text: text), origin: "plan").get())
    }

    static func csvPlan() throws -> Dataset { try imported("qingxi-14th-table.csv").2 }

    /// The text after the header comment (which names the file read).
    static func body(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).drop { $0.hasPrefix("#") }.joined(separator: "\n")
    }

    @Test func csvAndXlsxImportToIdenticalPlans() throws {
        let (csvTable, csv, _) = try Self.imported("qingxi-14th-table.csv")
        let (xlsxTable, xlsx, _) = try Self.imported("qingxi-14th-table.xlsx")
        #expect(csvTable.indicators.count == 20 && xlsxTable.indicators.count == 20)
        #expect(Self.body(csv) == Self.body(xlsx))
        #expect(Set(csvTable.indicators.compactMap(\.category)) == ["经济发展", "创新驱动", "民生福祉", "绿色生态", "安全保障"])
    }

    /// plans/examples/qingxi-14th.plan is what `plan import` writes for the CSV.
    @Test func theCommittedPlanIsTheImport() throws {
        let committed = try String(
            contentsOf: Self.examples.appendingPathComponent("qingxi-14th.plan"), encoding: .utf8)
        #expect(Self.body(committed) == Self.body(try Self.imported("qingxi-14th-table.csv").1))
    }

    @Test func aFootnotedBaseIsAnEstimateWithTheNoteUnderTheTable() throws {
        let d = try Self.csvPlan()
        let gdp = try #require(d.target("gdp"))
        #expect(gdp.base == 48.6 && gdp.baseNote == ValueNote(mark: "*", estimate: true, note: "table_note_1"))
        // Printed as printed: full-width 注： and ． kept.
        #expect(d.notes.first { $0.id == "table_note_1" }?.textZH.hasPrefix("注：1．带*的为2020年预计数。") == true)
    }

    /// Names keep their full-width punctuation; the half-width form is an alias.
    @Test func namesAreKeptAsPrinted() throws {
        let d = try Self.csvPlan()
        #expect(d.indicator("fixed_investment")?.nameZH == "固定资产投资（五年累计）")
        #expect(d.resolve("固定资产投资(五年累计)")?.id == "fixed_investment")
        #expect(d.plan?.titleZH == "青溪镇“十四五”时期经济社会发展主要指标")
    }

    @Test func floorWordsAreFloors() throws {
        let d = try Self.csvPlan()
        for (id, value) in [
            ("high_tech_firms", 20.0), ("market_entities", 7000), ("forest_cover", 28.4), ("grain_area", 5.06),
        ] {
            let t = try #require(d.target(id), "\(id)")
            #expect(t.direction == .floor && t.target == value, "\(id)")
        }
    }

    @Test func ceilingWordsAreCeilings() throws {
        let d = try Self.csvPlan()
        #expect(
            d.target("surveyed_unemployment")?.direction == .ceiling && d.target("surveyed_unemployment")?.target == 5.5
        )
        #expect(d.target("fertiliser_use")?.direction == .ceiling && d.target("fertiliser_use")?.target == 2800)
        #expect(d.attribute(of: "fertiliser_use") == .binding)
    }

    @Test func aTargetInWordsIsKept() throws {
        let g = try #require(try Self.csvPlan().goals(of: "disposable_income").first)
        #expect(g.form == .qualitative("与经济增长基本同步") && g.base == 38600 && g.targetYear == 2025)
    }

    @Test func bracketsOnAPercentIndicatorArePoints() throws {
        let t = try #require(try Self.csvPlan().target("rd_intensity"))
        // 1.8 + 0.7: one addition, within 1e-12 of 2.5.
        #expect(t.stated == .points(0.7) && abs(t.target - 2.5) < 1e-12)
    }

    @Test func bracketsOnADeclineIndicatorAreACumulativeDecline() throws {
        let d = try Self.csvPlan()
        #expect(d.target("energy_intensity_decline") == nil)
        let g = try #require(d.goals(of: "energy_intensity_decline").first)
        #expect(
            g.form == .decline(0.14) && g.direction == .floor && g.base == nil
                && d.attribute(of: g.indicator) == .binding)
        // 〔-14〕 in the 2025 column means the same decline, not a negative sum.
        let grid = try TableGrid.csv("序号,指标名称,单位,2020年,2025年,年均增长,属性\n1,单位地区生产总值能耗降低,%,,〔-14〕,,约束性\n", file: "t.csv")
        let text = PlanWriter.text(PlanDraft(table: try PlanTableReader.read(grid), name: "t"))
        let e = try PlanFiles.compile(SourceFile(path: "t.plan", text: text), origin: "plan").get()
        #expect(e.goals.first?.form == .decline(0.14) && e.targets.isEmpty, "\(text)")
    }

    @Test func sumsNeedNoBase() throws {
        let d = try Self.csvPlan()
        #expect(
            d.goals(of: "new_green_space").first?.form == .sum(120000)
                && d.goals(of: "new_green_space").first?.sumYears == 2021...2025)
        #expect(d.target("fixed_investment")?.kind == .periodSum && d.target("fixed_investment")?.target == 75)
        #expect(d.target("new_urban_jobs")?.kind == .periodSum && d.indicator("new_urban_jobs")?.kind == .annualFlow)
    }

    @Test func aBlankLevelTakesTheGrowthColumn() throws {
        let t = try #require(try Self.csvPlan().target("retail_sales"))
        // 15.8 · 1.06⁵, the closed form to 1e-12 relative.
        #expect(t.stated == .growth(0.06) && t.approximate && abs(t.target - 15.8 * pow(1.06, 5)) < 1e-12 * 15.8)
    }

    @Test func aLevelAndAGrowthAreBothKept() throws {
        let t = try #require(try Self.csvPlan().target("gdp"))
        #expect(t.target == 70 && t.besideGrowth == PrintedGrowth(rate: 0.075, approximate: true))
    }

    /// 140 from 100 in five years is 6.96 %/yr, not 12 %: a warning naming both, not a refusal.
    @Test func aLevelAndAGrowthThatDisagreeAreWarnedAbout() throws {
        let grid = try TableGrid.csv(
            "序号,指标名称,单位,2020年,2025年,年均增长,属性\n1,地区生产总值,亿元,100,140,12%,预期性\n2,一般公共预算收入,万元,21500,28000,5.4,预期性\n",
            file: "t.csv")
        let table = try PlanTableReader.read(grid)
        #expect(table.warnings.count == 1)
        let w = try #require(table.warnings.first)
        #expect(
            w.message.contains("140") && w.message.contains("12%") && w.message.contains("6.96") && w.line == 2,
            "\(w.message)")
        #expect(table.indicators.count == 2)
    }

    @Test func ratesPerThousandAreRatesNotCounts() throws {
        let d = try Self.csvPlan()
        #expect(
            d.indicator("childcare_places_per_1000")?.kind == .annualLevel
                && d.target("childcare_places_per_1000")?.target == 4.5)
    }

    @Test func idsComeFromTheWholeName() throws {
        #expect(IndicatorDictionary.entries.count >= 60)
        #expect(IndicatorDictionary.match("研发经费投入占地区生产总值比重")?.id == "rd_intensity")
        #expect(IndicatorDictionary.match("单位地区生产总值能耗降低")?.id == "energy_intensity_decline")
        #expect(IndicatorDictionary.match("常住人口城镇化率")?.id == "urbanisation_rate")
        #expect(IndicatorDictionary.match("地区生产总值（亿元）")?.id == "gdp")
        #expect(IndicatorDictionary.match("地区生产总值中的某项") == nil)
        let grid = try TableGrid.csv("序号,指标名称,单位,2020年,2025年,属性\n1,乡村振兴示范村,个,3,8,预期性\n", file: "t.csv")
        let draft = PlanDraft(table: try PlanTableReader.read(grid), name: "t")
        #expect(draft.entries[0].indicator.id == "indicator_01")
        #expect(PlanWriter.text(draft).contains("name \"乡村振兴示范村\"\n"))
    }

    @Test(arguments: ["0x1A", "0x1p4", "5e-324", "1e999", "inf", "nan", "12.3.4"])
    func whatIsNoPrintedFigureIsRefused(_ text: String) throws {
        #expect(TableValue.parse(text) == nil)
        let grid = try TableGrid.csv("序号,指标名称,单位,2020年,2025年\n1,地区生产总值,亿元,\(text),70\n", file: "t.csv")
        do {
            _ = try PlanTableReader.read(grid)
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.issues.first?.line == 2 && error.issues.first?.column == 4)
        }
    }

    /// A figure below 10⁻⁴ keeps every digit in the plan text it is written to.
    @Test func smallFiguresKeepTheirDigits() throws {
        let grid = try TableGrid.csv("序号,指标名称,单位,2020年,2025年\n1,某项强度,吨,0.0000123456789012,0.00001\n", file: "t.csv")
        let text = PlanWriter.text(PlanDraft(table: try PlanTableReader.read(grid), name: "t"))
        let d = try PlanFiles.compile(SourceFile(path: "t.plan", text: text), origin: "plan").get()
        #expect(d.targets.first?.base == 0.0000123456789012 && d.targets.first?.target == 0.00001, "\(text)")
        #expect(text.contains("0.0000123456789012"))
    }
}
