import Foundation
import PlanData

extension ComparisonFiles {
    /// Refuses a comparison.json whose summary fields are not those `plansim compare`
    /// writes (docs/json-formats.md): `reference` and `scenarios` as text, one scenario per
    /// saved result, `rows` and `probabilities` with one figure per scenario, years from
    /// 1900 to 2200, probabilities from 0 to 1, and every number below 10¹⁵ in size. The
    /// field is named by its path (`probabilities[0].probability[1]`).
    static func checkSummary(_ root: [String: Any], results: Int, file: String) throws(InputIssue) {
        let help = Phrase(
            zh: "`comparison.json` 由 `plansim compare` 写出，请勿手工修改；请重新运行 `plansim compare`",
            en: "`comparison.json` is written by `plansim compare`; run `plansim compare` again")
        func bad(_ field: String, _ message: Phrase) -> InputIssue {
            InputIssue(file: file, field: field, message: message, help: help)
        }
        try JSONBounds.checkMagnitudes(root, path: "", file: file, help: help)
        guard root["reference"] is String else {
            throw bad("reference", Phrase(zh: "`reference` 缺失或不是文字", en: "`reference` is missing or not a string"))
        }
        guard let scenarios = root["scenarios"] as? [String], scenarios.count == results else {
            throw bad(
                "scenarios",
                Phrase(
                    zh: "`scenarios` 须为 \(results) 个情景名（每个保存的结果一个）",
                    en: "`scenarios` must be \(results) scenario names (one per saved result)"))
        }
        /// `object[key]` as `count` numbers, each within `range`.
        func figures(
            _ object: [String: Any], _ key: String, _ path: String, count: Int, within range: ClosedRange<Double>? = nil
        ) throws(InputIssue) {
            guard let values = object[key] as? [Any], values.count == count else {
                throw bad(
                    "\(path).\(key)", Phrase(zh: "`\(key)` 须为 \(count) 个数", en: "`\(key)` must be \(count) numbers"))
            }
            for (k, v) in values.enumerated() where !(v is NSNull) {
                guard let n = v as? NSNumber, range.map({ $0.contains(n.doubleValue) }) ?? true else {
                    throw bad(
                        "\(path).\(key)[\(k)]",
                        range == nil
                            ? Phrase(zh: "不是数值：\(v)", en: "not a number: \(v)")
                            : Phrase(zh: "概率须在 0 至 1 之间，实为 \(v)", en: "a probability must be from 0 to 1, got \(v)"))
                }
            }
        }
        guard let rows = root["rows"] as? [[String: Any]] else {
            throw bad("rows", Phrase(zh: "`rows` 缺失或格式有误", en: "`rows` is missing or malformed"))
        }
        for (k, row) in rows.enumerated() {
            guard row["indicator"] is String else {
                throw bad(
                    "rows[\(k)].indicator",
                    Phrase(zh: "`indicator` 缺失或不是文字", en: "`indicator` is missing or not a string"))
            }
            guard let year = row["year"] as? NSNumber, year.doubleValue == year.doubleValue.rounded(),
                (1900...2200).contains(year.doubleValue)
            else {
                throw bad(
                    "rows[\(k)].year",
                    Phrase(zh: "`year` 须为 1900 至 2200 年之间的年份", en: "`year` must be a year from 1900 to 2200"))
            }
            try figures(row, "p50", "rows[\(k)]", count: results)
        }
        guard let probabilities = root["probabilities"] as? [[String: Any]] else {
            throw bad(
                "probabilities", Phrase(zh: "`probabilities` 缺失或格式有误", en: "`probabilities` is missing or malformed"))
        }
        for (k, p) in probabilities.enumerated() {
            guard p["indicator"] is String else {
                throw bad(
                    "probabilities[\(k)].indicator",
                    Phrase(zh: "`indicator` 缺失或不是文字", en: "`indicator` is missing or not a string"))
            }
            try figures(p, "probability", "probabilities[\(k)]", count: results, within: 0...1)
        }
    }
}
