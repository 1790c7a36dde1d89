import Testing

@testable import PlanData

/// Messages made in both languages where the problem is found: an ``InputIssue`` built
/// from ``Phrase``s keeps its English as `message`/`help` (what `description`, logs and
/// JSON show) and its Chinese beside it.
@Suite struct PhraseTests {
    @Test func issueKeepsBothLanguages() {
        let issue = InputIssue(
            file: "a.csv", line: 2, column: 3, field: "year",
            message: Phrase(zh: "`x` 不是年份", en: "`x` is not a year"),
            help: Phrase(zh: "请把年份写成四位数字", en: "write the year as four digits"))
        #expect(issue.message == "`x` is not a year" && issue.help == "write the year as four digits")
        #expect(issue.messageZH == "`x` 不是年份" && issue.helpZH == "请把年份写成四位数字")
        #expect(
            issue.description
                == "a.csv:2:3: error: `x` is not a year (field `year`)\n  help: write the year as four digits")
    }

    @Test func piecesJoinInEachLanguage() {
        let p = Phrase(zh: "表头缺少 ", en: "header lacks ") + .codes(["year", "value"])
        #expect(p.en == "header lacks `year`, `value`" && p.zh == "表头缺少 `year`、`value`")
        #expect(p.text(.zh) == p.zh && p.text(.en) == p.en && p.description == p.en)
    }

    @Test func didYouMeanInBothLanguages() throws {
        let p = try #require(DidYouMean.phrase(for: "retail_sale", among: ["retail_sales", "industrial_output"]))
        #expect(p.en == "did you mean `retail_sales`?" && p.zh == "是否想用 `retail_sales`？")
        #expect(DidYouMean.help(for: "retail_sale", among: ["retail_sales"]) == p.en)
        #expect(DidYouMean.phrase(for: "zzz", among: ["retail_sales"]) == nil)
    }

    @Test func unreadableFilesAreNamedInBothLanguages() {
        for problem: InputFile.Problem in [
            .missing, .outsideRoot, .notRegular("a directory"), .unreadable, .tooLarge(64 << 20),
        ] {
            #expect(problem.phrase.en == problem.message)
            #expect(
                problem.phrase.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) },
                "\(problem.phrase.zh)")
        }
    }
}
