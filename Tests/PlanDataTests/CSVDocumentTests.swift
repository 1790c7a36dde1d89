import Foundation
import Testing

@testable import PlanData

/// The CSV reader's contract: RFC 4180 fields, BOM and CRLF accepted, every problem
/// located by line and column.
@Suite struct CSVDocumentTests {
    @Test func parsesQuotedFieldsAndCRLF() throws {
        let doc = try CSVDocument.parse("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n1,2\r\n", file: "t.csv")
        #expect(doc.columnNames == ["a", "b"])
        #expect(doc.records.map { $0.map(\.text) } == [["x, y", "say \"hi\""], ["1", "2"]])
        #expect(doc.records[1][1].line == 3 && doc.records[1][1].column == 3)
    }

    @Test func acceptsByteOrderMark() throws {
        let text = try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array("a\n1\n".utf8)), file: "t.csv")
        #expect(text == "a\n1\n")
    }

    @Test func refusesBlankLineInsideData() {
        #expect(throws: InputErrors.self) { try CSVDocument.parse("a\n1\n\n2\n", file: "t.csv") }
        do { _ = try CSVDocument.parse("a\n1\n\n2\n", file: "t.csv") } catch {
            #expect(error.issues.first?.line == 3)
        }
    }

    @Test func trailingNewlineIsFine() throws {
        #expect(try CSVDocument.parse("a\n1\n2\n", file: "t.csv").records.count == 2)
    }

    @Test func refusesSemicolonDelimiterWithAdvice() {
        do {
            _ = try CSVDocument.parse("a;b\n1;2\n", file: "t.csv")
            Issue.record("accepted")
        } catch {
            #expect(error.issues.first?.message.contains("`;`") == true)
        }
    }

    @Test func refusesRowOfWrongWidth() {
        do {
            _ = try CSVDocument.parse("a,b\n1,2,3\n", file: "t.csv")
            Issue.record("accepted")
        } catch {
            #expect(error.issues.first?.line == 2)
            #expect(error.issues.first?.column == 5)
        }
    }

    @Test func refusesUnclosedQuote() {
        do {
            _ = try CSVDocument.parse("a\n\"open\n", file: "t.csv")
            Issue.record("accepted")
        } catch {
            #expect(error.issues.first?.message.contains("never closed") == true)
        }
    }

    @Test func namesGBKAndHowToConvert() {
        // "工业" in GBK: B9 A4 D2 B5.
        let gbk = Data(Array("indicator\n".utf8) + [0xB9, 0xA4, 0xD2, 0xB5, 0x0A])
        do {
            _ = try TextDecoding.decode(gbk, file: "g.csv")
            Issue.record("accepted")
        } catch {
            #expect(error.message.contains("GBK"))
            #expect(error.help?.contains("iconv -f GB18030") == true)
            #expect(error.line == 2)
        }
    }

    @Test func didYouMeanFindsCloseNames() {
        #expect(
            DidYouMean.suggestions(for: "industrial_outptu", among: ["industrial_output", "retail_sales"]) == [
                "industrial_output"
            ])
        #expect(DidYouMean.suggestions(for: "zzz", among: ["industrial_output"]).isEmpty)
    }
}
