import Foundation
import PlanData

/// The WordprocessingML pieces the DOCX briefing is built from: paragraphs, tables,
/// inline charts, and the package's fixed parts. Every text goes through ``Markup``.
enum WordML {
    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let ns =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\""

    /// Runs of `text`, line breaks kept.
    static func runs(_ text: String, bold: Bool = false, size: Int? = nil) -> String {
        let props = (bold ? "<w:b/>" : "") + (size.map { "<w:sz w:val=\"\($0)\"/><w:szCs w:val=\"\($0)\"/>" } ?? "")
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { k, line in
            (k > 0 ? "<w:r><w:br/></w:r>" : "")
                + "<w:r>\(props.isEmpty ? "" : "<w:rPr>\(props)</w:rPr>")<w:t xml:space=\"preserve\">\(Markup.escape(String(line)))</w:t></w:r>"
        }.joined()
    }

    /// `keepNext` keeps the paragraph on the page of the next one (a chart's note with its chart).
    /// Without a style a paragraph is body text (`Body`: the first line indented two
    /// characters, as 公文 sets it); tables and charts keep `Normal`, not indented.
    static func paragraph(_ text: String, style: String? = nil, pageBreakBefore: Bool = false, keepNext: Bool = false)
        -> String
    {
        let props =
            "<w:pStyle w:val=\"\(style ?? "Body")\"/>" + (keepNext ? "<w:keepNext/>" : "")
            + (pageBreakBefore ? "<w:pageBreakBefore/>" : "")
        return "<w:p><w:pPr>\(props)</w:pPr>\(runs(text))</w:p>"
    }

    /// A table's notes (style `Note`, never split across pages): each keeps with the next, so
    /// the notes stay together; with ``table(header:rows:numeric:size:widths:spans:keepTogether:notesFollow:)``'s
    /// `notesFollow` they stay with the table's last rows (review s6 P2-9).
    static func notes(_ texts: [String]) -> [String] {
        texts.enumerated().map { paragraph($0.element, style: "Note", keepNext: $0.offset < texts.count - 1) }
    }

    /// A table with a repeated, shaded header row; `numeric` columns right-aligned;
    /// `size` in half-points.
    /// With `widths` (twips per column) the layout is fixed, so names never wrap per character.
    /// `spans` maps a row's index to the number of rows its first cell spans (merged vertically,
    /// the covered rows' first cells left out); a header's line breaks are kept.
    /// `keepTogether`: every row but the last keeps with the next, so a table that fits a
    /// page never starts at a page's foot with a row or two (Word and LibreOffice move it whole).
    /// `notesFollow`: the last two rows keep with what follows (the table's notes, ``notes(_:)``),
    /// so a note never opens a page alone; a long table breaks two rows earlier instead.
    static func table(
        header: [String], rows: [[String]], numeric: Set<Int>, size requested: Int, widths: [Int]? = nil,
        spans: [Int: Int] = [:], keepTogether: Bool = false, notesFollow: Bool = false
    ) -> String {
        // Never below 9 pt (18 half-points): a print room's smallest readable table text.
        let size = max(requested, minimumTableSize)
        let covered = Set(spans.flatMap { ($0.key + 1)..<($0.key + $0.value) })
        func cell(_ text: String, _ j: Int, head: Bool, merge: String = "", keep: Bool = false) -> String {
            let shade = head ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"0072B2\"/>" : ""
            let align = head ? "center" : numeric.contains(j) ? "right" : "left"
            let run =
                head
                ? runs(text, bold: true, size: size).replacingOccurrences(
                    of: "<w:b/>", with: "<w:b/><w:color w:val=\"FFFFFF\"/>") : runs(text, size: size)
            return
                "<w:tc><w:tcPr>\(merge)\(shade)\(head ? "" : "<w:noWrap/>")</w:tcPr><w:p><w:pPr>\(keep ? "<w:keepNext/>" : "")<w:spacing w:before=\"0\" w:after=\"0\"/><w:jc w:val=\"\(align)\"/></w:pPr>\(run)</w:p></w:tc>"
        }
        func merge(_ i: Int, _ j: Int) -> String {
            j > 0 ? "" : spans[i] != nil ? "<w:vMerge w:val=\"restart\"/>" : covered.contains(i) ? "<w:vMerge/>" : ""
        }
        let borders =
            "<w:tblBorders>"
            + ["top", "bottom", "insideH"].map {
                "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"BBBBBB\"/>"
            }.joined() + "</w:tblBorders>"
        return
            "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/>\(borders)<w:tblLayout w:type=\"\(widths == nil ? "autofit" : "fixed")\"/><w:tblCellMar><w:left w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"40\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
            + "<w:tblGrid>"
            + header.indices.map { j in widths.map { "<w:gridCol w:w=\"\($0[j])\"/>" } ?? "<w:gridCol/>" }.joined()
            + "</w:tblGrid>"
            + "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"
            + header.enumerated().map { cell($0.element, $0.offset, head: true, keep: keepTogether) }.joined()
            + "</w:tr>"
            + rows.enumerated().map { i, r in
                "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
                    + r.enumerated().map {
                        cell(
                            covered.contains(i) && $0.offset == 0 ? "" : $0.element, $0.offset, head: false,
                            merge: merge(i, $0.offset),
                            keep: (keepTogether && i < rows.count - 1) || (notesFollow && i >= rows.count - 2))
                    }.joined() + "</w:tr>"
            }.joined()
            + "</w:tbl>"
    }

    /// The smallest table text, in half-points (9 pt).
    static let minimumTableSize = 18

    /// An inline chart (relationship `rIdChartK`), 16 cm wide.
    static func chart(_ k: Int, tall: Bool) -> String {
        let cx = 5_760_000, cy = tall ? 3_600_000 : 2_880_000
        return
            "<w:p><w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"\(cx)\" cy=\"\(cy)\"/><wp:docPr id=\"\(k)\" name=\"Chart \(k)\"/>"
            + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><c:chart r:id=\"rIdChart\(k)\"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
    }

    /// The document: `body` on A4 portrait with 2 cm margins.
    static func document(_ body: [String]) -> String {
        header + "<w:document \(ns)><w:body>" + body.joined()
            + "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1020\" w:bottom=\"1134\" w:left=\"1020\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
    }

    /// The `.docx` file: `body` as the document, `charts` (chart XML, in the order the
    /// body's `chart(k)` drawings name them) as its chart parts, the styles for `zh`.
    /// Each chart that draws from `Sheet1` cells carries its workbook (``EmbeddedWorkbook``,
    /// `word/embeddings/`), so 编辑数据 in Word or WPS opens its figures.
    static func package(body: [String], charts: [String], zh: Bool) throws(InputIssue) -> Data {
        var parts: [(String, Data)] = []
        func add(_ path: String, _ text: String) { parts.append((path, Data(text.utf8))) }
        add("[Content_Types].xml", contentTypes(charts: charts.count))
        add("_rels/.rels", rootRels)
        add("word/document.xml", document(body))
        add("word/styles.xml", styles(zh: zh))
        add("word/footer1.xml", footer)
        add("word/_rels/document.xml.rels", documentRels(charts: charts.count))
        for (k, chart) in charts.enumerated() {
            guard let workbook = try EmbeddedWorkbook.workbook(for: chart) else {
                add("word/charts/chart\(k + 1).xml", chart)
                continue
            }
            add(
                "word/charts/chart\(k + 1).xml",
                chart.replacingOccurrences(
                    of: "</c:chartSpace>",
                    with: "<c:externalData r:id=\"rId1\"><c:autoUpdate val=\"0\"/></c:externalData></c:chartSpace>"))
            add(
                "word/charts/_rels/chart\(k + 1).xml.rels",
                header
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/package\" Target=\"../embeddings/Microsoft_Excel_Worksheet\(k + 1).xlsx\"/></Relationships>"
            )
            parts.append(("word/embeddings/Microsoft_Excel_Worksheet\(k + 1).xlsx", workbook))
        }
        return try OfficePackage.zip(parts)
    }

    static func contentTypes(charts: Int) -> String {
        header
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"xlsx\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
            + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
            + (0..<charts).map {
                "<Override PartName=\"/word/charts/chart\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>"
            }.joined()
            + "</Types>"
    }

    /// The footer: the page number, centred, as `— 3 —` (a PAGE field Word and WPS update).
    static let footer =
        header + "<w:ftr \(ns)><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
        + "<w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:t xml:space=\"preserve\">— </w:t></w:r>"
        + "<w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
        + "<w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:t>1</w:t></w:r>"
        + "<w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>"

    static let rootRels =
        header
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"

    static func documentRels(charts: Int) -> String {
        header
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rIdFooter\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>"
            + (0..<charts).map {
                "<Relationship Id=\"rIdChart\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart\" Target=\"charts/chart\($0 + 1).xml\"/>"
            }.joined()
            + "</Relationships>"
    }

    /// Styles: body 宋体/Calibri 10.5 pt (Body and Lead with a two-character first-line
    /// indent); Title, Subtitle, Heading1 in 黑体; Lead, page one's lines set a little
    /// closer so the page and its foot fit on one A4 sheet; Notice, page one's notice
    /// above 一、 in bold between two rules; Note 9 pt grey.
    /// The language of Latin-script text (letters and digits) is English in both languages,
    /// CJK text's Chinese: English words then wrap between words, and LibreOffice never
    /// breaks a number at a line end — with Latin text marked zh-CN it splits `2022年` as
    /// `202` / `2年` and `2,000条` as `2,00` / `0条`.
    static func styles(zh: Bool) -> String {
        header + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"宋体\" w:cs=\"Calibri\"/><w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:after=\"80\" w:line=\"300\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"60\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"黑体\"/><w:b/><w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Subtitle\"><w:name w:val=\"Subtitle\"/><w:basedOn w:val=\"Normal\"/><w:rPr><w:color w:val=\"555555\"/><w:sz w:val=\"20\"/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"80\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"黑体\"/><w:b/><w:color w:val=\"000000\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:pPr><w:keepNext/><w:spacing w:before=\"120\" w:after=\"40\"/><w:outlineLvl w:val=\"1\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"楷体\"/><w:b/><w:color w:val=\"000000\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Body\"><w:name w:val=\"Body Text\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:ind w:firstLineChars=\"200\" w:firstLine=\"420\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Lead\"><w:name w:val=\"Lead\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"0\" w:line=\"228\" w:lineRule=\"auto\"/><w:ind w:firstLineChars=\"200\" w:firstLine=\"400\"/></w:pPr><w:rPr><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"LeadHeading\"><w:name w:val=\"Lead heading\"/><w:basedOn w:val=\"Heading1\"/><w:next w:val=\"Lead\"/><w:pPr><w:spacing w:before=\"100\" w:after=\"40\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Notice\"><w:name w:val=\"Notice\"/><w:basedOn w:val=\"Lead\"/><w:pPr><w:pBdr><w:top w:val=\"single\" w:sz=\"4\" w:space=\"2\" w:color=\"000000\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"2\" w:color=\"000000\"/></w:pBdr><w:spacing w:before=\"60\" w:after=\"60\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Note\"><w:name w:val=\"Note\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:keepLines/></w:pPr><w:rPr><w:color w:val=\"444444\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>"
            + "</w:styles>"
    }
}
