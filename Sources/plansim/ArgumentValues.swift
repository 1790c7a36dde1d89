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

/// The language of everything a command prints or writes — terminal output, refusals,
/// help and the files of reports — by one rule for every command: `--lang` (any case),
/// else `PLANSIM_LANG` (`zh`/`en`), else the locale when it names a language, else
/// Chinese, the plan's language. The locale is the first of `LC_ALL`, `LC_MESSAGES`,
/// `LANG` that is set (as POSIX reads it): `zh*` is Chinese, any other language English;
/// `C`, `C.UTF-8` and `POSIX` name no language.
enum OutputLanguage {
    /// The language chosen by `flag`, `PLANSIM_LANG` or the locale; nil when none of them
    /// names one (`run` then asks its scenario before falling back to Chinese).
    static func chosen(_ flag: LanguageChoice? = nil, _ env: [String: String] = ProcessInfo.processInfo.environment)
        -> Language?
    {
        if let flag { return flag == .zh ? .zh : .en }
        if let l = env["PLANSIM_LANG"].flatMap({ Language(rawValue: String($0.lowercased().prefix(2))) }) { return l }
        return locale(env)
    }

    /// The language by the rule: ``chosen(_:_:)``, else Chinese.
    static func resolve(_ flag: LanguageChoice? = nil, _ env: [String: String] = ProcessInfo.processInfo.environment)
        -> Language
    {
        chosen(flag, env) ?? .zh
    }

    /// The language the locale names, or nil for `C`/`POSIX` or no locale.
    static func locale(_ env: [String: String]) -> Language? {
        guard let v = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap({ env[$0] }).first(where: { !$0.isEmpty }),
            v != "C", v != "POSIX", !v.hasPrefix("C.")
        else { return nil }
        // A language is two or three letters, then the end or `_`, `.`, `@`, `-` (`en_US.UTF-8`,
        // `zh_CN`, `fr`); `garbage!!`, `.UTF-8` or a path name none.
        guard v.range(of: #"^[A-Za-z]{2,3}([_.@-]|$)"#, options: .regularExpression) != nil else { return nil }
        return v.lowercased().hasPrefix("zh") ? .zh : .en
    }

    /// A warning when `PLANSIM_LANG` is set but names neither language (it is then
    /// ignored), in the language that applies instead; nil otherwise.
    static func warning(_ env: [String: String] = ProcessInfo.processInfo.environment, _ l: Language) -> String? {
        guard let v = env["PLANSIM_LANG"], !v.isEmpty, Language(rawValue: String(v.lowercased().prefix(2))) == nil
        else { return nil }
        let shown = TerminalText.shortened(v)
        return l == .zh
            ? "警告：PLANSIM_LANG=\(shown) 既不是 zh 也不是 en，已忽略"
            : "warning: PLANSIM_LANG=\(shown) is neither zh nor en; ignored"
    }

    /// `zh` or `en` text by the language of `flag`, else of this command line (``MessageLanguage/current``).
    static func say(_ zh: String, _ en: String, _ flag: LanguageChoice? = nil) -> String {
        (flag.map { resolve($0) } ?? MessageLanguage.current) == .zh ? zh : en
    }
}

/// Root-level typos: `plansim rnu` → did you mean `run`? Returns the message, or nil when
/// the first argument is an option or a known command.
enum CommandTypos {
    static func message(_ arguments: [String], commands: [String]) -> String? {
        // `plansim help rnu` is the same typo one word later.
        if arguments.first == "help", arguments.count > 1 {
            return message(Array(arguments.dropFirst()), commands: commands)
        }
        guard let first = arguments.first, !first.hasPrefix("-"), !commands.contains(first), first != "help" else {
            return nil
        }
        let zh = MessageLanguage.of(arguments) == .zh
        let hint = DidYouMean.suggestions(for: first, among: commands).first
        if zh {
            return "错误：未知命令 `\(first)`" + (hint.map { "；是否想用 `\($0)`？" } ?? "") + "\n  提示：命令有："
                + commands.map { "`\($0)`" }.joined(separator: "、") + "（`plansim --help` 列出全部）"
        }
        return "error: unknown command `\(first)`" + (hint.map { "; did you mean `\($0)`?" } ?? "")
            + "\n  help: the commands are " + commands.joined(separator: ", ") + " (`plansim --help` lists them)"
    }
}
