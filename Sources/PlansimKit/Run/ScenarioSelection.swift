public import PlanData
public import ScenarioDSL
public import Simulation

/// Choosing and compiling one scenario of a program, with every problem thrown, never
/// printed: a front end decides how to show it.
public enum ScenarioSelection {
    /// The scenario to use from `program`: the one named, or the only one the file itself
    /// defines (scenarios it includes do not count).
    ///
    /// - Throws: ``InputIssue`` when the name is unknown or the choice is ambiguous.
    public static func pick(_ name: String?, in program: ScenarioProgram, file: String) throws(InputIssue) -> String {
        if let name {
            guard program.scenarios[name] != nil else {
                throw InputIssue(
                    file: file, field: name,
                    message: Phrase(zh: "该文件中没有情景 `\(name)`", en: "no scenario `\(name)` in this file"),
                    help: DidYouMean.phrase(for: name, among: program.order) ?? Phrase(
                        zh: "它定义的情景有：", en: "it defines ") + .codes(program.order))
            }
            return name
        }
        let own = program.order.filter { program.scenarios[$0]?.source.path == program.files.first?.source.path }
        guard own.count == 1, let only = own.first else {
            throw InputIssue(
                file: file,
                message: own.isEmpty
                    ? Phrase(zh: "该文件自身没有定义情景", en: "this file defines no scenario of its own")
                    : Phrase(
                        zh: "该文件定义了 \(own.count) 个情景；请指明运行哪一个",
                        en: "this file defines \(own.count) scenarios; say which to run"),
                help: Phrase(zh: "请加上 `--scenario 名称`，可选：", en: "add `--scenario NAME`, one of ")
                    + .codes(program.order))
        }
        return only
    }

    /// The program checked and the scenario `name` (or the file's only one) compiled.
    ///
    /// - Throws: ``ScenarioRejection`` with every diagnostic when the program has an error (warnings pass);
    ///   ``InputIssue`` when the scenario cannot be chosen.
    public static func compile(_ name: String?, in program: ScenarioProgram, file: String) throws -> (
        name: String, spec: ScenarioSpec
    ) {
        let diagnostics = program.allDiagnostics()
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw ScenarioRejection(diagnostics: diagnostics, program: program)
        }
        let chosen = try pick(name, in: program, file: file)
        guard case .success(let spec) = program.compile(chosen) else {
            throw ScenarioRejection(diagnostics: program.allDiagnostics(), program: program)
        }
        return (chosen, spec)
    }
}
