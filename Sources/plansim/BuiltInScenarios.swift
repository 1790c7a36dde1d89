import Foundation

/// Scenarios that ship inside the binary, so `plansim run` works from any directory.
/// A test checks that each equals its file under `scenarios/`.
enum BuiltInScenarios {
    static let baseline = """
# The plan as written: the 14th Five-Year Plan of Haibin Sub-district (2021–2025) and its
# 2035 vision. The plan's nine targets, its data and plansim's stated baseline
# assumptions (docs/methods.md) apply; this file only sets the run.
scenario baseline {
    horizon 2035
    paths 100000
    seed 20210929
    data embedded
    output md, html, csv, json
    language zh

    # Never fewer new jobs than zero in any year, on any path.
    check new_employment min >= 0
}
"""

    /// Where the baseline is said to come from in diagnostics and provenance.
    static func baselinePath() -> String { "scenarios/baseline.scn (built in)" }
}
