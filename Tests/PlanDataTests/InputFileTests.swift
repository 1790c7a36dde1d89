import Foundation
import Testing

@testable import PlanData

/// Reading a named file safely, escaping what is printed, and bounded error output.
@Suite struct InputFileTests {
    @Test func controlCharactersAreEscapedAndChineseKept() {
        #expect(TerminalText.escaped("a\u{1B}[31mb\u{07}c") == "a\\u{1B}[31mb\\u{7}c")
        #expect(TerminalText.escaped("工业总产值\t5%") == "工业总产值 5%")
        #expect(TerminalText.escaped("x\u{202E}y") == "x\\u{202E}y")
        let issue = InputIssue(file: "a\u{1B}.csv", line: 2, message: "`\u{1B}]0;x\u{07}` is not a number", help: "ok")
        #expect(!issue.description.contains("\u{1B}") && !issue.description.contains("\u{07}"))
    }

    /// Issue 12: a million duplicate rows printed 157 MB; now the first 100 and a count.
    @Test func manyIssuesPrintTheFirstHundredAndACount() {
        let errors = InputErrors(
            (0..<100_000).map { InputIssue(file: "x.csv", line: $0 + 2, message: "duplicate row") })
        let text = errors.description
        #expect(text.split(separator: "\n").count <= 101)
        #expect(text.contains("99900 more problems (100000 in all)"))
    }

    @Test func hugeValuesInAPlannersFileAreRefused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plansim-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("d.csv")
        try "indicator,year,value\nretail_sales,2022,1e308\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: InputErrors.self) { _ = try UserData.load(path: file.path, for: HaibinPlan.dataset()) }
        #expect(InputFile.read(dir.path, limit: 1 << 20) == .failure(.notRegular("a directory")))
        #expect(InputFile.read(dir.appendingPathComponent("none").path, limit: 1 << 20) == .failure(.missing))
    }

    @Test func confinedPathsStayInsideTheRoot() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("plansim-root-\(UUID().uuidString)")
        let root = base.appendingPathComponent("root")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        try "x".write(to: base.appendingPathComponent("outside.txt"), atomically: true, encoding: .utf8)
        try "x".write(to: root.appendingPathComponent("inside.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("link.txt").path, withDestinationPath: "../outside.txt")
        let real = try #require(InputFile.realPath(root.path))
        #expect((try? InputFile.confined("inside.txt", from: real, root: real).get()) == real + "/inside.txt")
        #expect(InputFile.confined("link.txt", from: real, root: real) == .failure(.outsideRoot))
        #expect(InputFile.confined("../outside.txt", from: real, root: real) == .failure(.outsideRoot))
        #expect(InputFile.confined("missing.txt", from: real, root: real) == .failure(.missing))
        #expect(InputFile.confined("../missing.txt", from: real, root: real) == .failure(.outsideRoot))
    }
}
