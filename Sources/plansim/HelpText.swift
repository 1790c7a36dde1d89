import ArgumentParser
import Foundation
import PlanData
import Reports

/// `zh` when this command line's messages are Chinese (``MessageLanguage/current``:
/// `--lang`, else `PLANSIM_LANG`, else the locale), else `en` — for help texts, which
/// ArgumentParser reads after `main` starts.
func say(_ zh: String, _ en: String) -> String { MessageLanguage.current == .zh ? zh : en }

/// ``say(_:_:)`` where ArgumentParser takes an option's or argument's help.
func say(_ zh: String, _ en: String) -> ArgumentHelp { ArgumentHelp(say(zh, en) as String) }

/// ArgumentParser's own words in a printed help (section heads, `--help`, `--version`,
/// defaults and value lists) in the message language; English help passes unchanged.
enum HelpText {
    static func localized(_ help: String, _ l: Language) -> String {
        guard l == .zh else { return help }
        var text = help
        for (en, zh) in [("OVERVIEW: ", "概述："), ("USAGE: ", "用法："), ("ARGUMENTS:", "参数："), ("OPTIONS:", "选项："),
                         ("SUBCOMMANDS:", "子命令："), ("Show help information.", "显示帮助信息。"), ("Show the version.", "显示版本。"), ("Show subcommand help information.", "显示子命令的帮助信息。"),
                         ("(default)", "（默认）")] {
            text = text.replacingOccurrences(of: en, with: zh)
        }
        text = text.replacingOccurrences(of: #" ?\(default:\s+([^)]*)\)"#, with: "（默认：$1）", options: .regularExpression)
        text = text.replacingOccurrences(of: #" ?\(values:\s+([^)]*)\)"#, with: "（可选值：$1）", options: .regularExpression)
        text = text.replacingOccurrences(of: #"See '([^']*)' for detailed help\."#, with: "`$1` 显示各子命令的详细说明。", options: .regularExpression)
        return text
    }
}
