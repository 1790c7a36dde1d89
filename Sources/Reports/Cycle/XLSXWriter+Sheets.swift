import Foundation

extension XLSXWriter {
    /// A workbook of the given sheets (the same layout and styles as the briefing's).
    static func workbook(sheets: [Sheet]) -> Data {
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Data(contentTypes(sheets.count).utf8))
        zip.add("_rels/.rels", Data(rootRels.utf8))
        zip.add("xl/workbook.xml", Data(workbookXML(sheets).utf8))
        zip.add("xl/_rels/workbook.xml.rels", Data(workbookRels(sheets.count).utf8))
        zip.add("xl/styles.xml", Data(styles.utf8))
        for (k, sheet) in sheets.enumerated() { zip.add("xl/worksheets/sheet\(k + 1).xml", Data(sheetXML(sheet).utf8)) }
        return zip.finished()
    }
}
