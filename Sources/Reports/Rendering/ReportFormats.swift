public import Foundation
public import PlanData

/// The formats `plansim report` and `plansim run` write, and the files each one makes.
public enum ReportFormat: String, CaseIterable, Sendable {
    case csv, md, html, json, xlsx, ipynb, pdf, docx

    /// What `plansim run` writes by default.
    public static let runDefaults: [ReportFormat] = [.md, .html, .csv, .json]

    /// Parses `csv,md,…`; the first unknown word (empty when none is given) otherwise.
    public static func parseList(_ text: String) -> Result<[ReportFormat], UnknownFormat> {
        var formats: [ReportFormat] = []
        for word in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            guard
                let f = ReportFormat(
                    rawValue: ["markdown": "md", "excel": "xlsx", "notebook": "ipynb", "htm": "html", "word": "docx"][
                        word] ?? word)
            else { return .failure(UnknownFormat(word: word)) }
            if !formats.contains(f) { formats.append(f) }
        }
        return formats.isEmpty ? .failure(UnknownFormat(word: "")) : .success(formats)
    }

    /// A format name plansim does not know.
    public struct UnknownFormat: Error, Sendable {
        public let word: String
    }

    /// The files of `formats` for document `d` in language `l`. Briefings are named
    /// `briefing.<ext>` in Chinese and `briefing-en.<ext>` in English, so both can sit
    /// side by side; data files (JSON, CSV) do not depend on the language.
    ///
    /// - Throws: ``InputIssue`` when PDF is asked for and cannot be printed (nothing is written then).
    public static func files(_ formats: [ReportFormat], _ d: ReportDocument, language l: Language) throws(InputIssue)
        -> [(name: String, contents: Data)]
    {
        let stem = l == .zh ? "briefing" : "briefing-en"
        var files: [(String, Data)] = []
        for format in formats {
            switch format {
            case .json: files.append(("results.json", Data((RunReport.json(d).rendered() + "\n").utf8)))
            case .csv:
                files.append(("indicators.csv", RunReport.indicatorsCSV(d)))
                files.append(("targets.csv", RunReport.targetsCSV(d)))
                let table = BriefingTable(d, language: l)
                files.append(
                    ("\(stem).csv", CSVWriter.document(header: table.headers, rows: table.rows.map { $0.map(csvCell) }))
                )
            case .md: files.append(("\(stem).md", Data(MarkdownReport.render(d, language: l).utf8)))
            case .html: files.append(("\(stem).html", Data(HTMLReport.render(d, language: l).utf8)))
            case .xlsx: files.append(("\(stem).xlsx", try XLSXWriter.workbook(d, language: l)))
            case .ipynb:
                // The notebook reads the data files beside it: they come with it.
                files.append(("\(stem).ipynb", Data(NotebookReport.render(d, language: l).utf8)))
                files.append(("indicators.csv", RunReport.indicatorsCSV(d)))
                files.append(("targets.csv", RunReport.targetsCSV(d)))
            case .docx: files.append(("\(stem).docx", try DOCXWriter.document(d, language: l)))
            case .pdf:
                files.append(("\(stem).pdf", try PDFPrinter.pdf(html: HTMLReport.render(d, language: l), language: l)))
            }
        }
        var seen = Set<String>()
        return files.filter { seen.insert($0.0).inserted }
    }

    static func csvCell(_ c: BriefingTable.Cell) -> String {
        switch c {
        case .text(let s): return s
        case .number(let x), .percent(let x), .probability(let x), .fixed(let x, _), .signed(let x, _),
            .signedPercent(let x):
            return CSVWriter.number(x)
        case .integer(let n): return String(n)
        }
    }
}
