import Foundation
import PlanData
import PlansimTestSupport
import ScenarioDSL
import Testing

/// Every figure of `plans/haibin-14th.plan` (plansim's embedded default), checked against
/// the plan's own text; and the file, the embedded text and the Swift fixture agreeing.
@Suite struct EmbeddedPlanTests {
    static let planURL = TestPaths.repository.appendingPathComponent("plans/haibin-14th.plan")

    /// The plan file, compiled as `--plan plans/haibin-14th.plan` reads it.
    static func planFile() throws -> Dataset {
        switch PlanFiles.load(path: planURL.path) {
        case .success(let d): return d
        case .failure(let p):
            Issue.record("plans/haibin-14th.plan does not compile:\n\(p.rendered)")
            throw p
        }
    }

    static func seedText() throws -> String {
        let url = try TestPaths.requireShared().appendingPathComponent("seed/000_3e50b14f31f5cfa6.txt")
        return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    /// 专栏1 lists, for each indicator in order: number, name(unit), 2020, 2025, 属性.
    @Test(.enabled(if: TestPaths.hasShared, TestPaths.sharedMissing))
    func columnOneMatchesTheSeed() throws {
        let text = try Self.seedText()
        let start = try #require(text.range(of: "十四五时期经济社会发展主要指标"))
        let lines = text[start.upperBound...].split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        let plan = try Self.planFile()
        for (k, indicator) in plan.indicators.enumerated() {
            let at = try #require(lines.firstIndex(of: "\(k + 1)"), "row \(k + 1) of 专栏1")
            #expect(
                lines[at + 1] == "\(indicator.nameZH)(\(indicator.unitZH))", "name of \(indicator.id): \(lines[at + 1])"
            )
            #expect(Double(lines[at + 2]) == plan.series(indicator.id).value(in: 2020), "2020 value of \(indicator.id)")
            #expect(Double(lines[at + 3]) == plan.target(indicator.id)?.target, "2025 target of \(indicator.id)")
            #expect(lines[at + 4] == indicator.attribute.rawValue, "attribute of \(indicator.id)")
            #expect(indicator.location == "专栏1 第\(k + 1)项")
        }
    }

    @Test(.enabled(if: TestPaths.hasShared, TestPaths.sharedMissing))
    func sumsAndFactsAppearInTheSeed() throws {
        let text = try Self.seedText()
        #expect(text.contains("规模以上工业总产值累计达到183.36亿元"))
        #expect(text.contains("累计完成固定资产投资94.43亿元"))
        let phrases = [
            "企事业单位2363家", "个体工商户5581家", "高新技术企业52家", "29家企业完成国家科技型中小企业认定",
            "52家企业关停取缔", "49家企业实现原地升级改造", "限上批发零售业企业营业额实现33.74亿元",
            "共计19个", "39个社区", "完成8个日间照料站向日间照料中心的升级", "35个老旧社区", "1100亩碳中和林",
        ]
        for phrase in phrases { #expect(text.contains(phrase), "seed lacks \(phrase)") }
        let facts = Dictionary(uniqueKeysWithValues: try Self.planFile().facts.map { ($0.id, $0.value) })
        #expect(facts["enterprises_institutions"] == 2363 && facts["self_employed"] == 5581)
        #expect(facts["high_tech_firms"] == 52 && facts["tech_smes"] == 29)
        #expect(facts["firms_closed"] == 52 && facts["firms_upgraded"] == 49)
        #expect(facts["daycare_sites"] == 19 && facts["daycare_upgrades"] == 8)
        #expect(facts["communities_gridded"] == 39 && facts["old_communities_renovated"] == 35)
        #expect(facts["carbon_neutral_forest"] == 1100 && facts["wholesale_retail_turnover"] == 33.74)
    }

    @Test func caveatsAreExplicit() throws {
        let ids = Set(try Self.planFile().notes.map(\.id))
        for id in ["above_scale_sum", "investment_sum_target", "grain_unit", "market_entities_definition"] {
            #expect(ids.contains(id))
        }
    }

    @Test func chineseNamesResolveToIds() {
        let plan = HaibinPlan.dataset()
        #expect(plan.resolve("工业总产值")?.id == "industrial_output")
        #expect(plan.resolve("新增就业人口(人)")?.id == "new_employment")
        #expect(plan.resolve(" Fixed_Investment ")?.id == "fixed_investment")
        #expect(plan.resolve("gdp") == nil)
    }
}
