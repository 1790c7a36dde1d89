import Foundation
import PlanData
import Reports
import ScenarioDSL

/// Refusals in the language of the command line: `error:`/`help:` or 错误：/提示：, and the
/// message itself in Chinese as the place that found the problem wrote it (every
/// ``InputIssue`` and scenario ``Diagnostic`` is made from ``Phrase``s). Nothing is
/// translated after the fact, except ArgumentParser's own English (``ParserRefusals``,
/// ``HelpText``: a third party's sentences, matched by their shapes).
enum MessageLanguage {
    /// The language of this command line (``OutputLanguage``'s rule): its `--lang X` /
    /// `--lang=X` (read before the arguments are parsed, so a refusal of them is in that
    /// language too), else `PLANSIM_LANG`, else the locale, else Chinese.
    static func of(_ arguments: [String]) -> Language {
        var choice: LanguageChoice?
        for (k, a) in arguments.enumerated() {
            if a == "--" { break }
            if a == "--lang", k + 1 < arguments.count { choice = LanguageChoice(argument: arguments[k + 1]) ?? choice }
            if a.hasPrefix("--lang=") { choice = LanguageChoice(argument: String(a.dropFirst(7))) ?? choice }
        }
        return OutputLanguage.resolve(choice)
    }

    /// The language of this process's messages.
    static var current: Language { of(Array(CommandLine.arguments.dropFirst())) }

    /// One refusal: `file:line:col: error: message (field `f`)` and `  help: …`, or in
    /// Chinese `…: 错误：message（字段 `f`）` and `  提示：…` (a command-line value's
    /// `<argument>` as `<参数>`).
    static func describe(_ issue: InputIssue, _ l: Language) -> String {
        guard l == .zh else { return issue.description }
        var zh = issue
        if issue.file == "<argument>" { zh.file = "<参数>" }
        zh.message = issue.messageZH ?? issue.message
        zh.help = issue.helpZH ?? issue.help
        var text = zh.description
        text = text.replacingOccurrences(of: ": error: ", with: ": 错误：")
        text = text.replacingOccurrences(of: "\n  help: ", with: "\n  提示：")
        if let field = issue.field {
            text = text.replacingOccurrences(
                of: " (field `\(TerminalText.escaped(field))`)", with: "（字段 `\(TerminalText.escaped(field))`）")
        }
        return text
    }

    static func describe(_ errors: InputErrors, _ l: Language) -> String {
        guard l == .zh else { return errors.description }
        let shown = errors.issues.prefix(InputErrors.printLimit).map { describe($0, l) }.joined(separator: "\n")
        guard errors.total > InputErrors.printLimit else { return shown }
        let rest = errors.total - min(errors.issues.count, InputErrors.printLimit)
        return shown + "\n……另有 \(rest) 个问题（共 \(errors.total) 个）；请先修正以上问题"
    }

    /// A refusal of the command line (ArgumentParser's or a command's validation):
    /// `error: …` / `错误：…`, each `Help:`/`Usage:` line in the same language. In Chinese,
    /// ArgumentParser's own sentences come from ``ParserRefusals`` (every shape it prints),
    /// a command's `ValidationError` is already Chinese; any other line is shown as written.
    static func usage(_ message: String, _ l: Language) -> String {
        let lines = message.components(separatedBy: "\n").filter { !$0.isEmpty }
        guard l == .zh else {
            return lines.enumerated().map { $0.offset == 0 ? "error: " + $0.element : $0.element }.joined(
                separator: "\n")
        }
        // The option's own help (`Help:  --paths …`) is English text: `--help` shows it.
        return lines.enumerated().filter { $0.offset == 0 || !$0.element.hasPrefix("Help:  ") }.map { k, line in
            if k == 0 { return "错误：" + (ParserRefusals.chinese(line) ?? line) }
            // Wrapped by display width to the terminal, as the Chinese help is.
            if line.hasPrefix("Usage: ") {
                return HelpText.wrappedLine("用法：" + line.dropFirst(7), width: HelpText.terminalWidth)
            }
            if line.hasPrefix("  See '"), let end = line.dropFirst(7).firstIndex(of: "'") {
                return "  `" + line[line.index(line.startIndex, offsetBy: 7)..<end] + "` 显示完整说明"
            }
            return ParserRefusals.chinese(line) ?? line
        }.joined(separator: "\n")
    }

    /// A scenario diagnostic with its message and help in `l` (the rendering adds the
    /// `error[E012]:`/`错误[E012]：` framing): the Chinese written with the diagnostic (one
    /// made by a library caller in English alone is shown as written).
    static func localized(_ d: Diagnostic, _ l: Language) -> Diagnostic {
        guard l == .zh else { return d }
        var zh = Diagnostic(
            id: d.id, severity: d.severity, message: d.messageZH ?? d.message, range: d.range,
            help: d.helpZH ?? d.help)
        zh.file = d.file
        return zh
    }

    /// A plan file's diagnostics with their lines and carets, then the count, in `l`.
    static func rendered(_ problems: PlanProblems, _ l: Language) -> String {
        guard l == .zh else { return problems.rendered }
        let errors = problems.diagnostics.filter { $0.severity == .error }.count
        let text = problems.diagnostics.map { DiagnosticRenderer.render(localized($0, l), in: problems.source) }.joined(
            separator: "\n")
        return frame(text, l) + "\n规划文件 \(TerminalText.escaped(problems.source.path)) 中有 \(errors) 个错误\n"
    }

    /// The rendered diagnostics' framing words in `l`.
    static func frame(_ rendered: String, _ l: Language) -> String {
        guard l == .zh else { return rendered }
        return rendered.components(separatedBy: "\n").map { line in
            var s = line
            for (en, zh) in [("error[", "错误["), ("warning[", "警告["), ("note[", "注["), ("help[", "提示[")]
            where s.hasPrefix(en) || s.contains(": " + en) {
                s = s.replacingOccurrences(of: en, with: zh)
                if let close = s.range(of: "]: ") { s.replaceSubrange(close, with: "]：") }
            }
            return s.replacingOccurrences(of: " = help: ", with: " = 提示：")
        }.joined(separator: "\n")
    }
}
