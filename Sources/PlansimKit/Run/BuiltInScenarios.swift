import Foundation
public import PlanData
import Simulation

/// Scenarios that ship inside the binary, so `plansim run` works from any directory.
/// A test checks that each equals its file under `scenarios/`.
public enum BuiltInScenarios {
    /// The built-in baseline as written in `scenarios/baseline.scn` (Haibin's ids).
    public static let baseline = """
        # The plan as written: the 14th Five-Year Plan of Haibin Sub-district (2021–2025) and its
        # 2035 vision. The plan's nine targets, its data and plansim's stated baseline
        # assumptions (docs/methods.md) apply; this file only sets the run.
        scenario baseline {
            title "基准情景" "Baseline"
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

    /// The baseline for `plan`: the same run; the check on new jobs only where the plan
    /// has its employment indicator (another plan's ids differ).
    public static func baseline(for plan: Dataset) -> String {
        // A plan whose period ends after 2035 runs to the first horizon it allows.
        let baseline = baseline.replacingOccurrences(
            of: "    horizon 2035\n", with: "    horizon \(plan.defaultHorizon)\n")
        guard let jobs = plan.roles?.employment else {
            return baseline.replacingOccurrences(
                of:
                    "\n    # Never fewer new jobs than zero in any year, on any path.\n    check new_employment min >= 0\n",
                with: "")
        }
        return baseline.replacingOccurrences(of: "check new_employment", with: "check \(jobs)")
    }

    /// Where the baseline is said to come from in diagnostics and provenance.
    public static func baselinePath() -> String { "scenarios/baseline.scn (built in)" }
}
