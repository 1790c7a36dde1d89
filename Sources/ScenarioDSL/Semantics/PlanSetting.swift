import Foundation
import PlanData

/// Which plan a scenario file is about: the plan block it holds itself, else the file its
/// scenarios name with `plan "FILE"` (relative to the scenario file and inside its
/// folder, as `include` and `data` are: E026 otherwise), else none (the
/// caller's default). All scenarios of a file share one plan.
struct PlanSetting {
    let dataset: Dataset?
    let diagnostics: [Diagnostic]

    static func find(in source: SourceFile) -> PlanSetting {
        let tree = Parser.parse(source)
        if !tree.plans.isEmpty {
            switch PlanFiles.compile(source, origin: "plan") {
            case .success(let d): return PlanSetting(dataset: d, diagnostics: [])
            case .failure(let p): return PlanSetting(dataset: nil, diagnostics: p.diagnostics)
            }
        }
        var named: [(String, SourceRange)] = []
        for scenario in tree.scenarios {
            for case .statement(let s) in scenario.items where s.keyword == "plan" {
                if let e = s.elements.first, case .string(let path) = e.kind { named.append((path, e.range)) }
            }
        }
        guard let (path, range) = named.first else { return PlanSetting(dataset: nil, diagnostics: []) }
        var diagnostics: [Diagnostic] = []
        for (other, r) in named.dropFirst() where other != path {
            diagnostics.append(
                .invalidValue(
                    Phrase(
                        zh: "一个文件中的情景只用一个规划；这里写的是 `\(other)`，前面一行写的是 `\(path)`",
                        en: "the scenarios of one file use one plan; this names `\(other)`, an earlier line `\(path)`"),
                    r,
                    help: Phrase(zh: "关于另一规划的情景请放在单独的文件中", en: "put scenarios about another plan in their own file")))
        }
        // Confined like `include`, `data` and `levels_from`: inside the scenario's folder, links resolved.
        let directory = URL(fileURLWithPath: source.path).deletingLastPathComponent().standardizedFileURL.path
        let real: String
        switch InputFile.confined(path, from: directory, root: InputFile.realPath(directory) ?? directory) {
        case .success(let r): real = r
        case .failure(let problem):
            diagnostics.append(
                .dataFile(
                    Phrase(
                        zh: "规划文件 `\(path)` \(Phrase.fileProblem(problem).zh)",
                        en: "plan file `\(path)` \(problem.message)"), range,
                    help: Phrase(
                        zh: "请给出相对于本情景文件、位于其文件夹内的路径",
                        en: "give a path relative to this scenario file, inside its folder")))
            return PlanSetting(dataset: nil, diagnostics: diagnostics)
        }
        switch PlanFiles.load(path: real) {
        case .success(let d): return PlanSetting(dataset: d, diagnostics: diagnostics)
        case .failure(let problems):
            let first = problems.diagnostics.first
            let at = first.map { problems.source.location($0.range.start) }
            let en =
                first.map { $0.message + (at.map { " (line \($0.line), column \($0.column))" } ?? "") } ?? "unreadable"
            let zh =
                first.map { ($0.messageZH ?? $0.message) + (at.map { "（第 \($0.line) 行第 \($0.column) 列）" } ?? "") }
                ?? "无法读取"
            diagnostics.append(
                .dataFile(
                    Phrase(zh: "规划文件 `\(path)` 无法使用：" + zh, en: "plan file `\(path)` cannot be used: " + en), range,
                    help: Phrase(
                        zh: "运行 `plansim check \(path)` 查看全部问题", en: "run `plansim check \(path)` to see every problem")
                ))
            return PlanSetting(dataset: nil, diagnostics: diagnostics)
        }
    }
}
