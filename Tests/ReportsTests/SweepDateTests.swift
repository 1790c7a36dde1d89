import PlanData
import Testing

@testable import Reports

/// The sweep's page one carries its date under the title (年月日), like every briefing.
@Suite struct SweepDateTests {
    @Test func pageOneHasTheDateUnderTheTitle() {
        var s = SweepDirectionTests.summary()
        s.created = "2026-12-07T01:47:00Z"
        let zh = LeaderPage(sweep: s, language: .zh)
        #expect(zh.reportDate == "2026年12月7日")
        #expect(zh.lines()[1] == "2026年12月7日")
        #expect(s.html(language: .zh).contains("<p class=\"sub\">2026年12月7日</p>"))
        #expect(LeaderPage(sweep: s, language: .en).reportDate == "7 December 2026")
        // Without a recorded time, today's date: never an empty date line.
        s.created = nil
        #expect(LeaderPage(sweep: s, language: .zh).reportDate.hasSuffix("日"))
    }
}
