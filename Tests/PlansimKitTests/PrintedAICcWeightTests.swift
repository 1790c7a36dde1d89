import Foundation
import PlanData
import PlansimKit
import Reports
import ScenarioDSL
import Simulation
import Testing

/// Issue 24, finding 7, end to end: the weights `plansim fit` prints follow from the AICc it
/// prints. Market entities printed GM(1,1) −38.3 against damped −30.3 yet weighted them
/// 2 % and 95 %; this reads the text itself (Haibin with the illustrative 2021–2025
/// actuals, where five indicators are AICc-weighted) and recomputes every weight from it.
@Suite struct PrintedAICcWeightTests {
    static let actuals = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("plans/examples/haibin-14th-actuals-ILLUSTRATIVE.csv").path

    /// The `fit` text in English, as the command prints it.
    static func printed() throws -> String {
        let dataset = try RunWorkflow.dataset(PlanFiles.embedded, userFile: actuals)
        let (_, fits, core) = SimulationModel.baseline(dataset)
        return FitReport.text(fits, core: core, language: .en, linked: Set(dataset.roles?.all ?? []))
    }

    /// Each block of an AICc-weighted indicator: the printed weights of the average and the
    /// printed AICc of every family listed.
    static func blocks(_ text: String) -> [(indicator: String, weights: [String: Double], aicc: [String: Double])] {
        var result: [(String, [String: Double], [String: Double])] = []
        for block in text.components(separatedBy: "\n\n") where block.contains("(AICc weights") {
            let lines = block.components(separatedBy: "\n")
            let average = lines.first { $0.hasPrefix("  model average: ") } ?? ""
            let list = average.dropFirst("  model average: ".count).prefix { $0 != "(" }
            var weights: [String: Double] = [:]
            for item in list.split(separator: ",") {
                let parts = item.split(separator: " ")
                if parts.count == 2, let w = Double(parts[1].dropLast()) { weights[String(parts[0])] = w / 100 }
            }
            var aicc: [String: Double] = [:]
            // A family marked as left out of the comparison (excluded) carries no weight.
            for line in lines
            where line.contains(" AICc ") && !line.contains("not compared")
                && (line.hasPrefix("  * ") || line.hasPrefix("    "))
            {
                let words = line.split(separator: " ").filter { $0 != "*" }
                if let k = words.firstIndex(of: "AICc"), k + 1 < words.count,
                    let v = Double(words[k + 1].replacingOccurrences(of: ",", with: ""))
                {
                    aicc[String(words[0])] = v
                }
            }
            result.append((String(lines[0].split(separator: " ").first ?? ""), weights, aicc))
        }
        return result
    }

    /// Weights from the printed AICc (every family printed without "not compared") — exp(−Δᵢ/2)/Σ exp(−Δⱼ/2) over every family listed,
    /// below 1 % dropped, the rest renormalised — equal the printed weights to 0.005. The
    /// tolerance: the AICc are printed to four significant digits (|AICc| < 100: at most
    /// 0.005 off, so Δ at most 0.01 and a weight at most a factor e^{0.005}, 0.5 %
    /// relative, 0.3 points at 60 %), the weights to 0.01 points.
    @Test func printedWeightsFollowFromThePrintedAICc() throws {
        let blocks = Self.blocks(try Self.printed())
        #expect(blocks.count >= 4, "AICc-weighted indicators found: \(blocks.map(\.indicator))")
        for b in blocks {
            #expect(b.aicc.count >= 2 && !b.weights.isEmpty, "\(b.indicator): nothing parsed")
            guard let best = b.aicc.values.min() else { continue }
            var raw = b.aicc.mapValues { exp(-($0 - best) / 2) }
            let total = raw.values.reduce(0, +)
            raw = raw.filter { $0.value / total >= 0.01 }
            let kept = raw.values.reduce(0, +)
            #expect(
                Set(raw.keys) == Set(b.weights.keys),
                "\(b.indicator): components \(b.weights.keys.sorted()) vs \(raw.keys.sorted()) from the AICc")
            for (family, r) in raw {
                #expect(
                    abs((b.weights[family] ?? 0) - r / kept) <= 0.005,
                    "\(b.indicator): \(family) printed \(b.weights[family] ?? 0), from printed AICc \(r / kept)")
            }
        }
    }
}
