import Foundation

/// One yearly series read from a long CSV: its values in year order and the line each
/// came from, so later checks can point at the file.
public struct YearlySeries: Sendable, Equatable {
    public let id: String
    public let years: [Int]
    public let values: [Double]
    /// The line of each value, in the same order.
    public let lines: [Int]
}

/// Any number of yearly series in long format `series,year,value`, validated: the
/// same CSV rules and messages as a planner's `--data` file (``UserData``).
public enum YearlySeriesFile {
    /// Years accepted: any positive year of up to four digits, so long historical series
    /// and series numbered 1, 2, 3, … (as competition data often are) both read.
    public static let years = 1...9999

    /// The magnitudes of non-zero values accepted: far beyond any statistic, yet small
    /// enough that the models' squares and sums stay finite (values near ±1.8e308 made
    /// `forecast` print `-nan`).
    public static let magnitudes = 1e-100...1e100

    /// Reads `path`, checks every cell and returns the series in the order they first
    /// appear, each sorted by year.
    ///
    /// - Throws: ``InputErrors`` listing every problem at once: missing columns, an
    ///   empty series name, a year that is not a whole number in ``years``, a value that
    ///   is not a finite number or lies outside ``magnitudes``, a (series, year) given twice, a file without data.
    public static func load(path: String) throws(InputErrors) -> [YearlySeries] {
        let document = try CSVDocument.load(path: path)
        if document.columnNames.count > 1 && Int(document.columnNames[1]) != nil {
            throw InputErrors([
                InputIssue(
                    file: path, line: 1, column: 1, message: Phrase(zh: "文件没有表头行", en: "the file has no header row"),
                    help: Phrase(zh: "请在第一行写上 `series,year,value`", en: "add `series,year,value` as the first line"))
            ])
        }
        let synonyms = ["series": ["series", "id", "序列"], "year": ["year", "年份"], "value": ["value", "数值", "值"]]
        let columns = try document.requireColumns(
            ["series", "year", "value"], synonyms: synonyms, expected: "series,year,value")
        let (cs, cy, cv) = (columns[0], columns[1], columns[2])
        var issues = BoundedIssues()
        for (k, field) in document.header.enumerated() where ![cs, cy, cv].contains(k) {
            issues.append(
                InputIssue(
                    file: path, line: field.line, column: field.column, field: field.text,
                    message: Phrase(zh: "意外的列 `\(field.text)`", en: "unexpected column `\(field.text)`"),
                    help: Phrase(zh: "各列为 `series,year,value`", en: "the columns are `series,year,value`")))
        }
        var order: [String] = []
        var points: [String: [(year: Int, value: Double, line: Int)]] = [:]
        var firstLine: [String: Int] = [:]
        for record in document.records {
            let line = record[cs].line
            let id = record[cs].text.trimmingCharacters(in: .whitespaces)
            var ok = true
            if id.isEmpty {
                issues.append(
                    InputIssue(
                        file: path, line: line, column: record[cs].column, field: "series",
                        message: Phrase(zh: "序列名称为空", en: "empty series name"),
                        help: Phrase(zh: "请写上该值所属序列的名称", en: "name the series this value belongs to")))
                ok = false
            }
            let yearText = record[cy].text.trimmingCharacters(in: .whitespaces)
            let year = Int(yearText)
            if let y = year, !years.contains(y) {
                issues.append(
                    InputIssue(
                        file: path, line: line, column: record[cy].column, field: "year",
                        message: Phrase(
                            zh: "年份 \(y) 不在 \(years.lowerBound)–\(years.upperBound) 之内",
                            en: "year \(y) is outside \(years.lowerBound)–\(years.upperBound)"),
                        help: Phrase(
                            zh: "请检查年份；写成 1 至 9999 之间的整数",
                            en: "check the year; write it as a whole number from 1 to 9999")))
                ok = false
            } else if year == nil {
                issues.append(
                    InputIssue(
                        file: path, line: line, column: record[cy].column, field: "year",
                        message: yearText.isEmpty
                            ? Phrase(zh: "年份为空", en: "empty year")
                            : Phrase(zh: "`\(yearText)` 不是年份", en: "`\(yearText)` is not a year"),
                        help: Phrase(zh: "请把年份写成四位数字，例如 `2021`", en: "write the year as four digits, e.g. `2021`")))
                ok = false
            }
            var value = 0.0
            switch NumericCell.parse(record[cv], file: path, column: "value") {
            case .success(let v): value = v.double
            case .failure(let issue):
                issues.append(issue)
                ok = false
            }
            if ok, value != 0, !magnitudes.contains(abs(value)) {
                let field = record[cv]
                issues.append(
                    InputIssue(
                        file: path, line: line, column: field.column, field: "value",
                        message: Phrase(
                            zh: "数值 `\(field.text)` 超出 plansim 可预测的范围（绝对值 1e-100 至 1e100，或 0）",
                            en:
                                "value `\(field.text)` is outside the range plansim forecasts (magnitude 1e-100 to 1e100, or 0)"
                        ),
                        help: Phrase(
                            zh: "请检查该值的单位；必要时换一个单位（如亿元）使数值落在此范围内",
                            en:
                                "check the value's unit; if need be, use another unit (e.g. 100m yuan) so the values fall in this range"
                        )))
                ok = false
            }
            if !id.isEmpty, let year {
                let key = "\(id)@\(year)"
                if let first = firstLine[key] {
                    issues.append(
                        InputIssue(
                            file: path, line: line, column: record[cs].column, field: "series",
                            message: Phrase(
                                zh: "`\(id)` 的 \(year) 年数值给了两次（第一次在第 \(first) 行）",
                                en: "`\(id)` for \(year) is given twice (first on line \(first))"),
                            help: Phrase(zh: "每个序列每年只保留一个数值", en: "keep one value per series and year")))
                    ok = false
                } else {
                    firstLine[key] = line
                }
            }
            guard ok, let year else { continue }
            if points[id] == nil { order.append(id) }
            points[id, default: []].append((year, value, line))
        }
        if document.records.isEmpty {
            issues.append(
                InputIssue(
                    file: path, line: 2, message: Phrase(zh: "文件只有表头，没有数据", en: "the file has a header but no data"),
                    help: Phrase(zh: "请添加数据行，如 `output,2016,31.5`", en: "add rows such as `output,2016,31.5`")))
        }
        if !issues.isEmpty { throw issues.errors }
        return order.map { id in
            let sorted = points[id]!.sorted { $0.year < $1.year }
            return YearlySeries(
                id: id, years: sorted.map(\.year), values: sorted.map(\.value), lines: sorted.map(\.line))
        }
    }
}
