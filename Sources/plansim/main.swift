import ArgumentParser
import Foundation
import LinearAlgebra
import PlanData

// Entry point. Errors are mapped to plansim's documented exit codes: 0 success, 1 input
// refused with a message (bad files, arguments or data), 70 a failure of plansim itself.
// Nothing is printed to standard output by a command that fails.
BLASThreads.set(1)
// ArgumentParser traps when help is wrapped to fewer columns than its indent (COLUMNS=0,
// negative, or up to 26): help is wrapped to 40–1000 columns whatever COLUMNS says.
if let text = ProcessInfo.processInfo.environment["COLUMNS"] {
    let columns = Int(text.trimmingCharacters(in: .whitespaces)) ?? 80
    setenv("COLUMNS", String(min(max(columns, 40), 1000)), 1)
}
if let warning = OutputLanguage.warning(ProcessInfo.processInfo.environment, MessageLanguage.current) {
    TerminalOutput.error((warning + "\n"))
}
if let warning = SIMDChoice.warning(ProcessInfo.processInfo.environment, MessageLanguage.current) {
    TerminalOutput.error((warning + "\n"))
}
if let typo = CommandTypos.message(
    Array(CommandLine.arguments.dropFirst()),
    commands: Plansim.configuration.subcommands.map { $0.configuration.commandName ?? "" })
{
    TerminalOutput.error((typo + "\n"))
    exit(1)
}
do {
    var command = try Plansim.parseAsRoot(
        try Arguments.checked(HelpText.withoutLanguage(HelpText.groupHelp(Array(CommandLine.arguments.dropFirst())))))
    try command.run()
} catch let errors as InputErrors {
    TerminalOutput.error((MessageLanguage.describe(errors, MessageLanguage.current) + "\n"))
    exit(1)
} catch let code as ExitCode {
    exit(code.rawValue)
} catch let issue as InputIssue {
    TerminalOutput.error((MessageLanguage.describe(issue, MessageLanguage.current) + "\n"))
    exit(1)
} catch {
    let code = Plansim.exitCode(for: error)
    if code == .success {
        if MessageLanguage.current == .zh {
            TerminalOutput.output((HelpText.chinese(for: error) + "\n"))
            exit(0)
        }
        Plansim.exit(withError: error)
    }
    let message = Plansim.fullMessage(for: error)
    let isUsage = error is ValidationError || code == .validationFailure || code.rawValue == 64
    if isUsage || !message.isEmpty && code != .failure {
        TerminalOutput.error(
            (MessageLanguage.usage(message.replacingOccurrences(of: "Error: ", with: ""), MessageLanguage.current)
                + "\n"))
        exit(1)
    }
    let detail = message.isEmpty ? String(describing: error) : message
    TerminalOutput.error(
        (MessageLanguage.current == .zh
            ? "内部错误：`\(detail)`\n请把这一问题作为 plansim 的缺陷报告\n"
            : "internal error: \(detail)\nplease report this as a plansim bug\n"))
    exit(70)
}
