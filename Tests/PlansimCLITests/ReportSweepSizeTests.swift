import Foundation
import PlansimTestSupport
import Testing

/// `report` of a sweep folder with very many inputs renders in time linear in them: the
/// Markdown table and the terminal tornado ask whether any input has a direction once,
/// not once per row (20,000 inputs without directions took about a minute).
@Suite struct ReportSweepSizeTests {
    @Test func manyInputsRender() throws {
        let dir = try Plansim.scratchDirectory()
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("sweep"), withIntermediateDirectories: true)
        let count = 20_000
        let inputs = (0..<count).map {
            "{\"name\": \"i\($0)\", \"s1\": 0.1, \"s1_conf\": 0.1, \"st\": 0.1, \"st_conf\": 0.1}"
        }
        let indices =
            "{\"method\": \"sobol\", \"n\": 64, \"seed\": 1, \"second_order\": false, \"measure\": \"probability_industrial_output\", \"inputs\": ["
            + inputs.joined(separator: ",") + "]}"
        _ = try Plansim.write(indices, to: "sweep/indices.json", in: dir)
        let r = try Plansim.run(["report", "sweep", "--lang", "en"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let markdown = try String(contentsOf: dir.appendingPathComponent("sweep/summary-en.md"), encoding: .utf8)
        #expect(markdown.contains("| `i19999` |"))
    }
}
