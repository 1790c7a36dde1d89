import Foundation

/// A comma-separated file as records of fields, each field with the line and column
/// where it starts, so every later check can point at the exact cell.
///
/// Accepts RFC 4180 (quoted fields with `""` escapes, fields spanning lines), UTF-8 with
/// or without a BOM, and LF or CRLF line ends. A blank line anywhere but at the very end
/// is an error, because a half-deleted row is more often a mistake than intent.
public struct CSVDocument: Sendable {
    /// One field: its text (quotes removed) and where it starts (1-based).
    public struct Field: Sendable, Equatable {
        public let text: String
        public let line: Int
        public let column: Int
    }

    /// The file as the user named it.
    public let file: String
    /// The header's fields.
    public let header: [Field]
    /// The data records, in order.
    public let records: [[Field]]
    /// The SHA-256 (hex) of the bytes read, when ``load(path:optionalTrailing:digest:)`` was
    /// asked for it; nil otherwise (and for parsed text).
    public var sha256: String? = nil

    /// Reads and parses `path`.
    ///
    /// - Throws: ``InputErrors`` with every problem found: a missing or unreadable file,
    ///   an encoding other than UTF-8, an unterminated quote, blank lines, a header
    ///   that is missing or uses another delimiter, rows of the wrong width.
    /// - Parameter optionalTrailing: how many trailing columns a row may leave out (they
    ///   read as empty fields), for files with optional last columns such as `note`.
    /// - Parameter digest: whether to keep the SHA-256 of the bytes read in ``sha256``, so
    ///   a caller that records the file's hash need not read it a second time.
    public static func load(path: String, optionalTrailing: Int = 0, digest: Bool = false) throws(InputErrors)
        -> CSVDocument
    {
        let bytes: [UInt8]
        switch InputFile.read(path, limit: InputFile.csvLimit) {
        case .success(let read): bytes = read
        case .failure(.missing):
            throw InputErrors([
                InputIssue(
                    file: path, message: Phrase(zh: "找不到该文件", en: "no such file"),
                    help: Phrase(
                        zh: "请检查路径；路径相对于当前目录", en: "check the path; it is read relative to the current directory"))
            ])
        case .failure(let problem):
            throw InputErrors([
                InputIssue(
                    file: path, message: Phrase(zh: "文件", en: "file ") + problem.phrase,
                    help: Phrase(zh: "请给出一个可读的 CSV 文件", en: "name a CSV file you can read"))
            ])
        }
        let hash = digest ? SHA256.hex(bytes) : nil
        let text: String
        do { text = try TextDecoding.decode(Data(bytes), file: path) } catch { throw InputErrors([error]) }
        var document = try parse(text, file: path, optionalTrailing: optionalTrailing)
        document.sha256 = hash
        return document
    }

    /// The most fields a file may hold. Each field costs about 120 bytes by the time a
    /// caller has validated it (the field with its position, its row, the value made of
    /// it), so a file at the limit stays under 500 MB in all; measured figures are in
    /// docs/cli.md, "Limits". Two million fields are 100,000 series of 20 years, or
    /// 660,000 rows of `indicator,year,value`.
    public static let maxFields = 2_000_000

    /// Parses CSV text that came from `file`.
    ///
    /// - Throws: ``InputErrors`` as ``load(path:optionalTrailing:)`` does, and at the
    ///   field past ``maxFields``.
    public static func parse(_ text: String, file: String, optionalTrailing: Int = 0) throws(InputErrors) -> CSVDocument
    {
        var issues: [InputIssue] = []
        var rows: [[Field]] = []
        var blankLines: [Int] = []
        var fields: [Field] = []
        var current = ""
        var line = 1, column = 1
        var fieldLine = 1, fieldColumn = 1
        var inQuotes = false, quoteLine = 0, quoteColumn = 0
        var rowIsEmpty = true
        var sawAnything = false

        var fieldCount = 0
        func endField() {
            fields.append(Field(text: current, line: fieldLine, column: fieldColumn))
            current = ""
            fieldCount += 1
        }
        func endRow(at rowLine: Int) {
            if rowIsEmpty && fields.isEmpty && current.isEmpty {
                blankLines.append(rowLine)
                fieldCount += 1  // a blank line is kept too: it counts toward the limit
            } else {
                endField()
                rows.append(fields)
            }
            fields = []
            rowIsEmpty = true
        }

        var iterator = text.makeIterator()
        var pending: Character? = iterator.next()
        while let ch = pending {
            guard fieldCount < maxFields else {
                throw InputErrors([
                    InputIssue(
                        file: file, line: line, column: column,
                        message: Phrase(
                            zh: "文件的字段超过 plansim 读取的 \(maxFields) 个",
                            en: "the file has more than the \(maxFields) fields plansim reads"),
                        help: Phrase(zh: "请只保留所需的指标和年份", en: "keep only the indicators and years you need"))
                ])
            }
            pending = iterator.next()
            sawAnything = true
            if inQuotes {
                if ch == "\"" {
                    if pending == "\"" {
                        current.append("\"")
                        pending = iterator.next()
                        column += 2
                        continue
                    }
                    inQuotes = false
                    column += 1
                    continue
                }
                current.append(ch)
                if ch == "\n" || ch == "\r\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                continue
            }
            switch ch {
            case "\"" where current.isEmpty:
                inQuotes = true
                quoteLine = line
                quoteColumn = column
                rowIsEmpty = false
                column += 1
            case ",":
                endField()
                rowIsEmpty = false
                column += 1
                fieldLine = line
                fieldColumn = column
            case "\n", "\r\n", "\r":
                endRow(at: line)
                line += 1
                column = 1
                fieldLine = line
                fieldColumn = 1
            default:
                if current.isEmpty && fields.isEmpty {
                    fieldLine = line
                    fieldColumn = column
                }
                current.append(ch)
                rowIsEmpty = false
                column += 1
            }
        }
        if inQuotes {
            issues.append(
                InputIssue(
                    file: file, line: quoteLine, column: quoteColumn,
                    message: Phrase(zh: "引号括起的字段没有闭合", en: "quoted field is never closed"),
                    help: Phrase(
                        zh: "请补上结尾的 `\"`；字段内的引号请写成两个 `\"\"`",
                        en: "add the closing `\"`, or double a quote inside a field as `\"\"`")))
        } else if !rowIsEmpty || !current.isEmpty || !fields.isEmpty {
            endRow(at: line)
        }
        guard sawAnything, let header = rows.first else {
            throw InputErrors([
                InputIssue(
                    file: file, message: Phrase(zh: "文件是空的", en: "file is empty"),
                    help: Phrase(zh: "第一行须为列名表头", en: "the first line must be a header naming the columns"))
            ])
        }
        let lastRowLine = rows.last?.first?.line ?? 0
        var more = 0
        for blank in blankLines where blank < lastRowLine {
            guard issues.count < InputErrors.keepLimit else {
                more += 1
                continue
            }
            issues.append(
                InputIssue(
                    file: file, line: blank, message: Phrase(zh: "数据中间有空行", en: "blank line inside the data"),
                    help: Phrase(zh: "请删除该行，或填上应在此处的那一行", en: "delete the line, or fill in the row that belongs there"))
            )
        }
        if header.count == 1, let only = header.first?.text {
            for delimiter in [";", "\t", "|"] where only.contains(delimiter) {
                let name = delimiter == "\t" ? "tab" : "`\(delimiter)`",
                    nameZH = delimiter == "\t" ? "制表符" : " `\(delimiter)` "
                issues.append(
                    InputIssue(
                        file: file, line: 1, column: 1,
                        message: Phrase(
                            zh: "表头以\(nameZH)分隔；plansim 读取逗号分隔的文件",
                            en: "the header uses \(name) as delimiter; plansim reads comma-separated files"),
                        help: Phrase(
                            zh: "请以逗号分隔各字段保存文件（Excel 中选“CSV UTF-8（逗号分隔）”）",
                            en: "save the file with commas between fields (in Excel: \"CSV UTF-8 (comma delimited)\")"))
                )
                break
            }
        }
        var data = Array(rows.dropFirst())
        if issues.isEmpty {
            for k in data.indices where data[k].count < header.count && data[k].count >= header.count - optionalTrailing
            {
                let last = data[k].last!
                while data[k].count < header.count {
                    data[k].append(Field(text: "", line: last.line, column: last.column))
                }
            }
            for row in data where row.count != header.count {
                guard issues.count < InputErrors.keepLimit else {
                    more += 1
                    continue
                }
                let at = row.first!
                issues.append(
                    InputIssue(
                        file: file, line: at.line, column: row.count > header.count ? row[header.count].column : nil,
                        message: Phrase(
                            zh: "该行有 \(row.count) 个字段，表头有 \(header.count) 个",
                            en: "row has \(row.count) fields but the header has \(header.count)"),
                        help: Phrase(
                            zh: "请让每行在每个表头列下各有一个值；含逗号的字段请加引号",
                            en: "give every row one value per header column; quote fields that contain commas")))
            }
        }
        if !issues.isEmpty {
            throw InputErrors(
                issues.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }, more: more)
        }
        return CSVDocument(file: file, header: header, records: data)
    }

    /// The index of the header column named `name` (exact match), or nil.
    public func columnIndex(_ name: String) -> Int? {
        header.firstIndex { $0.text.trimmingCharacters(in: .whitespaces) == name }
    }

    /// The header names, trimmed.
    public var columnNames: [String] { header.map { $0.text.trimmingCharacters(in: .whitespaces) } }
}
