import Foundation
import PlanData
import PlansimTestSupport
import ScenarioDSL
import Testing

/// Plan files: what they compile to, and every kind of bad input located.
@Suite struct PlanFileTests {
    /// A small plan that is not Haibin's: other indicators and units, no linked core, a
    /// ceiling, targets stated as growth and as a cumulative change, a 2035 vision.
    static let town = """
        plan town_14th {
            title "某镇“十四五”规划"
            issuer "某镇人民政府"
            period 2021..2025

            indicator gdp {
                name "地区生产总值" "Gross domestic product"
                unit 亿元
                kind annual_level
                base 2020 250000 万元
                target 2025 growth 6% about
                target 2035 50 亿元
            }
            indicator energy_intensity {
                name "单位GDP能耗" "Energy use per unit of GDP"
                unit 吨标准煤
                kind annual_level
                attribute 约束性
                base 2020 0.8
                target 2025 <= change -13.5%
            }
            indicator forest {
                name "森林面积" "Forest area"
                unit 亩
                kind stock
                base 2020 1.2 万亩
                target 2025 14000 亩
            }
            indicator new_jobs {
                name "城镇新增就业" "New urban jobs"
                unit 人
                kind annual_flow
                base 2020 800
                target sum 2021..2025 4500 人
            }
            note gdp_prices for gdp "按现价计算。" "At current prices."
        }

        """

    static func compile(_ text: String) -> Result<Dataset, PlanProblems> {
        PlanFiles.compile(SourceFile(path: "/tmp/t.plan", text: text), origin: "plan")
    }

    @Test func aPlanThatIsNotHaibinsCompiles() throws {
        let d = try Self.compile(Self.town).get()
        #expect(d.roles == nil && d.plan?.name == "town_14th" && d.indicators.count == 4)
        // 250000 万元 = 25 亿元 exactly (factor 1e4 / 1e8 = 1e-4; 250000 · 1e-4 rounds to 25).
        #expect(d.series("gdp").value(in: 2020) == 25)
        let gdp = d.targets(of: "gdp")
        #expect(gdp.map(\.targetYear) == [2025, 2035])
        // growth 6 % over five years: 25 · 1.06⁵ (closed form, to 1e-12 relative).
        #expect(
            abs(gdp[0].target - 25 * pow(1.06, 5)) < 1e-12 * 25 && gdp[0].approximate && gdp[0].stated == .growth(0.06))
        let energy = try #require(d.target("energy_intensity"))
        #expect(energy.direction == .ceiling && abs(energy.target - 0.8 * 0.865) < 1e-15)
        #expect(d.indicator("energy_intensity")?.attribute == .binding)
        #expect(d.series("forest").value(in: 2020) == 12000 && d.target("forest")?.kind == .stock)
        #expect(d.target("new_jobs")?.kind == .periodSum && d.target("new_jobs")?.sumYears == 2021...2025)
        #expect(d.notes.first?.indicator == "gdp")
    }

    @Test func formattingAPlanIsStable() throws {
        let once = Formatter.format(Parser.parse(SourceFile(path: "/tmp/t.plan", text: Self.town)))
        #expect(Formatter.format(Parser.parse(SourceFile(path: "/tmp/t.plan", text: once))) == once)
        let haibin = String(
            decoding: try Data(contentsOf: TestPaths.repository.appendingPathComponent("plans/haibin-14th.plan")),
            as: UTF8.self)
        #expect(
            Formatter.format(Parser.parse(SourceFile(path: "h.plan", text: haibin))) == haibin,
            "plans/haibin-14th.plan is not in canonical layout")
    }

    /// PlanWriter's text of the Haibin plan compiles back to the same indicators, targets,
    /// notes and roles (exact: numbers are written in their shortest round-trip form).
    @Test func writtenPlansCompileBack() throws {
        for text in [EmbeddedPlanText.haibin14th, Self.town] {
            let d = try Self.compile(text).get()
            let back = try Self.compile(PlanWriter.text(PlanDraft(d))).get()
            #expect(
                back.indicators == d.indicators && back.notes == d.notes && back.roles == d.roles && back.plan == d.plan
            )
            #expect(
                back.targets.map(\.target) == d.targets.map(\.target)
                    && back.targets.map(\.direction) == d.targets.map(\.direction))
        }
    }

    /// Each bad input: its diagnostic id, where it points, and what the message says.
    @Test(arguments: [
        ("unit 亿元", "unit 亿圆", "E040", "unknown unit `亿圆`", "did you mean"),
        ("base 2020 250000 万元", "base 2020 0 亿元", "E044", "not above zero", "undefined"),
        (
            "target 2035 50 亿元", "target 2019 50 亿元", "E041", "target year 2019 is not after the base year 2020",
            "after 2020"
        ),
        (
            "target sum 2021..2025 4500 人", "target sum 4500 人", "E042", "a period sum needs its years",
            "target sum 2021..2025"
        ),
        (
            "indicator forest {", "indicator gdp {", "E043", "indicator `gdp` is stated twice (first on line 6)",
            "rename"
        ),
        (
            "period 2021..2025",
            "period 2021..2025\n    linked investment gdp\n    linked output forest\n    linked employment new_jobs",
            "E045",
            "the linked core's investment must be an annual flow, but `gdp` is an annual level", "annual_flow"
        ),
        ("target 2025 14000 亩", "target 2025 14000 人", "E023", "unit `人` does not match `forest`", "亩"),
        ("kind annual_flow", "kind anual_flow", "E013", "unknown indicator kind `anual_flow`", "annual_flow"),
    ])
    func badInputIsLocated(_ find: String, _ replace: String, _ id: String, _ message: String, _ help: String) throws {
        let text = Self.town.replacingOccurrences(of: find, with: replace)
        #expect(text != Self.town)
        guard case .failure(let problems) = Self.compile(text) else {
            Issue.record("accepted: \(replace)")
            return
        }
        let d = try #require(problems.diagnostics.first { $0.id == id }, "\(problems.rendered)")
        #expect(d.message.contains(message), "\(d.message)")
        #expect(d.help?.contains(help) == true, "\(d.help ?? "")")
        let line = problems.source.location(d.range.start).line
        let lineText = problems.source.line(line)
        let pointed = String(decoding: Array(problems.source.bytes[d.range.start..<d.range.end]), as: UTF8.self)
        #expect(lineText.contains(pointed) && !pointed.isEmpty, "points at `\(pointed)` on line \(line): \(lineText)")
        #expect(problems.rendered.contains("/tmp/t.plan:\(line):"))
    }

    /// A scenario names its plan; its indicators are then the plan's.
    @Test func scenariosReadThePlanTheyName() throws {
        let dir = try Plansim.scratchDirectory()
        try Data(Self.town.utf8).write(to: dir.appendingPathComponent("town.plan"))
        let scenario = "scenario s {\n    plan \"town.plan\"\n    assume gdp growth 5% over 2021..2025\n}\n"
        try Data(scenario.utf8).write(to: dir.appendingPathComponent("s.scn"))
        let program = ScenarioProgram(path: dir.appendingPathComponent("s.scn").path, dataset: PlanFiles.embedded)
        #expect(program.allDiagnostics().isEmpty, "\(program.allDiagnostics())")
        #expect(program.dataset.plan?.name == "town_14th")
        let broken = ScenarioProgram(
            text: "scenario s {\n    plan \"missing.plan\"\n}\n", path: dir.appendingPathComponent("b.scn").path,
            dataset: PlanFiles.embedded)
        #expect(broken.allDiagnostics().contains { $0.message.contains("missing.plan") })
    }
}
