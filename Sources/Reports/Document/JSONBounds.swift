import Foundation
import PlanData

/// The ranges the numbers of plansim's own JSON files (results.json, comparison.json,
/// indices.json) lie in, checked when `report` reads them back: a number outside is an
/// edited or damaged file, refused with its field path (`indicators[0].years[0].p50`)
/// before anything is rendered.
enum JSONBounds {
    /// Every number is below this in size (levels in the plan's units, rates, indices);
    /// the 64-bit seed is the one exception.
    static let magnitude = 1e15
    /// Keys whose numbers may be larger (a seed is any 64-bit unsigned integer).
    static let unbounded: Set<String> = ["seed"]

    /// Refuses the first number under `value` that is not below ``magnitude`` in size,
    /// naming it by its path from `path` (array items as `[k]`).
    static func checkMagnitudes(_ value: Any, path: String, file: String, help: Phrase) throws(InputIssue) {
        switch value {
        case let object as [String: Any]:
            for key in object.keys.sorted() where !unbounded.contains(key) {
                try checkMagnitudes(object[key]!, path: path.isEmpty ? key : "\(path).\(key)", file: file, help: help)
            }
        case let array as [Any]:
            for (k, item) in array.enumerated() {
                try checkMagnitudes(item, path: "\(path)[\(k)]", file: file, help: help)
            }
        case let number as NSNumber: try checkMagnitude(number.doubleValue, field: path, file: file, help: help)
        default: break
        }
    }

    /// Refuses a number of a typed result file that is not below ``magnitude`` in size,
    /// naming it `field`; nil (`null`) passes.
    static func checkMagnitude(_ value: Double?, field: String, file: String, help: Phrase) throws(InputIssue) {
        guard let v = value else { return }
        guard v.isFinite, abs(v) < magnitude else {
            throw InputIssue(
                file: file, field: field,
                message: Phrase(
                    zh: "数值 \(v) 超出可用范围（绝对值须小于 10¹⁵）",
                    en: "the number \(v) is out of range (it must be below 10¹⁵ in size)"),
                help: help)
        }
    }

    /// Refuses a number of a typed result file outside `range`, naming `field`; nil passes.
    static func check(
        _ value: Double?, field: String, in range: ClosedRange<Double>, file: String, what: Phrase, help: Phrase
    ) throws(InputIssue) {
        guard let value, !range.contains(value) else { return }
        let (low, high) = (String(format: "%g", range.lowerBound), String(format: "%g", range.upperBound))
        throw InputIssue(
            file: file, field: field,
            message: Phrase(
                zh: "\(what.zh)须在 \(low) 至 \(high) 之间，实为 \(value)",
                en: "\(what.en) must be from \(low) to \(high), got \(value)"), help: help)
    }

    /// Refuses `object[key]` when present and not a number within `range`, naming `path.key`.
    static func check(
        _ object: [String: Any], _ key: String, in range: ClosedRange<Double>, path: String, file: String, what: Phrase,
        help: Phrase
    ) throws(InputIssue) {
        guard let raw = object[key], !(raw is NSNull) else { return }
        let field = path.isEmpty ? key : "\(path).\(key)"
        guard let n = raw as? NSNumber, range.contains(n.doubleValue) else {
            let (low, high) = (String(format: "%g", range.lowerBound), String(format: "%g", range.upperBound))
            throw InputIssue(
                file: file, field: field,
                message: Phrase(
                    zh: "\(what.zh)须在 \(low) 至 \(high) 之间，实为 \(raw)",
                    en: "\(what.en) must be from \(low) to \(high), got \(raw)"), help: help)
        }
    }
}
