import Foundation
import PlanData
import Simulation
import Testing

@testable import ScenarioDSL

/// `fmt` keeps what a planner wrote: comments wherever they stand, line ends, backslashes
/// in file names; and on generated files it is idempotent and preserves the run (the
/// compiled scenario, which is everything `run` reads, is identical before and after).
@Suite struct FormatterPropertyTests {
    static func format(_ text: String) -> String {
        Formatter.format(Parser.parse(SourceFile(path: "a.scn", text: text)))
    }

    @Test func commentsAfterIncludeSweepAndClosingBracesAreKept() {
        let text = """
            include "base.scn"  # the plan
            scenario a {  # opening
                paths 100
                sweep s {  # sweep opening
                    vary assume retail_sales growth uniform(2%, 8%)
                }  # sweep end
            }  # scenario end

            """
        let out = Self.format(text)
        for comment in ["# the plan", "# opening", "# sweep opening", "# sweep end", "# scenario end"] {
            #expect(out.contains(comment), "\(comment) lost:\n\(out)")
        }
        #expect(Self.format(out) == out)
    }

    @Test func crlfFilesStayCrlfAndBackslashesSurvive() {
        let text = "scenario a {\r\n    # note\r\n    assume grain_capacity levels_from \"sub\\粮食.csv\"\r\n}\r\n"
        let out = Self.format(text)
        #expect(!out.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "a bare LF in \(out.debugDescription)")
        #expect(!out.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        let tree = Parser.parse(SourceFile(path: "a.scn", text: out))
        guard case .statement(let s)? = tree.scenarios.first?.items.last,
            case .string(let file)? = s.elements.last?.kind
        else {
            Issue.record("no levels_from statement in \(out.debugDescription)")
            return
        }
        #expect(file == "sub\\粮食.csv")
        #expect(Self.format(out) == out)
    }

    static let statements = [
        "horizon 2040", "paths 5000", "seed 18446744073709551615", "language en", "output md, csv",
        "assume retail_sales growth 5% over 2021..2025", "assume retail_sales growth normal(3%,1%) over 2026..2030",
        "assume commodity_sales add_factor uniform( 1% , 4% ) over 2022..2030",
        "assume retail_sales level 12.5 亿元 in 2025",
        "assume domestic_capital step +10% in 2023", "shock new_employment -400人 in 2022",
        "shock industrial_output normal(-6%, 2%) from 2022",
        "prior retail_sales growth_now normal(3%, 1%)", "prior linked tfp_growth_now normal(4%, 1.5%)",
        "model above_scale_firms logistic",
        "target industrial_output level 60.04 亿元 by 2035", "check new_employment min >= 0",
        "check industrial_output p50 >= 55 in 2035",
    ]

    /// 60 generated files: random statements, spacing, comments and blank lines.
    @Test(arguments: 0..<60)
    func idempotentAndRunPreserving(seed: Int) throws {
        var rng = Xoshiro256(seed: UInt64(seed) &+ 77)
        let space = ["", " ", "  ", "\t"]
        var chosen = Self.statements.shuffled(using: &rng).prefix(Int.random(in: 1...8, using: &rng))
        // One statement per setting and per overlapping group, as `check` requires.
        if chosen.contains("assume retail_sales level 12.5 亿元 in 2025") {
            chosen.removeAll { $0.hasPrefix("assume retail_sales growth") }
        }
        var text = Bool.random(using: &rng) ? "# generated \(seed)\n\n" : ""
        text +=
            "scenario g\(seed)\(space.randomElement(using: &rng)!){" + (Bool.random(using: &rng) ? "  # open" : "")
            + "\n"
        for s in chosen {
            text +=
                space.randomElement(using: &rng)! + String(repeating: " ", count: Int.random(in: 0...6, using: &rng))
                + s.replacingOccurrences(of: " ", with: space.randomElement(using: &rng)! == "" ? " " : "   ")
                + (Bool.random(using: &rng) ? "   # c" : "") + "\n"
            if Int.random(in: 0..<4, using: &rng) == 0 { text += "\n\n" }
        }
        text += "}" + (Bool.random(using: &rng) ? " # end" : "") + "\n"
        let once = Self.format(text), twice = Self.format(once)
        #expect(once == twice, "not idempotent:\n\(text)")
        let dataset = HaibinPlan.dataset()
        let before = ScenarioProgram(text: text, path: "/tmp/fmt/g.scn", dataset: dataset)
        let after = ScenarioProgram(text: once, path: "/tmp/fmt/g.scn", dataset: dataset)
        #expect(before.allDiagnostics().isEmpty, "\(text)\n\(before.allDiagnostics().map(\.message))")
        guard case .success(let a) = before.compile("g\(seed)"), case .success(let b) = after.compile("g\(seed)") else {
            Issue.record("did not compile:\n\(text)\n---\n\(once)")
            return
        }
        #expect(
            a.horizon == b.horizon && a.paths == b.paths && a.seed == b.seed && a.outputs == b.outputs
                && a.language == b.language)
        #expect(
            a.adjustments == b.adjustments && a.priors == b.priors && a.models == b.models && a.targets == b.targets
                && a.checks == b.checks)
    }
}
