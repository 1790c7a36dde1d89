import Reports
import Testing

/// ArgumentParser's refusals in Chinese (``ParserRefusals``): the shapes plansim's options
/// cannot produce today, line by line from the ArgumentParser source
/// (`ErrorMessageGenerator`), each with its Chinese. The shapes plansim does produce are
/// run end to end in PlansimCLITests/DiagnosticLanguageTests.swift.
@Suite struct ParserRefusalsTests {
    /// The shapes plansim's options cannot produce today, line by line from the ArgumentParser
    /// source (`ErrorMessageGenerator`): each has its Chinese.
    @Test(arguments: [
        ("Unknown option '-ab'", "未知选项 `-ab`"),
        ("   or: Missing value for '-a <n>' in '-ab'", "   或：`-ab` 中的 `-a <n>` 缺少取值"),
        (
            "Value to be set with flag '--fast' had already been set with flag '--slow'",
            "`--fast` 所设的值已由 `--slow` 设过；二者只能给一个"
        ),
        (
            "Value to be set with flag 'f' in '-fs' had already been set with flag 's' in '-fs'",
            "`-fs` 中的 `f` 所设的值已由 `-fs` 中的 `s` 设过"
        ),
        ("Missing one of: '--a', '--b'", "缺少以下之一：`--a`、`--b`"),
        (
            "The value 'x' is invalid for '--mode <mode>'. Please provide one of 'a', 'b' or 'c'.",
            "`x` 不是 `--mode <mode>` 的有效取值；可选值：`a`、`b`、`c`"
        ),
        (
            "The value 'x' is invalid for '--mode <mode>'. Please provide one of the following:",
            "`x` 不是 `--mode <mode>` 的有效取值；可选值如下："
        ),
        ("  - markdown", "  - `markdown`"),
        ("The value 'x' is invalid for '<file>': not readable", "`x` 不是 `<file>` 的有效取值：not readable"),
        ("The value 'x' is invalid.", "`x` 不是有效取值"),
        ("Invalid option: -", "无效的选项 `-`"),
        ("Missing required subcommand.", "缺少子命令"),
        ("Command 'data' is not a parent of the current command.", "命令 `data` 不是当前命令的上级命令"),
        ("Can't autodetect a supported shell.", "无法自动识别所用的 shell"),
        (
            "Please use --generate-completion-script=<shell> with one of:",
            "请使用 `--generate-completion-script=<shell>`，取以下之一："
        ),
        ("    zsh bash fish", "    `zsh bash fish`"),
        ("Internal error. Invalid state while parsing command-line arguments.", "内部错误：解析命令行参数时状态无效"),
        ("Internal error. Parsing command-line arguments hit unimplemented code path.", "内部错误：解析命令行参数时遇到未实现的代码路径"),
    ])
    func everyShapeHasItsChinese(english: String, chinese: String) throws {
        #expect(ParserRefusals.chinese(english) == chinese)
    }
}
