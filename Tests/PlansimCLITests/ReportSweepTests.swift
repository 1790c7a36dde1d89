import Foundation
import PlansimTestSupport
import Testing

/// `report` re-renders a finished sweep's folder from its indices.json: summary and
/// tornado in the language asked for, inputs and the measure named in words.
@Suite struct ReportSweepTests {
    static let indices = """
        {"method": "sobol", "n": 64, "seed": 1, "second_order": false, "measure": "probability_industrial_output",
         "inputs": [{"name": "linked.tfp_growth_now", "s1": 0.7, "s1_conf": 0.05, "st": 0.8, "st_conf": 0.06},
                    {"name": "commodity_sales.growth", "s1": 0.0, "s1_conf": 0.01, "st": 0.01, "st_conf": 0.02}]}
        """

    @Test(arguments: [
        ("zh", "当前全要素生产率增速", "工业总产值目标比值（预测÷目标）", "tornado.svg"),
        ("en", "current TFP growth", "Industrial output&#39;s target ratio", "tornado-en.svg"),
    ])
    func sweepFoldersAreReRenderedWithReadableNames(lang: String, input: String, measure: String, tornado: String)
        throws
    {
        let dir = try Plansim.scratchDirectory()
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("sweep"), withIntermediateDirectories: true)
        _ = try Plansim.write(Self.indices, to: "sweep/indices.json", in: dir)
        let r = try Plansim.run(["report", "sweep", "--lang", lang], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try String(contentsOf: dir.appendingPathComponent("sweep/\(tornado)"), encoding: .utf8)
        #expect(svg.contains(input) && svg.contains(measure), "\(svg.prefix(600))")
        #expect(!svg.contains(">linked.tfp_growth_now<"))
    }

    @Test func aBrokenIndicesFileIsRefused() throws {
        let dir = try Plansim.scratchDirectory()
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("sweep"), withIntermediateDirectories: true)
        _ = try Plansim.write("{\"method\": \"sobol\", \"inputs\": []}", to: "sweep/indices.json", in: dir)
        let r = try Plansim.run(["report", "sweep"], in: dir, environment: Plansim.english)
        #expect(r.status == 1 && r.stderr.contains("no indices"), "\(r.stderr)")
    }
}
