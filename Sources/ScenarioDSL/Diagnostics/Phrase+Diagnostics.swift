import PlanData

/// The pieces diagnostics are built from, in both languages.
extension Phrase {
    /// `text` as code, the same in both languages: `` `text` ``.
    static func code(_ text: String) -> Phrase { Phrase(zh: "`\(text)`", en: "`\(text)`") }

    /// `text` set between Chinese characters: a space before it when it starts with a Latin
    /// letter, digit or code (`此处应为 `over``), and after it when it ends so and Chinese
    /// text follows (`after`; not before Chinese punctuation).
    static func spaced(_ text: String, before: Bool = true, after: Bool = true) -> String {
        let latin = { (c: Character?) in c.map { $0.isASCII && !$0.isWhitespace } ?? false }
        return (before && latin(text.first) ? " " : "") + text + (after && latin(text.last) ? " " : "")
    }

    /// The end of the line, where a word was expected.
    static let endOfLine = Phrase(zh: "行尾", en: "end of line")

    /// Choices as code: `` `a`, `b` `` / `` `a`、`b` ``.
    static func codes(_ words: [String]) -> Phrase {
        let quoted = words.map { "`\($0)`" }
        return Phrase(zh: quoted.joined(separator: "、"), en: quoted.joined(separator: ", "))
    }

    /// `did you mean `a` or `b`?` / `是否想用 `a` 或 `b`？`, or nil when nothing is close
    /// (the same rule as everywhere in plansim).
    static func didYouMean(_ word: String, among choices: [String]) -> Phrase? {
        let found = DidYouMean.suggestions(for: word, among: choices).map { "`\($0)`" }
        guard !found.isEmpty else { return nil }
        return Phrase(
            zh: "是否想用 " + found.joined(separator: " 或 ") + "？",
            en: "did you mean " + found.joined(separator: " or ") + "?")
    }

    /// Why a file a scenario names cannot be read (``InputFile/Problem``), after its name.
    static func fileProblem(_ problem: InputFile.Problem) -> Phrase {
        switch problem {
        case .missing: return Phrase(zh: "不存在", en: problem.message)
        case .outsideRoot: return Phrase(zh: "不在本情景文件的文件夹内（按符号链接解析后）", en: problem.message)
        case .notRegular(let kind):
            let zh =
                ["a directory": "目录", "a named pipe (FIFO)": "命名管道（FIFO）", "a socket": "套接字", "a device": "设备"][kind]
                ?? kind
            return Phrase(zh: "是\(zh)，不是文件", en: problem.message)
        case .unreadable: return Phrase(zh: "无法读取（没有权限）", en: problem.message)
        case .tooLarge(let limit): return Phrase(zh: "超过 plansim 可读取的 \(limit >> 20) MB", en: problem.message)
        }
    }
}
