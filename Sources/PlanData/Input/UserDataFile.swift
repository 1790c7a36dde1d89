import Foundation

/// One value from a planner's CSV.
public struct UserDataPoint: Sendable, Equatable {
    public let indicator: String
    public let year: Int
    public let value: Double
    public let note: String?
    public let line: Int
}

/// A planner's own yearly values, validated: long format `indicator,year,value[,note]`.
public struct UserData: Sendable {
    public let file: String
    public let sha256: String
    public let points: [UserDataPoint]

    /// The largest value plansim accepts in a planner's file (in the indicator's unit):
    /// beyond it exponentials of growth overflow and reports fill with 300-digit cells.
    public static let largestValue = 1e12

    /// Years plansim accepts.
    public static let years = 1990...2100

    /// Reads and validates `path` against the indicators of `dataset`.
    ///
    /// Accepts UTF-8 with or without BOM, LF or CRLF; the indicator may be its id or
    /// its Chinese name; header names may be English (`indicator,year,value,note`) or
    /// Chinese (`指标,年份,数值,备注`).
    ///
    /// - Throws: ``InputErrors`` listing every problem in the file at once.
    public static func load(path: String, for dataset: Dataset) throws(InputErrors) -> UserData {
        let document = try CSVDocument.load(path: path, optionalTrailing: 1)
        let bytes = (try? InputFile.read(path, limit: InputFile.csvLimit).get()) ?? []
        var issues: [InputIssue] = []
        let header = document.columnNames.map { $0.lowercased() }
        let synonyms: [String: [String]] = ["indicator": ["indicator", "指标"], "year": ["year", "年份"],
                                            "value": ["value", "数值", "值"], "note": ["note", "备注"]]
        func column(_ key: String) -> Int? { header.firstIndex { synonyms[key]!.contains($0) } }
        let looksLikeData = dataset.resolve(document.columnNames.first ?? "") != nil
            || (document.columnNames.count > 1 && Int(document.columnNames[1]) != nil)
        if looksLikeData {
            throw InputErrors([InputIssue(file: path, line: 1, column: 1, message: "the file has no header row",
                                          help: "add `indicator,year,value,note` as the first line")])
        }
        guard let ci = column("indicator"), let cy = column("year"), let cv = column("value") else {
            let missing = ["indicator", "year", "value"].filter { column($0) == nil }
            throw InputErrors([InputIssue(file: path, line: 1, column: 1,
                                          message: "header lacks " + missing.map { "`\($0)`" }.joined(separator: ", "),
                                          help: "the header must be `indicator,year,value` with an optional `note`; found `\(document.columnNames.joined(separator: ","))`")])
        }
        let cn = column("note")
        for (k, field) in document.header.enumerated() where ![ci, cy, cv, cn].contains(k) {
            issues.append(InputIssue(file: path, line: field.line, column: field.column, field: field.text,
                                     message: "unexpected column `\(field.text)`",
                                     help: "the columns are `indicator,year,value` and an optional `note`"))
        }
        var points: [UserDataPoint] = []
        var firstLine: [String: Int] = [:]
        for record in document.records {
            let line = record[ci].line
            var rowIssues: [InputIssue] = []
            let typed = record[ci].text.trimmingCharacters(in: .whitespaces)
            let indicator = dataset.resolve(typed)
            if indicator == nil {
                rowIssues.append(InputIssue(file: path, line: line, column: record[ci].column, field: "indicator",
                                            message: typed.isEmpty ? "empty indicator" : "unknown indicator `\(typed)`",
                                            help: DidYouMean.help(for: typed, among: dataset.typableNames)
                                                ?? "the plan's indicators are " + dataset.indicators.map { "`\($0.id)`" }.joined(separator: ", ")
                                                   + " (or their Chinese names); `plansim data show` lists them"))
            }
            let yearText = record[cy].text.trimmingCharacters(in: .whitespaces)
            let year = Int(yearText)
            if year == nil {
                rowIssues.append(InputIssue(file: path, line: line, column: record[cy].column, field: "year",
                                            message: "`\(yearText)` is not a year", help: "write the year as four digits, e.g. `2021`"))
            } else if let y = year, !years.contains(y) {
                rowIssues.append(InputIssue(file: path, line: line, column: record[cy].column, field: "year",
                                            message: "year \(y) is outside \(years.lowerBound)–\(years.upperBound)",
                                            help: "check the year; plansim works with years from \(years.lowerBound) to \(years.upperBound)"))
            }
            var value: Double?
            switch NumericCell.parse(record[cv], file: path, column: "value") {
            case .success(let v): value = v.double
            case .failure(let issue): rowIssues.append(issue)
            }
            if let v = value, let indicator {
                if v > UserData.largestValue {
                    rowIssues.append(InputIssue(file: path, line: line, column: record[cv].column, field: "value",
                                                message: "\(v) is too large for `\(indicator.id)` (at most 1e12 \(indicator.unitZH))",
                                                help: "give the value in \(indicator.unitZH) (\(indicator.unitEN)); check for a misplaced decimal point"))
                } else if v < 0 || (v == 0 && !indicator.kind.allowsZero) {
                    rowIssues.append(InputIssue(file: path, line: line, column: record[cv].column, field: "value",
                                                message: "`\(indicator.id)` is a \(indicator.kind.rawValue.replacingOccurrences(of: "_", with: " ")) and cannot be \(v < 0 ? "negative" : "zero")",
                                                help: "give the value in \(indicator.unitZH) (\(indicator.unitEN)) as a positive number"))
                }
            }
            if let indicator, let year {
                let key = "\(indicator.id)@\(year)"
                if let first = firstLine[key] {
                    rowIssues.append(InputIssue(file: path, line: line, column: record[ci].column, field: "indicator",
                                                message: "`\(indicator.id)` for \(year) is given twice (first on line \(first))",
                                                help: "keep one value per indicator and year"))
                } else {
                    firstLine[key] = line
                }
            }
            if rowIssues.isEmpty, let indicator, let year, let value {
                let note = cn.map { record[$0].text.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
                points.append(UserDataPoint(indicator: indicator.id, year: year, value: value, note: note, line: line))
            }
            issues += rowIssues
        }
        if document.records.isEmpty {
            issues.append(InputIssue(file: path, line: 2, message: "the file has a header but no data",
                                     help: "add rows such as `\(dataset.indicators.first?.id ?? "industrial_output"),2021,31.5`"))
        }
        if !issues.isEmpty { throw InputErrors(issues) }
        return UserData(file: path, sha256: SHA256.hex(bytes), points: points)
    }
}
