import Foundation
import PlanData
import PlansimKit
import PlansimTestSupport
import Reports
import ScenarioDSL
import Testing

/// `plansim report`'s library side: what a folder holds, and re-rendering a run's saved
/// results without running again.
struct ReportWorkflowTests {
    static func folder(_ files: [String: String]) throws -> URL {
        let dir = try Plansim.scratchDirectory()
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        return dir
    }

    @Test func aFolderIsKnownByItsResultFile() throws {
        let run = try Self.folder(["results.json": "{}", "comparison.json": "{}"])
        #expect(ResultFolder(run) == .run(results: run.appendingPathComponent("results.json")))
        let comparison = try Self.folder(["comparison.json": "{}"])
        #expect(ResultFolder(comparison) == .comparison(comparison.appendingPathComponent("comparison.json")))
        let sweep = try Self.folder(["indices.json": "{}", "manifest.json": "{}"])
        #expect(ResultFolder(sweep) == .sweep(indices: sweep.appendingPathComponent("indices.json")))
        // Nothing there: taken for a run, whose reading says results.json is missing.
        let empty = try Self.folder([:])
        #expect(ResultFolder(empty).file.lastPathComponent == "results.json")
    }

    /// A run's results re-rendered: the briefing files made from results.json, which is
    /// copied only when asked for elsewhere.
    @Test func aRunIsReRenderedFromItsResults() throws {
        let outcome = try RunWorkflow.run(
            RunRequest(
                source: .builtInBaseline, plan: PlanFiles.embedded, paths: 300, seed: 3, threads: 1, invert: false))
        let dir = try Self.folder(["results.json": outcome.json.rendered() + "\n"])
        let files = try ReportWorkflow.files(ResultFolder(dir), formats: [.md, .json], language: .en, copyInput: true)
        #expect(files.map(\.name) == ["briefing-en.md", "results.json"])
        #expect(files[1].contents == Data((outcome.json.rendered() + "\n").utf8))
    }

    /// An inversion outcome this version does not know is refused at its field; it used to
    /// be read as `solved` and told as a solved inversion.
    @Test func anUnknownInversionOutcomeIsRefused() throws {
        let outcome = try RunWorkflow.run(
            RunRequest(source: .builtInBaseline, plan: PlanFiles.embedded, paths: 100, seed: 1, threads: 1))
        let text = outcome.json.rendered().replacingOccurrences(of: "\"outcome\": \"", with: "\"outcome\": \"guessed_")
        #expect(text != outcome.json.rendered())
        let dir = try Self.folder(["results.json": text])
        let issue = #expect(throws: InputIssue.self) {
            try ReportWorkflow.files(ResultFolder(dir), formats: [.md], language: .en, copyInput: false)
        }
        #expect(issue?.field == "inversions[0].outcome")
    }
}
