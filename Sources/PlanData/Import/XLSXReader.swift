import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif
/// A worksheet of an XLSX workbook as a ``TableGrid``: the zip checked and read
/// with ``ZipParts`` (offsets, sizes, CRCs, a cap on each part's inflated size), each XML
/// part checked to be UTF-8 without a DTD (so no entity expands) before Foundation's
/// XMLParser reads it (shared strings, inline strings, numbers; cell references like
/// `B3` place each value, a cell without one follows the cell before it).
enum XLSXReader {
    /// The sheet `sheet` names (a name or a 1-based number), or else the first sheet with
    /// the header of a plan table (see ``choose(_:choice:file:grid:)``).
    static func read(_ data: Data, file: String, sheet: String? = nil) throws(InputIssue) -> TableGrid {
        let archive: ZipParts
        do { archive = try ZipParts([UInt8](data)) } catch {
            throw InputIssue(
                file: file,
                message: Phrase(
                    zh: "这不是 XLSX 工作簿（不是可读的 ZIP 压缩包）", en: "this is not an XLSX workbook (not a readable zip)"),
                help: Self.saveAgain)
        }
        func damaged(_ name: String) -> InputIssue {
            InputIssue(
                file: file,
                message: Phrase(zh: "工作簿已损坏：无法读取 `\(name)`", en: "the workbook is damaged: cannot read `\(name)`"),
                help: Phrase(zh: "请在 Excel 中打开后重新保存", en: "open and save it again in Excel"))
        }
        // Each part is inflated at most to `partLimit` bytes: a small zip can expand to gigabytes.
        func part(_ name: String) throws(InputIssue) -> Data? {
            let bytes: [UInt8]?
            do { bytes = try archive.part(name, limit: partLimit) } catch {
                switch error {
                case .tooLarge:
                    throw InputIssue(
                        file: file,
                        message: Phrase(
                            zh: "工作簿的 `\(name)` 解压后超过 plansim 可读取的 \(partLimit >> 20) MB",
                            en: "the workbook's `\(name)` expands to more than the \(partLimit >> 20) MB plansim reads"),
                        help: Phrase(
                            zh: "规划表只需几十行：请把它单独存为 `.xlsx` 或 `.csv`",
                            en: "a plan table has tens of rows: save it alone as .xlsx or .csv"))
                case .encrypted: throw Self.encrypted(file)
                default: throw damaged(name)
                }
            }
            guard let bytes else { return nil }
            // FoundationXML traps on a name that is not UTF-8, and expands entities a DTD
            // declares (a billion laughs): Excel writes UTF-8 without a DTD, so refuse the rest.
            guard String(validating: bytes, as: UTF8.self) != nil, !Self.hasDoctype(bytes) else { throw damaged(name) }
            return Data(bytes)
        }
        if archive.has("EncryptionInfo") || archive.has("EncryptedPackage") { throw Self.encrypted(file) }
        guard let workbook = try part("xl/workbook.xml") else {
            throw InputIssue(
                file: file,
                message: Phrase(
                    zh: "该 ZIP 压缩包不是 XLSX 工作簿（没有 `xl/workbook.xml`）",
                    en: "this zip is not an XLSX workbook (no xl/workbook.xml)"), help: Self.saveAgain)
        }
        let sheets = XMLCollector(elements: ["sheet"]).collect(workbook)
        guard !sheets.isEmpty else {
            throw InputIssue(
                file: file, message: Phrase(zh: "工作簿中没有工作表", en: "the workbook has no sheet"), help: Self.firstSheet)
        }
        let relations = try part("xl/_rels/workbook.xml.rels").map {
            XMLCollector(elements: ["Relationship"]).collect($0)
        }
        var shared: [String]?
        // The grid of the sheet at `index`, located as `file:sheet` when the workbook has more than one.
        func grid(_ index: Int) throws(InputIssue) -> TableGrid {
            var sheetPath = "xl/worksheets/sheet\(index + 1).xml"
            if let rid = sheets[index].attributes["r:id"],
                let target = relations?.first(where: { $0.attributes["Id"] == rid })?.attributes["Target"]
            {
                sheetPath = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
            guard let sheet = try part(sheetPath) else {
                throw InputIssue(
                    file: file,
                    message: Phrase(
                        zh: "工作簿中没有工作表（缺少 `\(sheetPath)`）",
                        en: "the workbook has no sheet (missing `\(sheetPath)`)"),
                    help: Self.firstSheet)
            }
            if shared == nil {
                shared = []
                if let strings = try part("xl/sharedStrings.xml") {
                    // Strings that break off would turn every later shared string into "".
                    guard let parsed = SharedStrings.parse(strings) else { throw damaged("xl/sharedStrings.xml") }
                    shared = parsed
                }
            }
            let name = sheets.count > 1 ? Self.sheetName(sheets, index) : nil
            let located = name.map { file + ":" + $0 } ?? file
            return TableGrid(
                file: located, rows: try SheetCells.parse(sheet, shared: shared ?? [], file: located), sheet: name,
                sheetIndex: index + 1)
        }
        return try Self.choose(sheets, choice: sheet, file: file, grid: grid)
    }

    /// Whether the XML declares a document type (`<!DOCTYPE`, where entities are declared).
    static func hasDoctype(_ bytes: [UInt8]) -> Bool {
        let mark = Array("<!DOCTYPE".utf8), count = bytes.count - mark.count
        guard count >= 0 else { return false }
        var i = 0
        while i <= count {
            if bytes[i] == 0x3C && bytes[i + 1] == 0x21 && Array(bytes[i..<(i + mark.count)]) == mark { return true }
            i += 1
        }
        return false
    }

    static func encrypted(_ file: String) -> InputIssue {
        InputIssue(
            file: file, message: Phrase(zh: "工作簿已加密", en: "the workbook is encrypted"),
            help: Phrase(zh: "请在 Excel 中去掉密码后重新保存", en: "remove the password in Excel and save again"))
    }
    /// The most bytes one part of a workbook (a sheet, the shared strings) may inflate to:
    /// the size of the largest CSV file plansim reads.
    static let partLimit = InputFile.csvLimit
    static let saveAgain = Phrase(
        zh: "请在 Excel 中把表格另存为 `.xlsx` 或 `.csv`", en: "save the table from Excel as .xlsx or .csv")
    static let firstSheet = Phrase(zh: "请把表格放在第一个工作表", en: "put the table on the first sheet")
}

/// Collects elements' attributes by name.
final class XMLCollector: NSObject, XMLParserDelegate {
    struct Element { let attributes: [String: String] }
    let names: Set<String>
    var found: [Element] = []

    init(elements: Set<String>) { names = elements }

    func collect(_ data: Data) -> [Element] {
        let parser = XMLParser(data: data)
        parser.delegate = self
        _ = parser.parse()
        return found
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        if names.contains(elementName) { found.append(Element(attributes: attributeDict)) }
    }
}

/// `xl/sharedStrings.xml`: each `<si>`'s text (rich runs joined).
final class SharedStrings: NSObject, XMLParserDelegate {
    var strings: [String] = []
    var current = ""
    var inText = false

    var complete = false

    /// The strings, or nil when the XML breaks off or does not reach `</sst>`.
    static func parse(_ data: Data) -> [String]? {
        let delegate = SharedStrings()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse(), delegate.complete else { return nil }
        return delegate.strings
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        if elementName == "si" { current = "" }
        if elementName == "t" { inText = true }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { current += string } }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        if elementName == "t" { inText = false }
        if elementName == "si" { strings.append(current) }
        if elementName == "sst" { complete = true }
    }
}

/// A worksheet's cells placed by their references, within ``maxRows`` × ``maxColumns``
/// (a reference beyond them is refused, never allocated); a formula without the value
/// Excel saves with it is refused too (plansim does not compute formulas).
final class SheetCells: NSObject, XMLParserDelegate {
    /// The most rows and columns plansim reads from a sheet; a plan table has tens of rows.
    static let maxRows = 10_000, maxColumns = 200
    var cells: [(row: Int, column: Int, text: String)] = []
    var reference = "", type = "", value = "", inValue = false, formula = false, saved = false
    /// The row being read (`<row r=…>`, else the one after the last) and the column of its
    /// last cell: where a cell without a reference goes (the reference is optional in XLSX).
    var row = 0, lastColumn = 0
    /// A cell whose reference does not read, or whose shared-string index is not in the table.
    var unreadable: String?
    /// The first cell placed beyond the limits, and the formula cells without a saved value.
    var tooFar: String?, uncached: [String] = []
    /// Whether `</sheetData>` was reached (XMLParser may not report a document that breaks off).
    var complete = false
    let shared: [String]

    init(shared: [String]) { self.shared = shared }

    static func parse(_ data: Data, shared: [String], file: String) throws(InputIssue) -> [[TableGrid.Cell]] {
        let delegate = SheetCells(shared: shared)
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        let whole = parser.parse()
        if let far = delegate.tooFar {
            throw InputIssue(
                file: file, field: far,
                message: Phrase(
                    zh: "单元格 `\(far)` 超出 plansim 读取的范围（前 \(maxRows) 行、前 \(maxColumns) 列）",
                    en: "cell `\(far)` lies beyond the first \(maxRows) rows and \(maxColumns) columns plansim reads"),
                help: Phrase(
                    zh: "请把规划表放在第一个工作表的左上角，删去远处的单元格后重新保存",
                    en: "put the plan table at the top left of the first sheet and delete the far-away cells"))
        }
        if let bad = delegate.unreadable {
            throw InputIssue(
                file: file, field: bad,
                message: Phrase(
                    zh: "工作表已损坏：单元格 `\(bad)` 的位置或共享字符串编号无法读取",
                    en: "the sheet is damaged: cell `\(bad)` has a reference or shared-string index that does not read"),
                help: Phrase(zh: "请在 Excel 中打开后重新保存", en: "open and save it again in Excel"))
        }
        // A sheet whose XML breaks off would otherwise read as the rows before the break.
        guard whole && delegate.complete else {
            throw InputIssue(
                file: file,
                message: Phrase(
                    zh: "工作表已损坏（其 XML 在第 \(parser.lineNumber) 行出错）",
                    en: "the sheet is damaged (its XML breaks at line \(parser.lineNumber))"),
                help: Phrase(zh: "请在 Excel 中打开后重新保存", en: "open and save it again in Excel"))
        }
        if let first = delegate.uncached.first {
            let more = delegate.uncached.count - 1
            throw InputIssue(
                file: file, field: first,
                message: Phrase(
                    zh: "单元格 `\(first)` 是没有保存计算结果的公式" + (more > 0 ? "（另有 \(more) 个）" : ""),
                    en: "cell `\(first)` is a formula without a saved value" + (more > 0 ? " (and \(more) more)" : "")),
                help: Phrase(
                    zh: "请在 Excel 中打开并保存该工作簿（Excel 会保存公式的结果），或把公式改为数值",
                    en:
                        "open and save the workbook in Excel (it saves each formula's value), or replace the formulas with values"
                ))
        }
        let maxRow = delegate.cells.map(\.row).max() ?? 0
        var rows = [[TableGrid.Cell]](repeating: [], count: maxRow)
        for c in delegate.cells.sorted(by: { ($0.row, $0.column) < ($1.row, $1.column) }) where c.row >= 1 {
            var row = rows[c.row - 1]
            while row.count < c.column - 1 { row.append(TableGrid.Cell(text: "", row: c.row, column: row.count + 1)) }
            row.append(TableGrid.Cell(text: c.text, row: c.row, column: c.column))
            rows[c.row - 1] = row
        }
        return rows.map { $0.allSatisfy { $0.text.isEmpty } ? [] : $0 }
    }

    /// `B12` (or `b12`) → (12, 2); nil unless letters then digits. A row or column past
    /// the limits reads as one past them (so a reference such as `XFD999999999` neither
    /// overflows nor allocates).
    static func position(_ reference: String) -> (Int, Int)? {
        var column = 0, row = 0, digits = false
        for u in reference.uppercased().unicodeScalars {
            if (65...90).contains(u.value) && !digits {
                column = min(column * 26 + Int(u.value - 64), maxColumns + 1)
            } else if (48...57).contains(u.value) {
                digits = true
                row = min(row * 10 + Int(u.value - 48), maxRows + 1)
            } else {
                return nil
            }
        }
        guard digits, column > 0, row > 0 else { return nil }
        return (row, column)
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        switch elementName {
        case "row":
            row =
                attributeDict["r"].flatMap { Int($0) }.map { min(max($0, 0), Self.maxRows + 1) }
                ?? min(row + 1, Self.maxRows + 1)
            lastColumn = 0
        case "c":
            reference = attributeDict["r"] ?? "\(Self.columnName(lastColumn + 1))\(row)"
            type = attributeDict["t"] ?? ""
            value = ""
            formula = false
            saved = false
        case "f": formula = true
        case "v", "t":
            inValue = true
            saved = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if inValue { value += string } }

    /// A number cell as Excel shows it: at most 15 significant digits, so the binary
    /// artefact of a saved `80.6` (`80.59999999999999`) reads and prints as `80.6`; other
    /// text, and a number that would need an exponent, as saved.
    static func shown(_ saved: String) -> String {
        guard saved.filter(\.isNumber).count > 15, let d = Double(saved), d.isFinite else { return saved }
        let s = String(format: "%.15g", d)
        return s.contains("e") ? saved : s
    }

    /// 1 → `A`, 27 → `AA` (the reference a cell without one stands at).
    static func columnName(_ column: Int) -> String {
        var n = min(column, maxColumns + 1), name = ""
        while n > 0 {
            name = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + name
            n = (n - 1) / 26
        }
        return name
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        switch elementName {
        case "v", "t": inValue = false
        case "sheetData": complete = true
        case "c":
            guard let (row, column) = SheetCells.position(reference) else {
                unreadable = reference
                parser.abortParsing()
                return
            }
            if row > Self.maxRows || column > Self.maxColumns {
                tooFar = reference
                parser.abortParsing()
                return
            }
            lastColumn = column
            // An empty `<v/>` is no saved value either (only a text result may be empty).
            if formula && (!saved || (value.isEmpty && type != "str")) {
                uncached.append(reference)
                return
            }
            var text = value
            if type == "s" {
                guard let i = Int(value), shared.indices.contains(i) else {
                    unreadable = reference
                    parser.abortParsing()
                    return
                }
                text = shared[i]
            } else if type.isEmpty || type == "n" {
                text = Self.shown(value)
            }
            cells.append((row, column, text))
        default: break
        }
    }
}
