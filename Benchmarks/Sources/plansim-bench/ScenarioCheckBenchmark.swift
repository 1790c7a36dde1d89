import Foundation
import PlanData
import ScenarioDSL

/// Checking a 10,000-line scenario file: lexing, parsing, analysis, inheritance and
/// compilation of every scenario, as `plansim check` does (goal: under 0.2 s).
enum ScenarioCheckBenchmark {
    static func run(lines: Int) {
        var text = "scenario base {\n    seed 1\n}\n"
        var count = 3
        var k = 0
        let ids = ["retail_sales", "commodity_sales", "domestic_capital", "grain_capacity", "market_entities", "above_scale_firms"]
        while count < lines {
            text += "scenario s\(k) extends base {  # what-if \(k)\n"
            for (j, id) in ids.enumerated() {
                text += "    assume \(id) growth normal(\(j + 2)%, 1%) over 2021..2025\n"
                text += "    shock \(id) -\(j + 1)% in 2022\n"
            }
            text += "    target retail_sales level 12.5 by 2025\n    check new_employment min >= 0\n}\n"
            count += 15
            k += 1
        }
        let dataset = HaibinPlan.dataset()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bench.scn").path
        var found = 0
        let ms = medianMilliseconds(repetitions: 7) {
            let program = ScenarioProgram(text: text, path: path, dataset: dataset)
            found = program.allDiagnostics().count + program.order.count
        }
        print(String(format: "plansim scenario-check %d lines median_ms=%.1f (%d scenarios)", text.split(separator: "\n").count, ms, found))
    }
}
