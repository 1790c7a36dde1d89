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
        let document = try CSVDocument.load(path: path, optionalTrailing: 1, digest: true)
        var issues = BoundedIssues()
        let header = document.columnNames.map { $0.lowercased() }
        let synonyms: [String: [String]] = [
            "indicator": ["indicator", "指标"], "year": ["year", "年份"],
            "value": ["value", "数值", "值"], "note": ["note", "备注"],
        ]
        func column(_ key: String) -> Int? { header.firstIndex { synonyms[key]!.contains($0) } }
        let looksLikeData =
            dataset.resolve(document.columnNames.first ?? "") != nil
            || (document.columnNames.count > 1 && Int(document.columnNames[1]) != nil)
        if looksLikeData {
            throw InputErrors([
                InputIssue(
                    file: path, line: 1, column: 1, message: Phrase(zh: "文件没有表头行", en: "the file has no header row"),
                    help: Phrase(
                        zh: "请在第一行写上 `indicator,year,value,note`",
                        en: "add `indicator,year,value,note` as the first line"))
            ])
        }
        guard let ci = column("indicator"), let cy = column("year"), let cv = column("value") else {
            let missing = ["indicator", "year", "value"].filter { column($0) == nil }
            let found = document.columnNames.joined(separator: ",")
            throw InputErrors([
                InputIssue(
                    file: path, line: 1, column: 1, message: Phrase(zh: "表头缺少 ", en: "header lacks ") + .codes(missing),
                    help: Phrase(
                        zh: "表头须为 `indicator,year,value`，另可有 `note`；实为 `\(found)`",
                        en: "the header must be `indicator,year,value` with an optional `note`; found `\(found)`"))
            ])
        }
        let cn = column("note")
        for (k, field) in document.header.enumerated() where ![ci, cy, cv, cn].contains(k) {
            issues.append(
                InputIssue(
                    file: path, line: field.line, column: field.column, field: field.text,
                    message: Phrase(zh: "意外的列 `\(field.text)`", en: "unexpected column `\(field.text)`"),
                    help: Phrase(
                        zh: "各列为 `indicator,year,value`，另可有 `note`",
                        en: "the columns are `indicator,year,value` and an optional `note`")))
        }
        var points: [UserDataPoint] = []
        var firstLine: [String: (line: Int, value: Double?)] = [:]
        for record in document.records {
            let line = record[ci].line
            var rowIssues: [InputIssue] = []
            let typed = record[ci].text.trimmingCharacters(in: .whitespaces)
            let indicator = dataset.resolve(typed)
            if indicator == nil {
                rowIssues.append(
                    InputIssue(
                        file: path, line: line, column: record[ci].column, field: "indicator",
                        message: typed.isEmpty
                            ? Phrase(zh: "指标为空", en: "empty indicator")
                            : Phrase(zh: "未知指标 `\(typed)`", en: "unknown indicator `\(typed)`"),
                        help: DidYouMean.phrase(for: typed, among: dataset.typableNames)
                            ?? Phrase(zh: "本规划的指标为 ", en: "the plan's indicators are ")
                            + .codes(dataset.indicators.map(\.id))
                            + Phrase(
                                zh: "（或其中文名称）；`plansim data show` 列出全部指标",
                                en: " (or their Chinese names); `plansim data show` lists them")))
            }
            let yearText = record[cy].text.trimmingCharacters(in: .whitespaces)
            let year = Int(yearText)
            if year == nil {
                rowIssues.append(
                    InputIssue(
                        file: path, line: line, column: record[cy].column, field: "year",
                        message: yearText.isEmpty
                            ? Phrase(zh: "年份为空", en: "empty year")
                            : Phrase(zh: "`\(yearText)` 不是年份", en: "`\(yearText)` is not a year"),
                        help: Phrase(zh: "请把年份写成四位数字，例如 `2021`", en: "write the year as four digits, e.g. `2021`")))
            } else if let y = year, !years.contains(y) {
                rowIssues.append(
                    InputIssue(
                        file: path, line: line, column: record[cy].column, field: "year",
                        message: Phrase(
                            zh: "年份 \(y) 不在 \(years.lowerBound)–\(years.upperBound) 之内",
                            en: "year \(y) is outside \(years.lowerBound)–\(years.upperBound)"),
                        help: Phrase(
                            zh: "请检查年份；plansim 处理 \(years.lowerBound) 至 \(years.upperBound) 年",
                            en:
                                "check the year; plansim works with years from \(years.lowerBound) to \(years.upperBound)"
                        )))
            }
            var value: Double?
            switch NumericCell.parse(record[cv], file: path, column: "value") {
            case .success(let v): value = v.double
            case .failure(let issue): rowIssues.append(issue)
            }
            if let v = value, let indicator {
                if v > UserData.largestValue {
                    rowIssues.append(
                        InputIssue(
                            file: path, line: line, column: record[cv].column, field: "value",
                            message: Phrase(
                                zh: "\(v) 对 `\(indicator.id)` 过大（至多 1e12 \(indicator.unitZH)）",
                                en: "\(v) is too large for `\(indicator.id)` (at most 1e12 \(indicator.unitZH))"),
                            help: Phrase(
                                zh: "请以\(indicator.unitZH)为单位给出数值；检查小数点位置是否有误",
                                en:
                                    "give the value in \(indicator.unitZH) (\(indicator.unitEN)); check for a misplaced decimal point"
                            )))
                } else if v < 0 || (v == 0 && !indicator.kind.allowsZero) {
                    rowIssues.append(
                        InputIssue(
                            file: path, line: line, column: record[cv].column, field: "value",
                            message: Phrase(
                                zh: "`\(indicator.id)` 是\(Self.kindZH[indicator.kind]!)指标，不能为\(v < 0 ? "负数" : "零")",
                                en:
                                    "`\(indicator.id)` is a \(indicator.kind.rawValue.replacingOccurrences(of: "_", with: " ")) and cannot be \(v < 0 ? "negative" : "zero")"
                            ),
                            help: Phrase(
                                zh: "请以\(indicator.unitZH)为单位给出正数",
                                en: "give the value in \(indicator.unitZH) (\(indicator.unitEN)) as a positive number"))
                    )
                }
            }
            var repeated = false
            if let indicator, let year {
                let key = "\(indicator.id)@\(year)"
                if let first = firstLine[key] {
                    // The same figure twice (a copied row) is harmless; two figures are a conflict.
                    repeated = value != nil && first.value == value
                    if !repeated {
                        let values = [first.value, value].map { $0.map { "\($0)" } ?? "?" }.joined(separator: " / ")
                        rowIssues.append(
                            InputIssue(
                                file: path, line: line, column: record[ci].column, field: "indicator",
                                message: Phrase(
                                    zh: "`\(indicator.id)` 的 \(year) 年数值给了两次且不同（\(values)，第一次在第 \(first.line) 行）",
                                    en:
                                        "`\(indicator.id)` for \(year) is given twice with different values (\(values); first on line \(first.line))"
                                ),
                                help: Phrase(
                                    zh: "每个指标每年只保留一个数值：请删去错误的一行",
                                    en: "keep one value per indicator and year: delete the wrong row")))
                    }
                } else {
                    firstLine[key] = (line, value)
                }
            }
            if rowIssues.isEmpty, !repeated, let indicator, let year, let value {
                let note = cn.map { record[$0].text.trimmingCharacters(in: .whitespaces) }.flatMap {
                    $0.isEmpty ? nil : $0
                }
                points.append(UserDataPoint(indicator: indicator.id, year: year, value: value, note: note, line: line))
            }
            // A file of a million bad rows keeps the first problems and counts the rest.
            for issue in rowIssues { issues.append(issue) }
        }
        if document.records.isEmpty {
            let example = "\(dataset.indicators.first?.id ?? "industrial_output"),2021,31.5"
            issues.append(
                InputIssue(
                    file: path, line: 2, message: Phrase(zh: "文件只有表头，没有数据", en: "the file has a header but no data"),
                    help: Phrase(zh: "请添加数据行，如 `\(example)`", en: "add rows such as `\(example)`")))
        }
        if !issues.isEmpty { throw issues.errors }
        return UserData(file: path, sha256: document.sha256 ?? "", points: points)
    }

    /// Refusals of the points outside `years` (an evaluation reads the plan's base year
    /// through its last target year, nothing else): one located issue per point.
    public func refusals(outside years: ClosedRange<Int>, planName: String) -> [InputIssue] {
        points.filter { !years.contains($0.year) }.map { point in
            InputIssue(
                file: file, line: point.line, field: "year",
                message: Phrase(
                    zh:
                        "`\(point.indicator)` 的 \(point.year) 年不在\(planName)的评估期 \(years.lowerBound)–\(years.upperBound) 年之内",
                    en:
                        "\(point.year) (`\(point.indicator)`) is outside the evaluation period \(years.lowerBound)–\(years.upperBound) of \(planName)"
                ),
                help: Phrase(
                    zh: "评估只读基期至目标年的实际值；请删去这一行，或检查年份是否写错",
                    en:
                        "an evaluation reads actuals from the base year to the target year; delete the row or check the year"
                ))
        }
    }

    /// The kinds of indicator as a planner names them.
    static let kindZH: [IndicatorKind: String] = [
        .annualLevel: "年度水平", .stockCount: "存量", .annualFlow: "年度流量", .periodSum: "期间合计",
    ]
}
