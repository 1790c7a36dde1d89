import Foundation
import PlansimTestSupport
import Testing

/// Sweeps with Monte Carlo paths per sample measure the model, not the noise (issue 10,
/// part 9).
@Suite struct SweepNoiseTests {
    /// commodity_sales has no effect on industrial output. With independent path seeds
    /// per sample it got a total index of 0.168 ± 0.052 at 256 paths per sample; with the
    /// same paths for every sample its outputs are identical whatever its value, so its
    /// indices are exactly 0 and reported as within noise, while tfp_growth_now's index
    /// stands above its Monte Carlo standard error.
    @Test func anInputWithoutEffectGetsNoIndex() throws {
        let dir = try SweepCommandTests.workspace()
        try SweepFolderTests.small(dir)
        let r = try Plansim.run(
            ["sweep", "small.scn", "--paths-per-sample", "256", "--quiet", "--out", "m", "--json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let inputs = try #require(json["inputs"] as? [[String: Any]])
        let byName = Dictionary(uniqueKeysWithValues: inputs.map { ($0["name"] as! String, $0) })
        let sales = try #require(byName["commodity_sales.growth"]), tfp = try #require(byName["linked.tfp_growth_now"])
        // Exact: the same paths give bit-identical outputs.
        #expect(sales["st"] as? Double == 0 && sales["s1"] as? Double == 0, "\(sales)")
        #expect(sales["within_noise"] as? Bool == true)
        #expect(tfp["within_noise"] as? Bool == false)
        // tfp's index is many standard errors from 0 (0.84 against about 0.02 here).
        let st = try #require(tfp["st"] as? Double), se = try #require(tfp["st_mc_se"] as? Double)
        #expect(se > 0 && st > 10 * se, "st \(st), mc se \(se)")
        #expect(json["mc_noise"] as? String != nil)
        let text = try Plansim.run(["merge", "m"], in: dir, environment: Plansim.english)
        #expect(text.stdout.contains("≈ 0: within Monte Carlo noise") && text.stdout.contains("MC ±"), "\(text.stdout)")
        #expect(
            try SweepCommandTests.read(dir, "m/summary-en.md").contains(
                "| `commodity_sales.growth` | 0.000 | ≈ 0: within Monte Carlo noise |"))
    }
}
