import ArgumentParser
import Foundation
import PlanData
import Reports

/// A count written as people write it: `100000`, `100,000`, `100_000` or `100 000`.
struct Count: ExpressibleByArgument, Sendable, Equatable {
    let value: Int

    init(_ value: Int) { self.value = value }

    init?(argument: String) {
        let digits = argument.filter { !",_ \u{2009}".contains($0) }
        // Thousands separators only between groups of three digits.
        if argument.contains(",") {
            let groups = argument.split(separator: ",", omittingEmptySubsequences: false)
            guard groups.dropFirst().allSatisfy({ $0.count == 3 }), !(groups.first ?? "").isEmpty else { return nil }
        }
        guard let n = Int(digits) else { return nil }
        value = n
    }

    var defaultValueDescription: String { NumberFormat.grouped(value) }
}

/// The language of output: `--lang` (any case), else `PLANSIM_LANG`, else the locale
/// (`LC_ALL`, `LC_MESSAGES`, `LANG`: Chinese when it starts with `zh`, English for other
/// set locales), else Chinese.
enum OutputLanguage {
    /// `PLANSIM_LANG` when it names zh or en.
    static func explicit(_ env: [String: String] = ProcessInfo.processInfo.environment) -> Language? {
        env["PLANSIM_LANG"].flatMap { Language(rawValue: String($0.lowercased().prefix(2))) }
    }

    static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        if let l = explicit(env) { return l }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let v = env[key], !v.isEmpty, v != "C", v != "POSIX", !v.hasPrefix("C.") else { continue }
            return v.lowercased().hasPrefix("zh") ? .zh : .en
        }
        return .zh
    }
}

extension OutputLanguage {
    /// The language of messages: `--lang`, else `PLANSIM_LANG`, else a set locale
    /// (`zh*` Chinese), else English (messages go to people who may not read Chinese).
    static func forMessages(_ flag: LanguageChoice? = nil, _ env: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        if let flag { return flag == .zh ? .zh : .en }
        if let l = explicit(env) { return l }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let v = env[key], !v.isEmpty, v != "C", v != "POSIX", !v.hasPrefix("C.") else { continue }
            return v.lowercased().hasPrefix("zh") ? .zh : .en
        }
        return .en
    }

    /// `zh` or `en` text by the message language.
    static func say(_ zh: String, _ en: String, _ flag: LanguageChoice? = nil) -> String { forMessages(flag) == .zh ? zh : en }
}

/// Root-level typos: `plansim rnu` → did you mean `run`? Returns the message, or nil when
/// the first argument is an option or a known command.
enum CommandTypos {
    static func message(_ arguments: [String], commands: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !commands.contains(first), first != "help" else { return nil }
        let zh = MessageLanguage.of(arguments) == .zh
        let hint = DidYouMean.suggestions(for: first, among: commands).first
        if zh {
            return "错误：未知命令 `\(first)`" + (hint.map { "；是否想用 `\($0)`？" } ?? "") + "\n  提示：命令有：" + commands.map { "`\($0)`" }.joined(separator: "、") + "（`plansim --help` 列出全部）"
        }
        return "error: unknown command `\(first)`" + (hint.map { "; did you mean `\($0)`?" } ?? "") + "\n  help: the commands are " + commands.joined(separator: ", ") + " (`plansim --help` lists them)"
    }
}
