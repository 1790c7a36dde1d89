import Foundation
import PlansimTestSupport
import Testing
import ZIPFoundation

/// `plansim plan import` of hostile tables through the binary: refused with exit 1 and
/// nothing written, or read in linear time.
@Suite struct PlanImportHostileTests {
    /// A workbook whose sheet inflates to 65 MB (a zip bomb, under 1 MB on disk) and one
    /// with a cell at `XFD999999999`: refused by part and by cell, nothing written.
    @Test func bombAndFarCellAreRefused() throws {
        let dir = try Plansim.scratchDirectory()
        var parts = TableFiles.xlsxParts(TableFiles.town)
        let sheet = parts.remove(at: 3)
        let bomb = try Archive(url: dir.appendingPathComponent("bomb.xlsx"), accessMode: .create)
        let far = try Archive(url: dir.appendingPathComponent("far.xlsx"), accessMode: .create)
        for (name, text) in parts + [
            (sheet.0, sheet.1.replacingOccurrences(of: "r=\"D5\"", with: "r=\"XFD999999999\""))
        ] {
            let data = Data(text.utf8)
            try far.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count)) { p, n in
                data.subdata(in: Int(p)..<Int(p) + n)
            }
            guard name != sheet.0 else { continue }
            try bomb.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count)) { p, n in
                data.subdata(in: Int(p)..<Int(p) + n)
            }
        }
        let chunk = Data(repeating: 0x20, count: 1 << 20)
        try bomb.addEntry(with: sheet.0, type: .file, uncompressedSize: Int64(65 << 20), compressionMethod: .deflate) {
            _, n in chunk.prefix(n)
        }
        for (file, message) in [
            (
                "bomb.xlsx",
                "bomb.xlsx: error: the workbook's `xl/worksheets/sheet1.xml` expands to more than the 64 MB plansim reads"
            ),
            (
                "far.xlsx",
                "far.xlsx: error: cell `XFD999999999` lies beyond the first 10000 rows and 200 columns plansim reads"
            ),
        ] {
            let r = try Plansim.run(["plan", "import", file, "--out", "x.plan"], in: dir, environment: Plansim.english)
            #expect(r.status == 1 && r.stderr.contains(message) && r.stdout.isEmpty, "\(file): \(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.plan").path))
    }

    /// A table of many indicator rows imports and compiles: the plan compiler finds a
    /// repeated id by lookup, not by scanning the indicators before it (which made 10,000
    /// rows take 12 s and 200,000 rows run for minutes).
    @Test func manyRowsImport() throws {
        let dir = try Plansim.scratchDirectory()
        let count = 20_000
        let text = "序号,指标名称,单位,2020年,2025年\n" + (0..<count).map { "\($0),指标\($0),亿元,1,2\n" }.joined()
        try Data(text.utf8).write(to: dir.appendingPathComponent("many.csv"))
        let r = try Plansim.run(
            ["plan", "import", "many.csv", "--out", "many.plan"], in: dir, environment: Plansim.english)
        #expect(r.status == 0, "\(r.stderr)")
        let plan = try String(contentsOf: dir.appendingPathComponent("many.plan"), encoding: .utf8)
        #expect(plan.components(separatedBy: "\n    indicator ").count - 1 == count)
    }
}
