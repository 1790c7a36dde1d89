import ArgumentParser
import Foundation
import PlanData
import Reports
import ScenarioDSL

/// `plansim plan import TABLE.(csv|xlsx) [--out FILE.plan] [--name NAME]`.
struct PlanImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: say(
            "将专栏表格（CSV 或 XLSX）读入规划文件：列出读懂的内容和未能读懂的内容。",
            "Read a 专栏 table (CSV or XLSX) into a plan file: prints what it understood and what it could not."))

    @Argument(
        help: say(
            "表格：.csv（UTF-8）或 .xlsx（读第一个有规划表表头的工作表）。",
            "The table: .csv (UTF-8) or .xlsx (the first sheet with a plan table's header)."))
    var table: String
    @Option(
        help: say(
            "XLSX 中要读的工作表：名称或序号（从 1 起）。", "The XLSX sheet to read: its name or number (from 1).")) var sheet: String?
    @Option(
        help: say(
            "规划文件写到此处（已存在则拒绝）；不给时直接输出规划。",
            "Write the plan file here (refused if it exists); without it the plan is printed.")) var out: String?
    @Option(help: say("文件中的规划名称（默认：取自文件名）。", "The plan's name in the file (default: from the file name).")) var name:
        String?
    @OptionGroup var lang: LanguageOption

    func run() throws {
        if let out, FileManager.default.fileExists(atPath: out) {
            throw InputIssue(
                file: out, message: Phrase(zh: "文件已存在", en: "the file exists already"),
                help: Phrase(zh: "请另取一个名字，或删除该文件", en: "choose another name, or remove the file"))
        }
        let grid = try TableGrid.load(path: table, sheet: sheet)
        let parsed = try PlanTableReader.read(grid)
        let planName = name ?? Self.identifier(URL(fileURLWithPath: table).deletingPathExtension().lastPathComponent)
        let draft = PlanDraft(table: parsed, name: planName)
        let text = PlanWriter.text(draft)
        let compiled = PlanFiles.compile(SourceFile(path: out ?? "(imported plan)", text: text), origin: "plan")
        if case .failure(let problems) = compiled {
            TerminalOutput.error(
                (say("导入的规划无法编译；未写入任何文件：\n", "the imported plan does not compile; nothing was written:\n")
                    + MessageLanguage.rendered(problems, MessageLanguage.current)))
            throw ExitCode(1)
        }
        for w in parsed.warnings {
            let line = MessageLanguage.describe(w, MessageLanguage.current).replacingOccurrences(
                of: ": error: ", with: ": "
            ).replacingOccurrences(of: ": 错误：", with: "：")
            TerminalOutput.error((say("警告：", "warning: ") + line + "\n"))
        }
        if let name = grid.sheet.map(TerminalText.escaped), let n = grid.sheetIndex {
            print(
                lang.language == .zh
                    ? "读取的是第\(n)个工作表「\(name)」" : "Read sheet \(n), 「\(name)」, of the workbook")
        }
        print(Self.understood(draft, parsed, language: lang.language))
        if let out {
            try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: out))
            print((lang.language == .zh ? "规划文件已写入 " : "Plan written to ") + out + "  (plansim check \(out))")
        } else {
            print("")
            print(text, terminator: "")
        }
    }

    /// The table of what was understood, row by row.
    static func understood(_ d: PlanDraft, _ t: PlanTable, language l: Language) -> String {
        let zh = l == .zh
        var table = TextTable(
            headers: zh
                ? ["行", "指标", "id", "单位", "类型", "基期", "目标", "属性"]
                : ["row", "indicator", "id", "unit", "kind", "base", "targets", "attribute"],
            alignments: [.right, .left, .left, .left, .left, .right, .left, .left])
        for (row, e) in zip(t.indicators, d.entries) {
            let targets = e.targets.map {
                "\($0.year): " + (zh ? describeZH($0.form) : PlanDraft.describe($0.form))
                    + ($0.direction == .ceiling ? " (≤)" : "") + ($0.approximate ? " ~" : "")
                    + ($0.besideGrowth.map { g in
                        (zh ? "，年均 " : ", growth ") + NumberFormat.percent(g.rate) + (g.approximate ? " ~" : "")
                    } ?? "")
            }
            let note = e.baseNote.map { n in n.mark + (n.estimate ? (zh ? "（预计数）" : " (estimate)") : "") } ?? ""
            table.add([
                "\(row.row)", e.indicator.nameZH, e.indicator.id, e.indicator.unitZH,
                e.indicator.kind == .stockCount ? "stock" : e.indicator.kind.rawValue,  // as the plan file writes it
                e.base.map { "\($0.year): \(NumberFormat.value($0.value))" + note } ?? (zh ? "空" : "open"),
                targets.isEmpty
                    ? (e.comments.isEmpty ? "—" : (zh ? "见注释" : "see comments")) : targets.joined(separator: "; "),
                zh ? e.indicator.attribute.rawValue : e.indicator.attribute.english,
            ])
        }
        var lines = [
            (t.title ?? t.file) + (zh ? "：基期 \(t.baseYear)，目标年 " : ": base year \(t.baseYear), target years ")
                + t.targetYears.map(String.init).joined(separator: ", "), "", table.rendered(),
        ]
        if !t.notes.isEmpty {
            lines +=
                ["", zh ? "表下注释（作为数据说明保留）：" : "Notes under the table (kept as data notes):"] + t.notes.map { "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    /// A target line in Chinese (`2021–2025年累计 75`, `累计下降 14%`, `提高 0.7 个百分点`).
    static func describeZH(_ f: PlanDraft.TargetLine.Form) -> String {
        switch f {
        case .level(let v): NumberFormat.value(v)
        case .growth(let g): "年均增长 " + NumberFormat.percent(g)
        case .change(let c): "累计变化 " + NumberFormat.percent(c)
        case .sum(let v, let from): "自\(from)年起累计 " + NumberFormat.value(v)
        case .points(let p): "提高 " + NumberFormat.value(p) + " 个百分点"
        case .decline(let d): "累计下降 " + NumberFormat.percent(d)
        case .qualitative(let words): words
        }
    }

    /// A plan name from a file name: ASCII letters, digits and `_`.
    static func identifier(_ s: String) -> String {
        let mapped = String(
            s.unicodeScalars.map { ($0.isASCII && (CharacterSet.alphanumerics.contains($0))) ? Character($0) : "_" })
        let trimmed = mapped.split(separator: "_").joined(separator: "_")
        guard let first = trimmed.first, first.isLetter else {
            return "imported_plan" + (trimmed.isEmpty ? "" : "_" + trimmed)
        }
        return trimmed
    }
}
