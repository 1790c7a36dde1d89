import Artifacts
import PlanData
import PlansimServer
import Testing

/// The hand-over from `plansim serve` to `plansim-serve`: the ranges `plansim serve`
/// checks are the server's own limits, and the launch reads back as written.
@Suite struct ServeLaunchTests {
    @Test func theCommandChecksTheServersLimits() {
        #expect(ServeLaunch.pathRange == ServerLimits().paths)
        #expect(ServeLaunch.seedRange == ServerLimits().seeds)
    }

    @Test func aLaunchReadsBackAsWritten() {
        let launch = ServeLaunch(
            planFile: "plans/qingxi-14th.plan", scenarioFile: "scenarios/a b.scn", host: "::1", port: 0, paths: 2_000,
            seed: 1 << 53 - 1, language: .en, token: "t?&=")
        #expect(ServeLaunch(json: launch.json) == launch)
        #expect(ServeLaunch(json: "{") == nil)
    }
}
