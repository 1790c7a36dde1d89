import Foundation

/// 专栏-style tables the import tests write, as CSV text or as a minimal XLSX workbook.
public enum TableFiles {
    /// A town's table that is not Haibin's: other indicators and units, a title row, a
    /// category row, a blank separator row, full-width digits, 〔〕, 以内, 左右, an open
    /// base, and a note under the table.
    public static let town: [[String]] = [
        ["专栏1 某镇“十四五”时期经济社会发展主要指标", "", "", "", "", "", ""],
        ["序号", "指标名称", "单位", "2020年", "2025年目标", "年均增长", "属性"],
        ["", "经济发展", "", "", "", "", ""],
        ["１", "地区生产总值", "亿元", "２５．０", "", "6%左右", "预期性"],
        ["2", "累计固定资产投资", "亿元", "8.2", "〔45〕", "", "预期性"],
        ["", "", "", "", "", "", ""],
        ["", "绿色生态", "", "", "", "", ""],
        ["3", "单位GDP能耗降低", "%", "—", "〔13.5〕", "", "约束性"],
        ["4", "森林面积", "亩", "12000", "14000", "", "约束性"],
        ["5", "城镇登记失业率", "%", "3.2", "4.5以内", "", "预期性"],
        ["6", "城镇新增就业", "人", "800", "900", "", "预期性"],
        ["注：带〔〕的为五年累计数。", "", "", "", "", "", ""],
    ]

    public static func csv(_ rows: [[String]]) -> String {
        rows.map {
            $0.map {
                $0.contains(",") || $0.contains("\"")
                    ? "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : $0
            }
            .joined(separator: ",")
        }.joined(separator: "\n") + "\n"
    }

    /// The XML parts of a one-sheet workbook: text in shared strings, numbers as numbers.
    public static func xlsxParts(_ rows: [[String]]) -> [(String, String)] {
        var shared: [String] = []
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
        }
        var sheet =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        for (r, row) in rows.enumerated() {
            sheet += "<row r=\"\(r + 1)\">"
            for (c, text) in row.enumerated() where !text.isEmpty {
                let ref = String(UnicodeScalar(UInt8(65 + c))) + "\(r + 1)"
                if Double(text) != nil {
                    sheet += "<c r=\"\(ref)\"><v>\(text)</v></c>"
                } else {
                    sheet += "<c r=\"\(ref)\" t=\"s\"><v>\(shared.count)</v></c>"
                    shared.append(text)
                }
            }
            sheet += "</row>"
        }
        sheet += "</sheetData></worksheet>"
        let strings =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + shared.map { "<si><t>\(esc($0))</t></si>" }.joined() + "</sst>"
        return [
            (
                "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"
            ),
            (
                "xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"专栏1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
            ),
            (
                "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"
            ),
            ("xl/worksheets/sheet1.xml", sheet),
            ("xl/sharedStrings.xml", strings),
        ]
    }
}
