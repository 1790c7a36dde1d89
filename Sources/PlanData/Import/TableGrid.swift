import Foundation

/// A table as a planner has it (pasted from the plan into Excel, saved as CSV or XLSX):
/// rows of cells, each cell with its 1-based row and column so every message can point
/// at it. Ragged rows and blank rows are kept as they are; reading them is the job of
/// ``PlanTableReader``.
public struct TableGrid: Sendable {
    public struct Cell: Sendable, Equatable {
        public let text: String
        public let row: Int
        public let column: Int
    }

    /// The file as the user named it.
    public let file: String
    public let rows: [[Cell]]
    /// The worksheet read, when the workbook has more than one (then ``file`` is `book.xlsx:sheet`).
    public let sheet: String?
    /// The 1-based position of that worksheet in the workbook.
    public let sheetIndex: Int?

    public init(file: String, rows: [[Cell]], sheet: String? = nil, sheetIndex: Int? = nil) {
        self.file = file
        self.rows = rows
        self.sheet = sheet
        self.sheetIndex = sheetIndex
    }

    /// Reads a `.csv` or `.xlsx` file (by its extension; `.xlsx` also when the bytes are a zip).
    /// `sheet` chooses an XLSX worksheet by name or 1-based number; without it the first
    /// sheet with a plan table's header is read. A CSV file has no sheets: `sheet` is refused.
    public static func load(path: String, sheet: String? = nil) throws(InputIssue) -> TableGrid {
        let data: Data
        switch InputFile.read(path, limit: InputFile.csvLimit) {
        case .success(let bytes): data = Data(bytes)
        case .failure(.missing):
            throw InputIssue(
                file: path, message: Phrase(zh: "找不到该文件", en: "no such file"),
                help: Phrase(zh: "请检查路径", en: "check the path"))
        case .failure(let problem):
            throw InputIssue(
                file: path, message: Phrase(zh: "文件", en: "file ") + problem.phrase,
                help: Phrase(zh: "请给出一个可读的 `.csv` 或 `.xlsx` 文件", en: "name a .csv or .xlsx file you can read"))
        }
        // Excel saves a workbook with a password as an OLE container (as it does old .xls files).
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw InputIssue(
                file: path,
                message: Phrase(
                    zh: "工作簿已加密（或为旧式 `.xls`），不是 XLSX 或 CSV",
                    en: "the workbook is encrypted (or an old-style .xls), not an XLSX or CSV"),
                help: Phrase(
                    zh: "请在 Excel 中去掉密码，另存为 `.xlsx` 或 `.csv`（UTF-8）",
                    en: "in Excel, remove the password and save it as .xlsx or .csv (UTF-8)"))
        }
        let isZip = data.starts(with: [0x50, 0x4B, 0x03, 0x04])
        if path.lowercased().hasSuffix(".xlsx") || isZip { return try XLSXReader.read(data, file: path, sheet: sheet) }
        if let sheet {
            throw InputIssue(
                file: path, field: sheet,
                message: Phrase(
                    zh: "CSV 文件没有工作表，不能用 `--sheet` 选择", en: "a CSV file has no sheets to choose with `--sheet`"),
                help: Phrase(zh: "去掉 `--sheet`，或改为导入 `.xlsx` 工作簿", en: "drop `--sheet`, or import the .xlsx workbook"))
        }
        return try csv(try TextDecoding.decode(data, file: path), file: path)
    }

    /// The first sheet of the XLSX workbook in `data` (checked as ``XLSXReader`` does).
    public static func xlsx(_ bytes: [UInt8], file: String) throws(InputIssue) -> TableGrid {
        try XLSXReader.read(Data(bytes), file: file)
    }

    /// The most rows and cells of a CSV table: more rows than a sheet's (a CSV of 20,000
    /// indicator rows imports), few enough cells (about 40 bytes each) to stay small.
    public static let csvMaxRows = 50_000, csvMaxCells = 2_000_000

    /// CSV text (RFC 4180 quoting; any row width; blank rows kept as empty rows; LF,
    /// CRLF or CR-only line ends), within limits: cells in the first ``csvMaxRows`` rows
    /// and ``SheetCells/maxColumns`` columns, at most ``csvMaxCells`` of them, so a 64 MB file of commas or repeated rows is refused where it
    /// leaves them, never held as millions of cells.
    ///
    /// - Throws: ``InputIssue`` at the row and column of a quote that is never closed,
    ///   or of the first cell beyond the limits.
    public static func csv(_ text: String, file: String) throws(InputIssue) -> TableGrid {
        let maxRows = csvMaxRows, maxColumns = SheetCells.maxColumns
        var cells = 0
        var rows: [[Cell]] = []
        var row: [Cell] = [], field = "", quoted = false, inQuotes = false
        var line = 1, column = 1, startLine = 1, quoteAt = (line: 1, column: 1)
        var tooFar: (line: Int, column: Int)?
        // Empty cells beyond the limits (trailing commas, blank lines) are dropped, not kept.
        func endField() {
            if column > maxColumns || rows.count >= maxRows || cells >= csvMaxCells {
                if !field.isEmpty { tooFar = tooFar ?? (startLine, column) }
            } else {
                row.append(Cell(text: field, row: startLine, column: column))
                cells += 1
            }
            field = ""
            quoted = false
            column += 1
        }
        func endRow() {
            endField()
            if rows.count < maxRows { rows.append(row.allSatisfy { $0.text.isEmpty } ? [] : row) }
            row = []
            column = 1
        }
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let c = pending, tooFar == nil {
            pending = scalars.next()
            if inQuotes {
                if c == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = scalars.next()
                        continue
                    }
                    inQuotes = false
                } else {
                    if c == "\n" || (c == "\r" && pending != "\n") { line += 1 }
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" && field.isEmpty && !quoted {
                inQuotes = true
                quoted = true
                quoteAt = (line, column)
            } else if c == "," {
                endField()
                startLine = line
            } else if c == "\n" || (c == "\r" && pending != "\n") {
                endRow()
                line += 1
                startLine = line
            } else if c != "\r" {
                field.unicodeScalars.append(c)
            }
        }
        if let far = tooFar {
            throw InputIssue(
                file: file, line: far.line, column: far.column,
                message: Phrase(
                    zh: "表格超出 plansim 读取的范围（前 \(maxRows) 行、前 \(maxColumns) 列、共 \(csvMaxCells) 个单元格）",
                    en:
                        "the table goes beyond the first \(maxRows) rows, \(maxColumns) columns and \(csvMaxCells) cells plansim reads"
                ),
                help: Phrase(zh: "规划表只需几十行：请只保存专栏表格本身", en: "a plan table has tens of rows: save the table alone"))
        }
        if !field.isEmpty || !row.isEmpty || quoted { endRow() }
        if inQuotes {
            throw InputIssue(
                file: file, line: quoteAt.line, column: quoteAt.column,
                message: Phrase(zh: "引号括起的字段没有闭合", en: "quoted field is never closed"),
                help: Phrase(
                    zh: "请补上结尾的 `\"`；字段内的引号请写成两个 `\"\"`",
                    en: "add the closing `\"`, or double a quote inside a field as `\"\"`"))
        }
        while rows.last?.isEmpty == true { rows.removeLast() }
        return TableGrid(file: file, rows: rows)
    }
}
