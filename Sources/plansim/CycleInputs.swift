import Foundation
import PlanData

/// What `evaluate` and `propose` read: the plan, the planner's actual figures on top of
/// it, and whether those figures are marked illustrative.
struct CycleInputs {
    let plan: Dataset
    let withActuals: Dataset
    let actuals: UserData
    /// `ILLUSTRATIVE` (or 示意) anywhere in the actuals file: every output then says so.
    let illustrative: Bool

    static func load(plan planFile: String?, data path: String) throws -> CycleInputs {
        let plan = try PlanLoader.load(planFile)
        guard FileManager.default.fileExists(atPath: path) else {
            throw InputIssue(
                file: path, message: Phrase(zh: "找不到该文件", en: "no such file"),
                help: Phrase(
                    zh: "请给出实际数据的 CSV：`indicator,year,value[,note]`",
                    en: "give a CSV of actual figures: indicator,year,value[,note]"))
        }
        let actuals = try UserData.load(path: path, for: plan)
        let text = String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
        return CycleInputs(
            plan: plan, withActuals: plan.applying(actuals), actuals: actuals,
            illustrative: text.range(of: "illustrative", options: .caseInsensitive) != nil || text.contains("示意"))
    }

    /// Provenance lines: the plan, the actuals, the program.
    func provenance(_ extra: [String]) -> [String] {
        let source = plan.provenance.first
        let planLine =
            source?.source == "plan"
            ? "plan: \(source?.file ?? "") sha256 \(source?.fileSHA256 ?? "")"
            : "plan: embedded \(plan.plan?.name ?? "") (\(source?.vintage ?? ""))"
        return [
            planLine, "actuals: \(actuals.file) sha256 \(actuals.sha256)" + (illustrative ? " (ILLUSTRATIVE)" : ""),
        ] + extra
            + ["plansim \(PlansimVersion.current), \(ISO8601DateFormatter().string(from: Date()))"]
    }
}
