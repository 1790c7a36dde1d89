import Foundation
import PlanData
import Reports

extension RunWorkflow {
    /// What `run` writes, `report` reads: the run's `results.json` is read back in memory
    /// by the reader `report` uses, and a run whose numbers that reader refuses (a
    /// forecast beyond 10¹⁵, or one that is not finite, from a scenario `check` accepts —
    /// `grows_as … elasticity -10` on a driver falling 99 % a year — or extreme `--data`)
    /// is refused here, located at the scenario, before anything is written.
    ///
    /// Returns the rendered document it read.
    ///
    /// - Throws: ``InputIssue`` at `file` and the scenario, naming the indicator.
    static func checkReadable(_ outcome: RunOutcome, file: String, scenario: String) throws(InputIssue) -> String {
        let text = outcome.json.rendered()
        guard let root = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] else {
            throw unreadable(
                file: file, scenario: scenario, indicator: nil,
                reason: Phrase(zh: "结果不是有效的 JSON", en: "the results are not valid JSON"))
        }
        do { _ = try ReportDocument(results: root, file: "results.json") } catch {
            let indicator = error.field.flatMap { Self.indicatorIndex($0) }.flatMap { k in
                k < outcome.document.indicators.count ? outcome.document.indicators[k].id : nil
            }
            throw unreadable(
                file: file, scenario: scenario, indicator: indicator,
                reason: Phrase(zh: error.messageZH ?? error.message, en: error.message))
        }
        return text
    }

    /// `k` of a field `indicators[k]…`.
    static func indicatorIndex(_ field: String) -> Int? {
        guard field.hasPrefix("indicators["), let close = field.firstIndex(of: "]") else { return nil }
        return Int(field[field.index(field.startIndex, offsetBy: 11)..<close])
    }

    static func unreadable(file: String, scenario: String, indicator: String?, reason: Phrase) -> InputIssue {
        let which = indicator.map { Phrase(zh: "指标 `\($0)` 的", en: " for `\($0)`") } ?? Phrase(zh: "", en: "")
        return InputIssue(
            file: file, field: scenario,
            message: Phrase(
                zh: "情景 `\(scenario)` 算出的\(which.zh)数值超出 plansim 可写出、`report` 可读取的范围（\(reason.zh)）；未写入任何文件",
                en:
                    "scenario `\(scenario)` gives numbers\(which.en) beyond what plansim writes and `report` reads (\(reason.en)); nothing was written"
            ),
            help: Phrase(
                zh: "请检查情景中的增速、弹性和冲击，以及 `--data` 中的数值是否过于极端",
                en:
                    "check the scenario's growth rates, elasticities and shocks, and the values in `--data`, for extreme values"
            ))
    }
}
