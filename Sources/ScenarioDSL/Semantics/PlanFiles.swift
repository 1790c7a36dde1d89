import Foundation
public import PlanData

/// A plan file that did not compile: its diagnostics and the source to show them in.
public struct PlanProblems: Error, Sendable {
    public let diagnostics: [Diagnostic]
    public let source: SourceFile

    /// Every diagnostic with its line and carets, then a count.
    public var rendered: String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        return diagnostics.map { DiagnosticRenderer.render($0, in: source) }.joined(separator: "\n")
            + "\n\(errors) error\(errors == 1 ? "" : "s") in plan file \(source.path)\n"
    }
}

/// Plans as data: the embedded default (`plans/haibin-14th.plan`), `--plan FILE`, and
/// `plan "FILE"` in scenarios all come through here, so every command sees the same dataset.
public enum PlanFiles {
    /// The embedded default plan, compiled once, with its history reconstructed.
    public static let embedded: Dataset = {
        switch compile(
            SourceFile(path: "plans/haibin-14th.plan", text: EmbeddedPlanText.haibin14th), origin: "embedded")
        {
        case .success(let d): return d
        case .failure(let p):
            preconditionFailure("the embedded plan does not compile (EmbeddedPlanTests guards this):\n\(p.rendered)")
        }
    }()

    /// The plan in the file at `path` (a regular file of at most ``InputFile/scenarioLimit`` bytes).
    public static func load(path: String) -> Result<Dataset, PlanProblems> {
        let bytes: [UInt8]
        switch InputFile.read(path, limit: InputFile.scenarioLimit) {
        case .success(let b): bytes = b
        case .failure(let problem):
            let source = SourceFile(path: path, text: "")
            let why =
                problem == .missing
                ? Phrase(zh: "无法读取规划文件 `\(path)`", en: "cannot read plan file `\(path)`")
                : Phrase(
                    zh: "规划文件 `\(path)` \(Phrase.fileProblem(problem).zh)", en: "plan file `\(path)` \(problem.message)"
                )
            return .failure(
                PlanProblems(
                    diagnostics: [
                        withFile(
                            .planMissing(
                                why, SourceRange(0, 0),
                                help: Phrase(zh: "请检查路径；plans/ 目录中有示例", en: "check the path; plans/ holds examples")),
                            path)
                    ], source: source))
        }
        return compile(SourceFile(path: path, bytes: bytes), origin: "plan")
    }

    /// The first plan block of `source` compiled, history reconstructed.
    public static func compile(_ source: SourceFile, origin: String) -> Result<Dataset, PlanProblems> {
        let tree = Parser.parse(source)
        var diagnostics = tree.diagnostics
        let plans = tree.plans
        if plans.isEmpty && diagnostics.isEmpty {
            diagnostics.append(
                .planMissing(
                    Phrase(zh: "本文件中没有规划", en: "no plan in this file"), SourceRange(0, 0),
                    help: Phrase(
                        zh: "请写 `plan NAME {` … `}`；见 docs/plan-files.md",
                        en: "write `plan NAME {` … `}`; see docs/plan-files.md")))
        }
        for extra in plans.dropFirst() {
            diagnostics.append(
                .planMissing(
                    Phrase(
                        zh: "一个文件只放一个规划；`\(extra.name)` 是第二个", en: "a file holds one plan; `\(extra.name)` is a second"),
                    extra.nameRange,
                    help: Phrase(zh: "每个规划请放在单独的文件中", en: "put each plan in its own file")))
        }
        var dataset: Dataset?
        if let decl = plans.first {
            let provenance = Provenance(
                source: origin, description: "", vintage: "",
                fileSHA256: origin == "embedded" ? nil : SHA256.hex(source.bytes),
                file: origin == "embedded" ? nil : source.path)
            let compiled = PlanCompiler.compile(decl, source: source, provenance: provenance)
            diagnostics += compiled.diagnostics
            dataset = compiled.dataset
        }
        guard let dataset, !diagnostics.contains(where: { $0.severity == .error }) else {
            return .failure(PlanProblems(diagnostics: diagnostics.map { withFile($0, source.path) }, source: source))
        }
        return .success(HistoryReconstruction.reconstruct(dataset))
    }

    static func withFile(_ d: Diagnostic, _ path: String) -> Diagnostic {
        var d = d
        d.file = path
        return d
    }
}
