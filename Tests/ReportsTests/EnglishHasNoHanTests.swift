import Foundation
import Testing

@testable import PlanData
@testable import Reports

/// An English run briefing holds no Han text (review s5 P1-1): the plan's notes lose their
/// Chinese glosses (`tonnes (吨)`, `专栏1`), the annex key reads `P10, P90`, and a scenario
/// statement's unit is given in English (`-400 persons`).
@Suite struct EnglishHasNoHanTests {
    @Test func theEnglishBriefingHasNoHanText() throws {
        var d = ReportRenderingTests.document()
        d.assumptions = [.init(text: "shock new_employment -400 人 in 2022", origin: "epidemic_shock (e.scn:10)")]
        let html = HTMLReport.render(d, language: .en)
        // Each Han character with the 30 characters before it, to say where it is.
        let chars = Array(html)
        let hits = chars.indices.filter { k in
            chars[k].unicodeScalars.contains { $0.properties.isIdeographic }
        }.map { k in String(chars[max(0, k - 30)...k]) }
        #expect(hits.isEmpty, "\(hits.prefix(5))")
        #expect(d.notes(.en).contains { $0.contains("Box 1") } || !d.notesEN.contains { $0.contains("专栏1") })
        #expect(OfficialForm.withoutHan("printed in tonnes (吨); 10,000 t (万吨).") == "printed in tonnes; 10,000 t.")
        #expect(
            HTMLReport.englishUnits("shock new_employment -400 人 in 2022", d)
                == "shock new_employment -400 persons in 2022")
    }
}
