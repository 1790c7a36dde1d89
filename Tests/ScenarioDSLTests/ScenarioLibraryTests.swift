import Foundation
import PlanData
import PlansimTestSupport
import Simulation
import Testing

@testable import ScenarioDSL

/// Every file in `scenarios/` checks clean, is formatted, compiles and runs.
@Suite struct ScenarioLibraryTests {
    static let folder = TestPaths.repository.appendingPathComponent("scenarios")
    static let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
        $0.hasSuffix(".scn")
    }.sorted()

    @Test func libraryHasBaselineFiveWhatIfsAndASweep() {
        #expect(Self.files.contains("baseline.scn"))
        #expect(Self.files.count >= 7)
        #expect(Self.files.contains { $0.contains("sweep") })
    }

    @Test(arguments: files)
    func checksFormatsAndRuns(file: String) throws {
        let path = Self.folder.appendingPathComponent(file).path
        let program = ScenarioProgram(path: path, dataset: HaibinPlan.dataset())
        #expect(program.allDiagnostics().isEmpty, "\(file): \(program.allDiagnostics().map(\.message))")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(Formatter.format(Parser.parse(SourceFile(path: path, text: text))) == text, "\(file) is not formatted")
        let own = program.order.filter { program.scenarios[$0]?.source.path == path }
        for name in own {
            guard case .success(let spec) = program.compile(name) else {
                Issue.record("\(file): \(name) does not compile")
                continue
            }
            let model = try SimulationModel.build(HaibinPlan.dataset(), scenario: spec).0
            let result = MonteCarlo.run(model, options: RunOptions(paths: 600, seed: spec.seed, threads: 2))
            #expect(result.targets.allSatisfy { (0...1).contains($0.probability) })
        }
    }

    /// The baseline ships inside the binary too; both copies must be the same text. The
    /// literal is indented as swift-format lays it out (8 spaces, the closing delimiter's),
    /// which Swift strips: the value is the file, line for line.
    @Test func builtInBaselineEqualsTheFile() throws {
        let file = try String(contentsOf: Self.folder.appendingPathComponent("baseline.scn"), encoding: .utf8)
        let source = try String(
            contentsOf: TestPaths.repository.appendingPathComponent("Sources/PlansimKit/Run/BuiltInScenarios.swift"),
            encoding: .utf8)
        let indented = file.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .map { $0.isEmpty ? "" : "        " + $0 }.joined(separator: "\n")
        #expect(source.contains("static let baseline = \"\"\"\n" + indented + "\n        \"\"\""))
    }

    @Test func inheritanceOverridesOnlyWhatChanges() throws {
        let text = """
            scenario base {
                seed 7
                assume retail_sales growth 3% over 2021..2025
                shock retail_sales -5% in 2022
            }
            scenario child extends base {
                assume retail_sales growth 6% over 2021..2030
            }
            """
        let program = ScenarioProgram(text: text, path: "/tmp/x/a.scn", dataset: HaibinPlan.dataset())
        guard case .success(let spec) = program.compile("child") else {
            Issue.record("does not compile")
            return
        }
        #expect(spec.seed == 7)
        let adjustments = spec.adjustments["retail_sales"] ?? []
        #expect(adjustments.contains(.growth(years: 2021...2030, rate: .constant(0.06))))
        #expect(!adjustments.contains(.growth(years: 2021...2025, rate: .constant(0.03))))
        #expect(adjustments.contains { if case .shock = $0 { return true } else { return false } })
        let explained = program.explain("child")
        #expect(explained.contains { $0.text.hasPrefix("seed 7") && $0.origin.hasPrefix("base") })
        #expect(explained.contains { $0.text.contains("6%") && $0.origin.hasPrefix("child") })
    }

    @Test func laterParentsOverrideEarlierOnes() throws {
        let text = "scenario p {\n    seed 1\n}\nscenario q {\n    seed 2\n}\nscenario c extends p, q {\n}\n"
        let program = ScenarioProgram(text: text, path: "/tmp/x/a.scn", dataset: HaibinPlan.dataset())
        guard case .success(let spec) = program.compile("c") else {
            Issue.record("does not compile")
            return
        }
        #expect(spec.seed == 2)
    }

    @Test func chineseNamesAndUnitsAreAccepted() throws {
        let text = "scenario a {\n    shock 新增就业人口 -300 人 in 2022\n    assume 工业总产值 step +2 亿元 in 2023\n}\n"
        let program = ScenarioProgram(text: text, path: "/tmp/x/a.scn", dataset: HaibinPlan.dataset())
        #expect(program.allDiagnostics().isEmpty)
        let spec = try program.compile("a").get()
        #expect(
            spec.adjustments["new_employment"]?.first
                == .shock(years: 2022...2022, amount: .constant(-300), relative: false, permanent: false))
    }
}

/// The formatter prints one canonical layout, keeps comments, and is idempotent.
@Suite struct FormatterTests {
    @Test func canonicalLayout() {
        let messy =
            "# head\nscenario   a  extends b,c{ # trailing\n\n\n  assume retail_sales growth   5%  over 2021 .. 2025\n        output md,html\n  shock retail_sales -2亿元 in 2022   # why\n}\n"
        let formatted = Formatter.format(Parser.parse(SourceFile(path: "a.scn", text: messy)))
        #expect(
            formatted
                == "# head\nscenario a extends b, c {  # trailing\n    assume retail_sales growth 5% over 2021..2025\n    output md, html\n    shock retail_sales -2 亿元 in 2022  # why\n}\n"
        )
        #expect(Formatter.format(Parser.parse(SourceFile(path: "a.scn", text: formatted))) == formatted)
    }

    /// The corpus files that parse (their faults are found later, by the analyzer): only
    /// these can be formatted, so only these are test cases (a file that does not parse
    /// would otherwise count as a passed case that checked nothing).
    static let parsing: [String] = MalformedCorpusTests.names.filter { name in
        guard let data = try? Data(contentsOf: MalformedCorpusTests.folder.appendingPathComponent(name)) else {
            return false
        }
        return Parser.parse(SourceFile(path: name, bytes: [UInt8](data))).diagnostics.isEmpty
    }

    @Test func someCorpusFilesParse() {
        #expect(Self.parsing.count >= 10, "\(Self.parsing.count) of \(MalformedCorpusTests.names.count)")
    }

    @Test(arguments: parsing)
    func idempotentOnEveryFileThatParses(name: String) throws {
        let data = try Data(contentsOf: MalformedCorpusTests.folder.appendingPathComponent(name))
        let tree = Parser.parse(SourceFile(path: name, bytes: [UInt8](data)))
        try #require(tree.diagnostics.isEmpty)
        let once = Formatter.format(tree)
        let twice = Formatter.format(Parser.parse(SourceFile(path: name, text: once)))
        #expect(once == twice)
        #expect(Parser.parse(SourceFile(path: name, text: once)).items == tree.items.filter { $0 != .blank })
    }
}
