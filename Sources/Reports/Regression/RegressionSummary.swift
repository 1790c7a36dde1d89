public import Forecasting
import Foundation
import LinearAlgebra
public import PlanData

/// The two faces of a fitted regression: a statsmodels-style table for people and the
/// stable JSON of `plansim regress --json` (docs/json-formats.md).
public enum RegressionSummary {
    /// `{"coefficients":[{"term","estimate","std_error"}],"residual_sd","r_squared",
    /// "condition_number","n"}`, every number in shortest round-trip form.
    public static func json(_ run: RegressionRun) -> JSONValue {
        let r = run.result
        return .object([
            (
                "coefficients",
                .array(
                    r.coefficients.map { c in
                        .object([
                            ("term", .string(c.term)), ("estimate", .finite(c.estimate)),
                            ("std_error", .finite(c.standardError)),
                        ])
                    })
            ),
            ("residual_sd", .finite(r.residualStandardDeviation)),
            ("r_squared", .finite(r.rSquared)),
            ("condition_number", .finite(r.conditionNumber)),
            ("n", .integer(r.observations)),
        ])
    }

    /// The human table in `l`: estimates, standard errors, t, p, then fit statistics and a
    /// warning when the design is ill-conditioned (terms keep their names, backticked in Chinese).
    public static func text(_ run: RegressionRun, language l: Language = .en) -> String {
        let r = run.result
        let zh = l == .zh
        func say(_ zhText: String, _ en: String) -> String { zh ? zhText : en }
        func pad(_ s: String, _ n: Int) -> String {
            DisplayWidth.pad(s, to: n, left: true) + (DisplayWidth.of(s) >= n ? " " : "")
        }
        func lpad(_ s: String, _ n: Int) -> String {
            (DisplayWidth.of(s) >= n ? " " : "") + DisplayWidth.pad(s, to: n, left: false)
        }
        let width = 78
        let rule = String(repeating: "-", count: width)
        var lines: [String] = []
        lines.append(
            zh
                ? "`\(run.response)` 对 \(run.terms.count) 个自变量项\(r.hasIntercept ? "及截距" : "（无截距）")的最小二乘回归 · \(run.file)"
                : "OLS regression of `\(run.response)` on \(run.terms.count) term\(run.terms.count == 1 ? "" : "s")\(r.hasIntercept ? " and an intercept" : " (no intercept)") · \(run.file)"
        )
        lines.append(String(repeating: "=", count: width))
        lines.append(
            pad(say("项", "term"), 14) + lpad(say("估计值", "estimate"), 22) + lpad(say("标准误", "std error"), 22)
                + lpad("t", 10) + lpad("P>|t|", 10))
        lines.append(rule)
        for c in r.coefficients {
            let term = zh && c.term != "const" ? "`\(c.term)`" : zh ? "截距" : c.term
            lines.append(
                pad(term, 14) + lpad(g(c.estimate, l), 22) + lpad(g(c.standardError, l), 22)
                    + lpad(fixed(c.tStatistic, l), 10) + lpad(fixed(c.pValue, l), 10))
        }
        lines.append(rule)
        lines.append(
            pad(say("观测数", "observations"), 20) + lpad("\(r.observations)", 12) + "    "
                + pad(r.hasIntercept ? "R²" : say("R²（非中心化）", "R² (uncentred)"), 20) + lpad(g(r.rSquared, l), 22))
        lines.append(
            pad(say("残差自由度", "residual df"), 20) + lpad("\(r.residualDegreesOfFreedom)", 12) + "    "
                + pad(say("残差标准差", "residual SD"), 20) + lpad(g(r.residualStandardDeviation, l), 22))
        lines.append(
            pad(say("条件数", "condition number"), 20) + lpad(String(format: "%.3g", r.conditionNumber), 12) + "    "
                + pad(say("列缩放后", "after column scaling"), 20)
                + lpad(String(format: "%.3g", r.scaledConditionNumber), 22))
        if r.isIllConditioned {
            // An infinite condition number: every digit is lost.
            let digits = r.scaledConditionNumber.isFinite ? Int(log10(r.scaledConditionNumber).rounded()) : 16
            let scaled = String(format: "%.1e", r.scaledConditionNumber)
            lines.append("")
            lines +=
                zh
                ? [
                    "警告：设计矩阵病态（缩放后条件数 \(scaled)）；",
                    "  普通双精度求解器在此会损失 16 位有效数字中的约 \(digits) 位。plansim 以双倍双精度迭代修正，",
                    "  但估计值对数据中任何误差的敏感程度仍是如此。",
                ]
                : [
                    "warning: the design is ill-conditioned (scaled condition number \(scaled));",
                    "  plain double-precision solvers lose about \(digits) of their 16 digits here. plansim refines",
                    "  in double-double, but the estimates are as sensitive as that to any error in the data.",
                ]
        }
        if r.residualDegreesOfFreedom == 0 {
            lines.append("")
            lines.append(
                say(
                    "注：系数个数与行数相同：拟合是精确的，没有标准误。",
                    "note: as many coefficients as rows: the fit is exact and has no standard errors."))
        }
        return lines.joined(separator: "\n")
    }

    static func g(_ x: Double, _ l: Language) -> String {
        x.isFinite ? String(format: "%.15g", x) : l == .zh ? "无" : "n/a"
    }
    static func fixed(_ x: Double, _ l: Language) -> String { x.isFinite || l == .en ? String(format: "%.3f", x) : "无" }
}
