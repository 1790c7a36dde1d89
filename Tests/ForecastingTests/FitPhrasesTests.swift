import LinearAlgebra
import Testing

@testable import Forecasting
@testable import PlanData

/// The fitting layer's reasons are made in both languages where they are decided (issue
/// 22: no regex translation afterwards): the Chinese carries the same numbers and no
/// English words, so rewording the English cannot turn the Chinese report English.
@Suite struct FitPhrasesTests {
    /// Latin words in `text` outside backticks (identifiers, kept as written) other than
    /// the names and symbols the Chinese keeps (model names, AICc, `a`).
    static func englishWords(_ text: String) -> [String] {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 0 }.map { String($0.element) }.joined(separator: " ").split(whereSeparator: {
                !$0.isLetter || !$0.isASCII
            }).map(String.init)
            .filter { $0.count > 1 && !["GM", "AR", "AICc", "NaN", "LAPACK"].contains($0) }
    }

    @Test func levenbergMarquardtFailuresAreChinese() {
        let cases: [NonlinearLeastSquaresError] = [
            .nonFiniteAtStart, .iterationLimit(iterations: 500, cost: 1.25),
            .evaluationLimit(evaluations: 900, cost: 2.5),
            .tooFewObservations(observations: 2, parameters: 3),
            .numerical(.notPositiveDefinite(minor: 2)),
        ]
        for e in cases {
            let phrase = Phrase.nonlinear(e)
            #expect(phrase.en == e.description, "the English is the error's own description")
            #expect(Self.englishWords(phrase.zh).isEmpty, "\(phrase.zh)")
        }
        #expect(Phrase.nonlinear(.iterationLimit(iterations: 500, cost: 1.25)).zh.contains("500"))
    }

    @Test func regressionFailuresAreChinese() {
        let cases: [RegressionError] = [
            .tooFewObservations(observations: 2, parameters: 3), .constantTerm(term: "rho"),
            .collinear(terms: ["a", "b"]), .notFinite(term: "x"), .numerical(.singular(index: 1)),
        ]
        for e in cases { #expect(Self.englishWords(Phrase.regression(e).zh).isEmpty, "\(Phrase.regression(e).zh)") }
    }

    /// A fit on too few points: the reason and the warnings both languages.
    @Test func failuresAndWarningsCarryTheirChinese() throws {
        let failure = FitFailure(family: .gm11, reason: .tooFewPoints(4, has: 2))
        #expect(failure.reason.en == "needs at least 4 points, has 2" && failure.reason.zh == "至少需要 4 个点，现有 2 个")
        #expect(Self.englishWords(Phrase.tooFewPoints(4, has: 3, parameters: 3).zh).isEmpty)
    }
}
