import Foundation
import PlanData
import PlansimTestSupport
import ScenarioDSL
import Testing

/// Every malformed file under `Malformed/` gets exactly the diagnostics recorded in
/// `__Snapshots__/<name>.txt` (all of a file's errors at once, rendered with source line
/// and carets). Re-record with PLANSIM_RECORD_SNAPSHOTS=1 after reading the diff.
@Suite struct MalformedCorpusTests {
    static let folder = TestPaths.repository.appendingPathComponent("Tests/ScenarioDSLTests/Malformed")
    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".scn") }.sorted()

    @Test func corpusHasAtLeastFortyFiles() { #expect(Self.names.count >= 40) }

    @Test(arguments: names)
    func diagnosticsMatchSnapshot(name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        let path = "Malformed/\(name)"
        let source = SourceFile(path: path, bytes: [UInt8](data))
        let program = ScenarioProgram(
            text: source.text, path: Self.folder.appendingPathComponent(name).path, dataset: HaibinPlan.dataset())
        let diagnostics = program.allDiagnostics()
        #expect(!diagnostics.isEmpty, "\(name) was accepted")
        let rendered = diagnostics.map { DiagnosticRenderer.render($0, in: source) }.joined(separator: "\n")
        if let diff = Snapshot.check(
            rendered, named: name.replacingOccurrences(of: ".scn", with: ".txt"), target: "ScenarioDSLTests")
        {
            Issue.record("\(diff)")
        }
    }
}
