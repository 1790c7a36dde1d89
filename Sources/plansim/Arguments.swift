import PlanData

/// Checks on the raw command line before ArgumentParser sees it.
enum Arguments {
    /// Refuses a file name that starts with `-` (`run -dash.scn` would otherwise read as the
    /// short flags `-d -a -s -h` and print the help with exit 0).
    static func checked(_ arguments: [String]) throws -> [String] {
        var afterSeparator = false
        for argument in arguments {
            if argument == "--" {
                afterSeparator = true
                continue
            }
            guard !afterSeparator, argument.hasPrefix("-"), !argument.hasPrefix("--"), argument.count > 2,
                argument.contains(".") || argument.contains("/"), Double(argument) == nil
            else { continue }
            throw InputIssue(
                file: "<argument>", field: TerminalText.escaped(argument),
                message: Phrase(
                    zh: "`\(TerminalText.escaped(argument))` 看起来是以 `-` 开头的文件名",
                    en: "`\(TerminalText.escaped(argument))` looks like a file name that starts with `-`"),
                help: Phrase(
                    zh: "请写成 `./\(TerminalText.escaped(argument))`，或在它前面加 `--`",
                    en: "write it as `./\(TerminalText.escaped(argument))`, or put `--` before it"))
        }
        return arguments
    }
}
