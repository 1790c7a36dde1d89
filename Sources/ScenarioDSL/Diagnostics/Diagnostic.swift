public import PlanData

/// A problem found in a scenario file: a stable id, where, what, and what to do.
///
/// `message` and `help` are English (what JSON, logs and tests see); `messageZH` and
/// `helpZH` are the same sentences in Chinese, written where the diagnostic is made.
public struct Diagnostic: Sendable, Equatable {
    public enum Severity: String, Sendable { case error, warning }
    public let id: String
    public let severity: Severity
    public let message: String
    public let range: SourceRange
    public let help: String?
    /// `message` in Chinese (nil only for diagnostics made by callers in English alone).
    public let messageZH: String?
    /// `help` in Chinese.
    public let helpZH: String?
    /// The file it belongs to (set when files are combined by includes).
    public var file: String?

    /// A diagnostic stated in English only (the command line then falls back to its catalog).
    public init(id: String, severity: Severity = .error, message: String, range: SourceRange, help: String? = nil) {
        self.id = id
        self.severity = severity
        self.message = message
        self.range = range
        self.help = help
        messageZH = nil
        helpZH = nil
    }

    /// A diagnostic stated in both languages.
    public init(id: String, severity: Severity = .error, message: Phrase, range: SourceRange, help: Phrase? = nil) {
        self.id = id
        self.severity = severity
        self.message = message.en
        self.range = range
        self.help = help?.en
        messageZH = message.zh
        helpZH = help?.zh
    }

    /// The message in `language`, when it was written in that language.
    public func message(_ language: Language) -> String? { language == .zh ? messageZH : message }

    /// The help in `language`, when it was written in that language.
    public func help(_ language: Language) -> String? { language == .zh ? helpZH : help }
}

/// Every diagnostic's wording, in one place, in English and Chinese. English messages are
/// lowercase, without a trailing period, identifiers in backticks; `help` says what to do.
/// Ids are stable (docs list them).
extension Diagnostic {
    static func unexpectedCharacter(_ r: SourceRange, what: Phrase, help: Phrase) -> Diagnostic {
        Diagnostic(id: "E001", message: what, range: r, help: help)
    }
    static func unterminatedString(_ r: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "E002", message: Phrase(zh: "字符串在本行内没有闭合", en: "string is not closed on its line"), range: r,
            help: Phrase(zh: "请补上结尾的 `\"`", en: "add the closing `\"`"))
    }
    static func numberOutOfRange(_ r: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "E003", message: Phrase(zh: "数字过大，无法表示", en: "number is too large to represent"), range: r,
            help: Phrase(zh: "请写小于 1e308 的数", en: "write a number below 1e308"))
    }
    static func expected(_ what: Phrase, found: Phrase, _ r: SourceRange, help: Phrase? = nil) -> Diagnostic {
        Diagnostic(
            id: "E010",
            message: Phrase(
                zh: "此处应为\(Phrase.spaced(what.zh, after: false))，实为\(Phrase.spaced(found.zh, after: false))",
                en: "expected \(what.en), found \(found.en)"), range: r,
            help: help
                ?? Phrase(
                    zh: "请在此处写\(Phrase.spaced(what.zh, after: false))；各语句的写法见 docs/scenario-language.md",
                    en: "write \(what.en) here; docs/scenario-language.md gives each statement's form"))
    }
    static func notClosed(_ what: Phrase, _ r: SourceRange, help: Phrase) -> Diagnostic {
        Diagnostic(
            id: "E010", message: Phrase(zh: "\(what.zh)没有闭合", en: "\(what.en) is not closed"), range: r, help: help)
    }
    static func unknownKeyword(_ word: String, _ r: SourceRange, suggestions: Phrase?) -> Diagnostic {
        Diagnostic(
            id: "E011", message: Phrase(zh: "未知语句 `\(word)`", en: "unknown statement `\(word)`"), range: r,
            help: suggestions
                ?? Phrase(
                    zh: "可用的语句：\(Phrase.codes(Keywords.statements).zh)",
                    en: "statements are: \(Phrase.codes(Keywords.statements).en)"))
    }
    static func unknownIndicator(_ name: String, _ r: SourceRange, suggestions: Phrase?) -> Diagnostic {
        Diagnostic(
            id: "E012", message: Phrase(zh: "未知指标 `\(name)`", en: "unknown indicator `\(name)`"), range: r,
            help: suggestions
                ?? Phrase(
                    zh: "请使用指标 id（如 `industrial_output`）或规划中的中文名称；`plansim data show` 列出全部指标",
                    en:
                        "use an id such as `industrial_output` or the plan's Chinese name; `plansim data show` lists them"
                ))
    }
    static func unknownWord(_ word: String, role: Phrase, _ r: SourceRange, choices: [String]) -> Diagnostic {
        Diagnostic(
            id: "E013", message: Phrase(zh: "未知的\(role.zh) `\(word)`", en: "unknown \(role.en) `\(word)`"), range: r,
            help: Phrase.didYouMean(word, among: choices)
                ?? Phrase(zh: "请从以下选择：\(Phrase.codes(choices).zh)", en: "choose one of " + Phrase.codes(choices).en))
    }
    /// `first` is the plan's first simulated year (2021 for Haibin's 14th plan).
    static func yearOutsideHorizon(_ year: Int, horizon: Int, first: Int, _ r: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "E014",
            message: Phrase(
                zh: "年份 \(year) 不在模拟年份 \(first)–\(horizon) 之内",
                en: "year \(year) is outside the simulated years \(first)–\(horizon)"), range: r,
            help: year < first
                ? pastYearHelp(first)
                : Phrase(
                    zh: "请使用 \(first) 至 \(horizon) 年之间的年份，或调高 `horizon`",
                    en: "use a year from \(first) to \(horizon), or raise `horizon`"))
    }
    static func yearNotSimulated(_ year: Int, first: Int, _ r: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "E014",
            message: year < first
                ? Phrase(
                    zh: "年份 \(year) 早于第一个模拟年份 \(first)", en: "year \(year) is before \(first), the first simulated year"
                )
                : Phrase(
                    zh: "年份 \(year) 晚于 plansim 模拟的最后一年 2100",
                    en: "year \(year) is after 2100, the last year plansim simulates"),
            range: r, help: pastYearHelp(first))
    }
    /// What to do with a year the plan does not simulate: years up to its base are data.
    static func pastYearHelp(_ first: Int) -> Phrase {
        Phrase(
            zh: "plansim 从 \(first) 年（\(first - 1) 年基期的次年）模拟到展望年；请使用这一区间内的年份",
            en:
                "plansim simulates from \(first) (the year after the \(first - 1) base) to the horizon; use a year in that span"
        )
    }
    static func badRange(_ r: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "E015", message: Phrase(zh: "区间的终点早于起点", en: "range ends before it starts"), range: r,
            help: Phrase(zh: "请先写较早的年份，例如 `2021..2025`", en: "write the earlier year first, e.g. `2021..2025`"))
    }
    static func overlapping(_ what: Phrase, other: Int, _ r: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "E016",
            message: Phrase(
                zh: "\(Phrase.spaced(what.zh, before: false))与第 \(other) 行的假设重叠",
                en: "\(what.en) overlaps the one on line \(other)"), range: r,
            help: Phrase(zh: "同一年的同类假设只能有一个；或拆分区间", en: "give each year one assumption of a kind, or split the ranges"))
    }
    static func missingParent(_ name: String, _ r: SourceRange, suggestions: Phrase?) -> Diagnostic {
        Diagnostic(
            id: "E017", message: Phrase(zh: "没有可继承的情景 `\(name)`", en: "no scenario named `\(name)` to extend"),
            range: r,
            help: suggestions ?? Phrase(zh: "请在本文件或其包含的文件中定义它", en: "define it in this file or in a file it includes"))
    }
    static func inheritanceCycle(_ names: [String], _ r: SourceRange) -> Diagnostic {
        let cycle = names.map { "`\($0)`" }.joined(separator: " → ")
        return Diagnostic(
            id: "E018",
            message: Phrase(zh: "情景相互继承，形成循环：" + cycle, en: "scenarios extend each other in a cycle: " + cycle),
            range: r,
            help: Phrase(
                zh: "请删去一个 `extends`，使继承止于一个没有父情景的情景",
                en: "remove one `extends` so that inheritance ends at a scenario with no parent"))
    }
    static func invalidDistribution(_ message: Phrase, _ r: SourceRange, help: Phrase) -> Diagnostic {
        Diagnostic(id: "E019", message: message, range: r, help: help)
    }
    static func controlCharacter(_ r: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "W001", severity: .warning,
            message: Phrase(
                zh: "字符串中含控制字符（ESC、BEL、换向符等），会改变终端的显示",
                en:
                    "a string holds control characters (ESC, BEL, direction overrides …) that would change what a terminal shows"
            ),
            range: r,
            help: Phrase(
                zh: "请删去它们；plansim 显示时会把它们转义为 `\\u{1B}` 之类",
                en: "remove them; plansim shows them escaped, as `\\u{1B}` and the like"))
    }
    static func confusableName(_ name: String, _ r: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "W002", severity: .warning,
            message: Phrase(
                zh: "名称 `\(name)` 混用了拉丁字母和西里尔或希腊字母，看似另一个名称",
                en: "the name `\(name)` mixes Latin letters with Cyrillic or Greek ones, and looks like another name"),
            range: r,
            help: Phrase(zh: "请只用拉丁字母（或只用汉字）重写该名称", en: "retype the name in Latin letters (or in Chinese) only"))
    }
    /// `file`: the file of the first definition when it is another (an included one).
    static func duplicateScenario(_ name: String, first: Int, in file: String? = nil, _ r: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "E020",
            message: Phrase(
                zh: "情景 `\(name)` 定义了两次（第一次在\(file.map { " `\($0)` 的" } ?? "")第 \(first) 行）",
                en: "scenario `\(name)` is defined twice (first on line \(first)\(file.map { " of `\($0)`" } ?? ""))"),
            range: r, help: Phrase(zh: "请将其中之一改名", en: "rename one of them"))
    }
    static func includeOutsideTree(_ path: String, _ r: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "E021",
            message: Phrase(
                zh: "被包含的 `\(path)` 不在本情景文件的目录内", en: "include `\(path)` is outside this scenario's directory"),
            range: r,
            help: Phrase(
                zh: "被包含的文件须在包含它的文件所在目录之内", en: "includes must stay inside the directory of the file that includes them"
            ))
    }
    static func includeMissing(_ path: String, _ r: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "E022", message: Phrase(zh: "无法读取被包含的文件 `\(path)`", en: "cannot read included file `\(path)`"),
            range: r,
            help: Phrase(zh: "请检查路径；路径相对于本文件", en: "check the path; it is relative to this file"))
    }
    static func includeUnreadable(_ path: String, _ problem: Phrase, _ r: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "E022",
            message: Phrase(zh: "被包含的文件 `\(path)` \(problem.zh)", en: "included file `\(path)` \(problem.en)"),
            range: r,
            help: Phrase(zh: "请包含本文件夹内的情景文件（`.scn`）", en: "include a scenario file (.scn) inside this folder"))
    }
    static func unitMismatch(_ unit: String, expected: String, indicator: String, _ r: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "E023",
            message: Phrase(
                zh: "单位 `\(unit)` 与 `\(indicator)` 不符，该指标以 `\(expected)` 计量",
                en: "unit `\(unit)` does not match `\(indicator)`, measured in `\(expected)`"), range: r,
            help: Phrase(
                zh: "请以\(Phrase.spaced(expected))或百分比写出数量", en: "write the amount in \(expected), or as a percentage"))
    }
    static func sweepTargetMissing(_ what: Phrase, _ r: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "E024",
            message: Phrase(
                zh: "`sweep` 要变动\(Phrase.spaced(what.zh, after: false))，但本情景没有给出它",
                en: "sweep varies \(what.en), which this scenario does not state"), range: r,
            help: Phrase(
                zh: "请先给出它（一条 `assume` 或 `prior` 语句），再变动它",
                en: "state it first (an `assume` or `prior` line), then vary it"))
    }
    static func notInLinkedCore(_ what: Phrase, _ r: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "E025", message: what, range: r,
            help: Phrase(
                zh:
                    "`fixed_investment`、`industrial_output` 和 `new_employment` 由联动核心决定；对它们请用 `growth`、`level`、`step`、`shock` 或 `add_factor`",
                en:
                    "`fixed_investment`, `industrial_output` and `new_employment` follow the linked core; use growth, level, step, shock or add_factor for them"
            ))
    }
    static func dataFile(_ message: Phrase, _ r: SourceRange, help: Phrase) -> Diagnostic {
        Diagnostic(id: "E026", message: message, range: r, help: help)
    }
    static func invalidValue(_ message: Phrase, _ r: SourceRange, help: Phrase) -> Diagnostic {
        Diagnostic(id: "E027", message: message, range: r, help: help)
    }
    static func emptyFile(_ r: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "E028", message: Phrase(zh: "本文件中没有情景", en: "no scenario in this file"), range: r,
            help: Phrase(
                zh: "请写 `scenario NAME {` … `}`；见 docs/scenario-language.md",
                en: "write `scenario NAME {` … `}`; see docs/scenario-language.md"))
    }
}
