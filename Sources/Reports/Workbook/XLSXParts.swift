/// The fixed parts of the XLSX package: content types, relationships, workbook, styles.
enum XLSXParts {
    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let relationshipTypes = [
        "worksheet": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
        "styles": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
        "drawing": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
        "chart": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
        "officeDocument": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    ]

    /// A relationships part: (id, type key, target).
    static func rels(_ items: [(String, String, String)]) -> String {
        header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + items.map { "<Relationship Id=\"\($0.0)\" Type=\"\(relationshipTypes[$0.1]!)\" Target=\"\($0.2)\"/>" }
            .joined()
            + "</Relationships>"
    }

    static let rootRels = rels([("rId1", "officeDocument", "xl/workbook.xml")])

    /// The workbook: its sheets, each sheet's filter range, and print titles (the header
    /// row repeated on every printed page) for every sheet in `titled`.
    static func workbook(_ names: [String], filters: [String?], titled: [Bool]) -> String {
        var defined: [String] = []
        for (k, range) in filters.enumerated() {
            if let range {
                defined.append(
                    "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(k)\" hidden=\"1\">\(Markup.escape(range))</definedName>"
                )
            }
            if k < titled.count && titled[k] {
                defined.append(
                    "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(k)\">'\(Markup.escape(names[k]))'!$1:$1</definedName>"
                )
            }
        }
        return header
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
            + names.enumerated().map {
                "<sheet name=\"\(Markup.escape(String($0.element.prefix(31))))\" sheetId=\"\($0.offset + 1)\" r:id=\"rId\($0.offset + 1)\"/>"
            }.joined()
            + "</sheets>" + (defined.isEmpty ? "" : "<definedNames>" + defined.joined() + "</definedNames>")
            + "</workbook>"
    }

    static func workbookRels(_ n: Int) -> String {
        rels(
            (1...n).map { ("rId\($0)", "worksheet", "worksheets/sheet\($0).xml") } + [
                ("rId\(n + 1)", "styles", "styles.xml")
            ])
    }

    static func contentTypes(sheets n: Int, charts: Int) -> String {
        header
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + (1...n).map {
                "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            }.joined()
            + "<Override PartName=\"/xl/drawings/drawing1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawing+xml\"/>"
            + (0..<charts).map {
                "<Override PartName=\"/xl/charts/chart\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>"
            }.joined()
            + "</Types>"
    }

    /// The charts' sheet: no cells, one drawing, printed on A4 fitted to the page width.
    /// The sheet of `count` charts (``XLSXCharts/drawing(count:)``: one per 22 rows), printed
    /// two charts to an A4 page with the page number at the foot.
    static func chartSheet(count: Int) -> String {
        let breaks = stride(from: 44, to: 22 * count, by: 44).map { "<brk id=\"\($0)\" max=\"16383\" man=\"1\"/>" }
        return header
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
            + "<dimension ref=\"A1:J\(22 * max(count, 1))\"/><sheetData/><pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
            + "<pageSetup paperSize=\"9\" orientation=\"portrait\" fitToWidth=\"1\" fitToHeight=\"0\"/>" + pageFooter
            + (breaks.isEmpty
                ? ""
                : "<rowBreaks count=\"\(breaks.count)\" manualBreakCount=\"\(breaks.count)\">" + breaks.joined()
                    + "</rowBreaks>")
            + "<drawing r:id=\"rId1\"/></worksheet>"
    }

    /// The printed sheet's name at the head of each page and its number at the foot.
    static let pageFooter =
        "<headerFooter><oddHeader>&amp;C&amp;\"-,Bold\"&amp;A</oddHeader><oddFooter>&amp;C— &amp;P —</oddFooter></headerFooter>"

    /// Styles: 0 default; 1 header (bold white on blue, wrapped); 2 percentage 0.0% (a rate
    /// as the briefing's text prints it, ``NumberFormat/rate(_:)``);
    /// 3 general number; 4 wrapped text; 5–8 fixed 0–3 decimals; 9 probability 0%; 10–13 a
    /// signed difference at 0–3 decimals (+29, −0.02, 0); 14 a signed percentage +0.35%. Every
    /// cell but the header sits at the top of its row, so numbers and wrapped text align.
    static let top = "<alignment vertical=\"top\"/>"
    /// Signed number formats, 0–3 decimals then a percentage at two: the plus sign and the
    /// one minus sign (−) of the PDF and Word, and a bare 0 for no difference.
    static let signedFormats = ["0", "0.0", "0.00", "0.000", "0.00%"].map {
        "&quot;+&quot;\($0);&quot;−&quot;\($0);\($0)"
    }
    static let styles =
        header + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<numFmts count=\"10\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/><numFmt numFmtId=\"165\" formatCode=\"0\"/><numFmt numFmtId=\"166\" formatCode=\"0.0\"/><numFmt numFmtId=\"167\" formatCode=\"0.00\"/><numFmt numFmtId=\"168\" formatCode=\"0.000\"/>"
        + signedFormats.enumerated().map { "<numFmt numFmtId=\"\(169 + $0.offset)\" formatCode=\"\($0.element)\"/>" }
        .joined()
        + "</numFmts>"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font><font><b/><sz val=\"11\"/><color rgb=\"FFFFFFFF\"/><name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font></fonts>"
        + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill><fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF0072B2\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
        + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border><border>"
        + ["left", "right", "top", "bottom"].map { "<\($0) style=\"thin\"><color rgb=\"FFBBBBBB\"/></\($0)>" }.joined()
        + "<diagonal/></border></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"15\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" applyBorder=\"1\" xfId=\"0\" applyAlignment=\"1\">\(top)</xf>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" applyBorder=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyAlignment=\"1\"><alignment wrapText=\"1\" vertical=\"center\" horizontal=\"center\"/></xf>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"1\" applyBorder=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyAlignment=\"1\">\(top)</xf>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" applyBorder=\"1\" xfId=\"0\" applyAlignment=\"1\">\(top)</xf>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" applyBorder=\"1\" xfId=\"0\" applyAlignment=\"1\"><alignment wrapText=\"1\" vertical=\"top\"/></xf>"
        + (165...168).map {
            "<xf numFmtId=\"\($0)\" fontId=\"0\" fillId=\"0\" borderId=\"1\" applyBorder=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyAlignment=\"1\">\(top)</xf>"
        }.joined()
        + "<xf numFmtId=\"9\" fontId=\"0\" fillId=\"0\" borderId=\"1\" applyBorder=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyAlignment=\"1\">\(top)</xf>"
        + (169...173).map {
            "<xf numFmtId=\"\($0)\" fontId=\"0\" fillId=\"0\" borderId=\"1\" applyBorder=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyAlignment=\"1\">\(top)</xf>"
        }.joined() + "</cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"
}
