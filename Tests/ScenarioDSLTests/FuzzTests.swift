import Foundation
import PlanData
import Simulation
import Testing

@testable import ScenarioDSL

/// A seeded fuzzer for the lexer, parser and analyzer: random bytes, random token soup,
/// deep nesting, huge numbers, invalid UTF-8, a 1 MB file. Nothing may crash or hang;
/// every input yields a tree and diagnostics. (Seeded so a failure names its case.)
@Suite struct FuzzTests {
    static let words = [
        "scenario", "extends", "{", "}", "assume", "shock", "growth", "level", "over", "in", "from", "2021..2025", "5%",
        "-3 人", "normal(", ")", ",", "retail_sales", "工业总产值", "sweep", "vary", "\"x.csv\"", "include", "#c", "\n", "\n",
        "1e308", "1e999", "..", "<=", "check", "min", "target", "sum", "prior", "linked", "(", "%", "@", "\u{FFFD}",
        "\t",
    ]

    static func analyze(_ text: String) -> Int {
        let program = ScenarioProgram(text: text, path: "/tmp/fuzz/f.scn", dataset: HaibinPlan.dataset())
        return program.allDiagnostics().count + program.order.count
    }

    @Test(arguments: 0..<40)
    func randomTokenSoup(seed: Int) {
        var rng = Xoshiro256(seed: UInt64(seed))
        let text = (0..<Int.random(in: 1...400, using: &rng)).map { _ in Self.words.randomElement(using: &rng)! }
            .joined(separator: " ")
        _ = Self.analyze(text)
        _ = Formatter.format(Parser.parse(SourceFile(path: "f", text: text)))
    }

    @Test(arguments: 0..<40)
    func randomBytes(seed: Int) {
        var rng = Xoshiro256(seed: UInt64(seed) &+ 1000)
        let bytes = (0..<Int.random(in: 0...2000, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
        let source = SourceFile(path: "f", bytes: bytes)
        let tree = Parser.parse(source)
        for d in tree.diagnostics { _ = DiagnosticRenderer.render(d, in: source) }
    }

    @Test func deepNestingHugeNumbersAndALargeFile() {
        _ = Self.analyze(String(repeating: "{", count: 100_000) + String(repeating: "}", count: 100_000))
        _ = Self.analyze(
            "scenario a {\n" + String(repeating: "    shock retail_sales normal(((((((", count: 2_000) + "\n}\n")
        _ = Self.analyze("scenario a {\n    paths 1e99999999\n    seed 99999999999999999999999999\n}\n")
        let line = "    assume retail_sales growth normal(3%, 1%) over 2021..2025  # 中文注释\n"
        let big = "scenario a {\n" + String(repeating: line, count: 1_000_000 / line.utf8.count) + "}\n"
        #expect(big.utf8.count > 900_000)
        #expect(Self.analyze(big) > 0)  // the repeated growth overlaps itself: reported, not hung
    }
}
