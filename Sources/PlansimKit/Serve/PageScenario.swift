import Foundation
public import PlanData

/// The scenario the live page opens with when `serve` is given no file: the plan's
/// baseline (``BuiltInScenarios/baseline(for:)``) as a what-if of its own, to which the
/// page's levers add their statements. Paths and seed come with each request.
public enum PageScenario {
    /// The scenario text for `plan`, named `what_if`.
    public static func text(for plan: Dataset) -> String {
        let kept = BuiltInScenarios.baseline(for: plan).split(separator: "\n", omittingEmptySubsequences: false).filter
        { line in
            let words = line.trimmingCharacters(in: .whitespaces)
            return !line.hasPrefix("#")
                && !["paths ", "seed ", "output ", "language "].contains { words.hasPrefix($0) }
        }
        return
            "# 页面情景：基准情景加上页面杠杆写出的假设；可直接编辑。\n# The page's scenario: the baseline plus what the levers write; edit it freely.\n"
            + kept.joined(separator: "\n")
            .replacingOccurrences(of: "scenario baseline {", with: "scenario what_if {")
            .replacingOccurrences(of: "title \"基准情景\" \"Baseline\"", with: "title \"页面情景\" \"What-if\"")
    }
}
