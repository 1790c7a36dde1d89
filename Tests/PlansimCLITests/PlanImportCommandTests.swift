import Foundation
import PlansimTestSupport
import Testing
import ZIPFoundation

/// `plansim plan import` through the binary: a table that is not Haibin's, as CSV and as
/// XLSX, becomes a plan that `check` accepts and `run` simulates; bad tables are refused.
@Suite struct PlanImportCommandTests {
    static func xlsx(_ rows: [[String]], at url: URL) throws {
        let archive = try Archive(url: url, accessMode: .create)
        for (name, text) in TableFiles.xlsxParts(rows) {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count)) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    @Test(arguments: ["csv", "xlsx"])
    func importedTableChecksAndRuns(_ format: String) throws {
        let dir = try Plansim.scratchDirectory()
        let table = dir.appendingPathComponent("town.\(format)")
        if format == "csv" {
            try Data(TableFiles.csv(TableFiles.town).utf8).write(to: table)
        } else {
            try Self.xlsx(TableFiles.town, at: table)
        }
        let r = try Plansim.run(
            ["plan", "import", table.lastPathComponent, "--out", "town.plan", "--lang", "en"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stdout.contains("base year 2020, target years 2025") && r.stdout.contains("地区生产总值")
                && r.stdout.contains("decline 13.5% over the period"))
        let check = try Plansim.run(["check", "town.plan"], in: dir, environment: Plansim.english)
        #expect(check.status == 0 && check.stdout.contains("plan town"), "\(check.stderr)")
        let run = try Plansim.run(["run", "--plan", "town.plan", "--paths", "1000", "--json", "--out", "o"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"gdp\"") && run.stdout.contains("\"fixed_investment\""))
    }

    /// The summary names a kind as the plan file writes it: `stock`, not `stock_count`
    /// (newcomer review s9, P3-4).
    @Test func theSummaryNamesKindsAsThePlanFileDoes() throws {
        let dir = try Plansim.scratchDirectory()
        var rows = TableFiles.town
        rows[10] = ["6", "高新技术企业数", "家", "15", "25", "", "预期性"]
        try Data(TableFiles.csv(rows).utf8).write(to: dir.appendingPathComponent("k.csv"))
        let r = try Plansim.run(["plan", "import", "k.csv", "--lang", "en"], in: dir)
        #expect(r.status == 0 && r.stdout.contains("kind stock\n"), "\(r.stderr)")
        let row = r.stdout.split(separator: "\n").first { $0.contains("高新技术企业数") } ?? ""
        #expect(row.contains(" stock ") && !row.contains("stock_count"), "\(row)")
    }

    @Test func badTablesAreRefusedAndNothingIsWritten() throws {
        let dir = try Plansim.scratchDirectory()
        try Data("名称,数值\n产值,3\n".utf8).write(to: dir.appendingPathComponent("a.csv"))
        var rows = TableFiles.town
        rows[3][3] = "abc"
        try Data(TableFiles.csv(rows).utf8).write(to: dir.appendingPathComponent("b.csv"))
        try Data("not a workbook".utf8).write(to: dir.appendingPathComponent("c.xlsx"))
        for (file, message) in [
            ("a.csv", "a.csv:1: error: no header row"), ("b.csv", "b.csv:4:4: error: `abc` is not a number"),
            ("c.xlsx", "c.xlsx: error: this is not an XLSX workbook"),
        ] {
            let r = try Plansim.run(["plan", "import", file, "--out", "x.plan"], in: dir, environment: Plansim.english)
            #expect(r.status == 1 && r.stderr.contains(message) && r.stdout.isEmpty, "\(file): \(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.plan").path))
    }
}
