import Foundation
import PlanData
import PlansimKit
import Reports
import ScenarioDSL
import Testing

/// `RunWorkflow.run` in-process: what `plansim run --json` prints, without the binary.
struct RunWorkflowTests {
    /// The embedded plan, the built-in baseline, few paths (the numbers are the engine's,
    /// tested in SimulationTests; here the pipeline is).
    static func request(_ source: ScenarioSource = .builtInBaseline, threads: Int = 1) -> RunRequest {
        RunRequest(source: source, plan: PlanFiles.embedded, paths: 1_000, seed: 7, threads: threads, invert: false)
    }

    /// The results document without its `created` stamp (the only field that is a clock).
    static func stable(_ outcome: RunOutcome) -> String {
        outcome.json.rendered().split(separator: "\n").filter { !$0.contains("\"created\"") }.joined(separator: "\n")
    }

    @Test func theBaselineRunsFromTextAsFromTheBuiltIn() throws {
        let builtIn = try RunWorkflow.run(Self.request())
        let text = try RunWorkflow.run(
            Self.request(.text(BuiltInScenarios.baseline(for: PlanFiles.embedded), path: "page.scn")))
        #expect(builtIn.scenario == "baseline" && text.scenario == "baseline")
        // Same text, seed and paths: the same numbers exactly, whatever the source is called
        // (only the scenario's hash differs: the built-in hashes the file as written).
        #expect(builtIn.document.targets.map(\.probability) == text.document.targets.map(\.probability))
        #expect(
            builtIn.document.indicators.map { $0.years.map(\.p50) }
                == text.document.indicators.map { $0.years.map(\.p50) })
    }

    /// The same seed gives the same numbers on 1 and 3 threads, bit for bit: the JSON
    /// text of everything but the creation time (moved from the CLI tests: it checks the
    /// pipeline, not the binary).
    @Test func resultsAreBitIdenticalOnAnyThreadCount() throws {
        let one = try RunWorkflow.run(Self.request(threads: 1))
        let three = try RunWorkflow.run(Self.request(threads: 3))
        // Exact: each block of paths has its own stream, so threads change nothing.
        #expect(Self.stable(one) == Self.stable(three))
    }

    /// The JSON fields of the issue, in the document `plansim run --json` prints.
    @Test func theResultsDocumentHasTheFieldsOfTheFormat() throws {
        let text = try RunWorkflow.run(Self.request()).json.rendered()
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        for key in ["scenario", "seed", "paths", "indicators", "targets", "provenance"] {
            #expect(root[key] != nil, "missing \(key)")
        }
        let indicators = try #require(root["indicators"] as? [[String: Any]])
        let years = try #require(indicators.first?["years"] as? [[String: Any]])
        for key in ["year", "mean_p1_p99", "p5", "p10", "p25", "p50", "p75", "p90", "p95"] {
            #expect(years.first?[key] != nil, "missing \(key)")
        }
        let targets = try #require(root["targets"] as? [[String: Any]])
        for key in ["indicator", "target_year", "target", "kind", "probability", "median_shortfall", "required_growth"]
        {
            #expect(targets.first?[key] != nil, "missing \(key)")
        }
        let provenance = try #require(root["provenance"] as? [String: Any])
        for key in ["version", "seed", "paths", "data", "scenario_sha256", "created"] {
            #expect(provenance[key] != nil, "missing \(key)")
        }
    }

    /// Without inversion requests, the plan's headline roles are inverted at 50 % and 80 %.
    @Test func theHeadlineTargetsAreInverted() throws {
        var request = Self.request()
        (request.paths, request.seed, request.invert) = (100, 1, true)
        let inversions = try RunWorkflow.run(request).document.inversions
        #expect(inversions.count == 6)  // three roles × two probabilities
        let roles = try #require(PlanFiles.embedded.roles)
        #expect(Set(inversions.map(\.indicator)) == Set(roles.all))
    }

    @Test func theResolvedChoicesComeFromTheScenario() throws {
        let outcome = try RunWorkflow.run(Self.request())
        #expect(outcome.language == .zh)  // the baseline's `language zh`
        #expect(outcome.formats == [.md, .html, .csv, .json])
        #expect(outcome.document.provenance.paths == 1_000 && outcome.document.provenance.seed == 7)
        #expect(outcome.defaultDirectory == "notebooks-out/baseline")
        #expect(outcome.checks.count == 1 && outcome.checks[0].passed)  // new jobs never below zero
        #expect(try outcome.files().map(\.name).contains("checks.json"))
    }

    @Test func aScenarioWithErrorsIsRejectedWithEveryDiagnostic() throws {
        let text =
            "scenario broken {\n    assume no_such_indicator growth 3% over 2021..2025\n    shock retail_sales -5% in 1800\n}\n"
        let error = #expect(throws: ScenarioRejection.self) {
            try RunWorkflow.run(Self.request(.text(text, path: "page.scn")))
        }
        // The unknown indicator is an error, located in the text the page posted.
        #expect(error?.diagnostics.contains { $0.severity == .error } == true)
        #expect(error?.program.files.first?.source.path == "page.scn")
    }

    @Test func anUnknownScenarioNameIsAnInputIssueAtThatName() throws {
        var request = Self.request()
        request.scenario = "baselin"
        let issue = #expect(throws: InputIssue.self) { try RunWorkflow.run(request) }
        #expect(issue?.field == "baselin")
        #expect(issue?.help?.contains("baseline") == true)  // did you mean `baseline`?
    }

    @Test func aMissingFileIsRefusedBeforeAnythingRuns() throws {
        let issue = #expect(throws: InputIssue.self) {
            try RunWorkflow.run(Self.request(.file("/nonexistent/what_if.scn")))
        }
        #expect(issue?.file == "/nonexistent/what_if.scn")
    }

    @Test func theReconstructedSpanComesFromThePlan() {
        // Haibin's 14th plan rebuilds its history from 2016–2020 sums.
        #expect(DataDescription.reconstructedSpan(PlanFiles.embedded) == 2016...2020)
        #expect(DataDescription.of(PlanFiles.embedded).contains("reconstructed 2016–2020 history"))
    }
}
