public import Forecasting
public import PlanData
import LinearAlgebra
import Foundation

/// The two faces of a fitted regression: a statsmodels-style table for people and the
/// stable JSON of `plansim regress --json` (docs/json-formats.md).
public enum RegressionSummary {
    /// `{"coefficients":[{"term","estimate","std_error"}],"residual_sd","r_squared",
    /// "condition_number","n"}`, every number in shortest round-trip form.
    public static func json(_ run: RegressionRun) -> JSONValue {
        let r = run.result
        return .object([
            ("coefficients", .array(r.coefficients.map { c in
                .object([("term", .string(c.term)), ("estimate", .finite(c.estimate)), ("std_error", .finite(c.standardError))])
            })),
            ("residual_sd", .finite(r.residualStandardDeviation)),
            ("r_squared", .finite(r.rSquared)),
            ("condition_number", .finite(r.conditionNumber)),
            ("n", .integer(r.observations)),
        ])
    }

    /// The human table: estimates, standard errors, t, p, then fit statistics and a
    /// warning when the design is ill-conditioned.
    public static func text(_ run: RegressionRun) -> String {
        let r = run.result
        let width = 78
        let rule = String(repeating: "-", count: width)
        var lines: [String] = []
        lines.append("OLS regression of `\(run.response)` on \(run.terms.count) term\(run.terms.count == 1 ? "" : "s")\(r.hasIntercept ? " and an intercept" : " (no intercept)") · \(run.file)")
        lines.append(String(repeating: "=", count: width))
        lines.append(pad("term", 14) + lpad("estimate", 22) + lpad("std error", 22) + lpad("t", 10) + lpad("P>|t|", 10))
        lines.append(rule)
        for c in r.coefficients {
            lines.append(pad(c.term, 14) + lpad(g(c.estimate), 22) + lpad(g(c.standardError), 22)
                         + lpad(String(format: "%.3f", c.tStatistic), 10) + lpad(String(format: "%.3f", c.pValue), 10))
        }
        lines.append(rule)
        lines.append(pad("observations", 20) + lpad("\(r.observations)", 12) + "    " + pad(r.hasIntercept ? "R²" : "R² (uncentred)", 20) + lpad(g(r.rSquared), 22))
        lines.append(pad("residual df", 20) + lpad("\(r.residualDegreesOfFreedom)", 12) + "    " + pad("residual SD", 20) + lpad(g(r.residualStandardDeviation), 22))
        lines.append(pad("condition number", 20) + lpad(String(format: "%.3g", r.conditionNumber), 12) + "    " + pad("after column scaling", 20) + lpad(String(format: "%.3g", r.scaledConditionNumber), 22))
        if r.isIllConditioned {
            let digits = Int(log10(r.scaledConditionNumber).rounded())
            lines.append("")
            lines.append("warning: the design is ill-conditioned (scaled condition number \(String(format: "%.1e", r.scaledConditionNumber)));")
            lines.append("  plain double-precision solvers lose about \(digits) of their 16 digits here. plansim refines")
            lines.append("  in double-double, but the estimates are as sensitive as that to any error in the data.")
        }
        if r.residualDegreesOfFreedom == 0 {
            lines.append("")
            lines.append("note: as many coefficients as rows: the fit is exact and has no standard errors.")
        }
        return lines.joined(separator: "\n")
    }

    static func g(_ x: Double) -> String { x.isFinite ? String(format: "%.15g", x) : "n/a" }
    static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
    static func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? " " + s : String(repeating: " ", count: n - s.count) + s }
}
