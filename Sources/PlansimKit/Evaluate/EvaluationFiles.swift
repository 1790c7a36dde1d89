public import Foundation
public import PlanData
import Reports

/// The files `evaluate --out DIR` writes: `evaluation.json` (the artifact) and
/// `evaluation.<format>` for each requested format.
public enum EvaluationFiles {
    public static func files(_ result: EvaluateResult, formats: [String], language l: Language) throws(InputIssue) -> [(
        name: String, contents: Data
    )] {
        var out: [(name: String, contents: Data)] = []
        do {
            out.append(("evaluation.json", try result.artifact.encoded()))
        } catch {
            throw InputIssue(
                file: "evaluation.json",
                message: Phrase(zh: "无法编码评估结果：\(error)", en: "cannot encode the evaluation: \(error)"),
                help: Phrase(zh: "请报告此问题", en: "please report this"))
        }
        for format in formats where format != "json" {
            out.append(
                ("evaluation.\(format)", try EvaluationRenderers.file(result.document, format: format, language: l)))
        }
        return out
    }
}
