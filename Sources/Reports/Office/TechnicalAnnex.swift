public import PlanData

/// The 技术附录 (technical annex) at the end of a briefing: the only place for code names,
/// file names, options and model jargon, each with a plain key. Page one and the body say
/// things in words; a reader who wants to rerun or check the numbers turns here.
public struct TechnicalAnnex: Sendable, Equatable {
    /// One entry: the term as the tool or the statistics name it, and what it means.
    public struct Entry: Sendable, Equatable {
        public let term: String, meaning: String
        public init(term: String, meaning: String) {
            self.term = term
            self.meaning = meaning
        }
    }
    public let language: Language
    /// The key of terms (P10, P90, median, simulated paths, 同类经验, …), in words: a Chinese
    /// key names no statistical term such as 先验.
    public var key: [Entry]
    /// How to reproduce: scenario code names, files, options, seeds, versions.
    public var reproduction: [String]
    /// The heading's number in the body's numbering (`九、`, ``BodyHeadings``); empty: none.
    public var number = ""

    public init(language: Language, key: [Entry] = [], reproduction: [String] = []) {
        self.language = language
        self.key = key
        self.reproduction = reproduction
    }

    /// The annex's heading.
    public func heading() -> String { number + (language == .zh ? "技术附录" : "Technical annex") }

    /// The plain key of the terms every forecast briefing uses.
    public static func standardKey(_ l: Language) -> [Entry] {
        let zh = l == .zh
        func e(_ t: String, _ zhm: String, _ enm: String) -> Entry { Entry(term: t, meaning: zh ? zhm : enm) }
        return [
            e(
                zh ? "模拟路径" : "simulated paths", "模型按历史波动随机生成的未来走势，每条路径是一种可能的发展情况；达标概率即达标路径所占比例。",
                "possible futures the model draws from past volatility; a target's chance is the share of paths that meet it."
            ),
            e(
                zh ? "中位数（最可能值）" : "median (central forecast)", "一半路径高于此值、一半低于此值。",
                "half the paths end above it, half below."),
            e(
                zh ? "P10、P90" : "P10, P90", "一成路径低于P10，一成路径高于P90；P10至P90即“有八成把握落在此范围”的区间。",
                "a tenth of the paths fall below P10 and a tenth above P90: the range with an 80% chance."),
            e(
                zh ? "同类经验（情景文件中的 prior）" : "experience of comparable places (a prior in the scenario file)",
                "历史数据不足时，按同类地区、同类指标的经验设定的增速范围。",
                "the growth range taken from comparable places and indicators where the history is too short."),
            e(
                zh ? "按规划路径测算" : "plan's own path", "模型假定该指标按规划目标路径增长，其约50%的达标概率系测算方法所致，不是预测。",
                "the model assumes the indicator follows the plan's path, so its probability near 50% is by construction, not a forecast."
            ),
            e(
                zh ? "反推" : "inverting a target", "反过来求：投资年均增长多少，目标才有给定的把握实现。",
                "solving backwards: the investment growth that gives a target a stated chance."),
        ]
    }
}

extension TechnicalAnnex {
    /// The annex as HTML, starting on a new printed page.
    public func html() -> String {
        let e = Markup.escape, zh = language == .zh
        var h = ["<section class=\"annex\"><h2>\(e(heading()))</h2>"]
        if !key.isEmpty {
            h.append("<h3>\(e(zh ? "（一）术语说明" : "(1) Terms"))</h3><dl>")
            h += key.map { "<dt>\(e($0.term))</dt><dd>\(e($0.meaning))</dd>" }
            h.append("</dl>")
        }
        if !reproduction.isEmpty {
            h.append(
                "<h3>\(e(zh ? (key.isEmpty ? "（一）复现信息" : "（二）复现信息") : (key.isEmpty ? "(1) Reproducing" : "(2) Reproducing")))</h3><ul class=\"notes\">"
            )
            h += reproduction.map { "<li>\(e($0))</li>" }
            h.append("</ul>")
        }
        h.append("</section>")
        return h.joined(separator: "\n")
    }

    /// The annex as plain lines.
    public func lines() -> [String] {
        let zh = language == .zh
        var out = [heading()]
        if !key.isEmpty {
            out.append(zh ? "（一）术语说明" : "(1) Terms")
            out += key.map { "\($0.term)\(zh ? "：" : ": ")\($0.meaning)" }
        }
        if !reproduction.isEmpty {
            out.append(
                zh ? (key.isEmpty ? "（一）复现信息" : "（二）复现信息") : (key.isEmpty ? "(1) Reproducing" : "(2) Reproducing"))
            out += reproduction
        }
        return out
    }

    /// The annex as WordprocessingML paragraphs, on a new page.
    public func wordParagraphs() -> [String] {
        let w = WordML.self, zh = language == .zh
        var body = [w.paragraph(heading(), style: "Heading1", pageBreakBefore: true)]
        if !key.isEmpty {
            body.append(w.paragraph(zh ? "（一）术语说明" : "(1) Terms", style: "Heading2"))
            body += key.map { w.paragraph("\($0.term)\(zh ? "：" : ": ")\($0.meaning)") }
        }
        if !reproduction.isEmpty {
            body.append(
                w.paragraph(
                    zh ? (key.isEmpty ? "（一）复现信息" : "（二）复现信息") : (key.isEmpty ? "(1) Reproducing" : "(2) Reproducing"),
                    style: "Heading2"))
            body += reproduction.map { w.paragraph($0, style: "Note") }
        }
        return body
    }
}
