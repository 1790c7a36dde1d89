import ArgumentParser
import Foundation
import PlanData
import ScenarioDSL

/// `--plan FILE` for commands that take no other data options.
struct PlanOption: ParsableArguments {
    @Option(
        name: .customLong("plan"),
        help: ArgumentHelp(
            say(
                "规划文件（见 docs/plan-files.md），代替内置的海滨街道“十四五”规划。",
                "A plan file (docs/plan-files.md) instead of the embedded Haibin 14th plan."), valueName: "FILE.plan"))
    var planFile: String?
}

/// Loads plans for the commands: the embedded default, or a file whose every problem is
/// printed located (then exit 1, nothing written).
enum PlanLoader {
    static func load(_ path: String?) throws -> Dataset {
        guard let path else { return PlanFiles.embedded }
        guard FileManager.default.fileExists(atPath: path) else {
            throw InputIssue(
                file: path, message: Phrase(zh: "找不到该规划文件", en: "no such plan file"),
                help: Phrase(
                    zh: "请检查路径；plans/ 目录中有示例，`plansim plan export` 写出默认规划",
                    en: "check the path; plans/ holds examples, `plansim plan export` writes the default"))
        }
        switch PlanFiles.load(path: path) {
        case .success(let dataset): return dataset
        case .failure(let problems):
            TerminalOutput.error(MessageLanguage.rendered(problems, MessageLanguage.current))
            throw ExitCode(1)
        }
    }

    /// What `check` says a file holds: its scenarios, or its plan.
    static func contents(_ program: ScenarioProgram) -> String {
        let zh = MessageLanguage.current == .zh
        var parts = program.order
        for plan in program.files.first?.plans ?? [] {
            let (n, t) = (program.dataset.indicators.count, program.dataset.targets.count + program.dataset.goals.count)
            parts.append(zh ? "规划 \(plan.name)：\(n) 个指标、\(t) 个目标" : "plan \(plan.name): \(n) indicators, \(t) targets")
        }
        return parts.joined(separator: zh ? "、" : ", ")
    }
}
