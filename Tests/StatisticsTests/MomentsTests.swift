import Statistics
import Testing

/// Moments and correlations against numpy 2.4.6 / scipy 1.17.1 on one small sample.
@Suite struct MomentsTests {
    static let x = [2.5, 3.1, 4.7, 1.2, 5.5, 3.3, 2.9]
    static let y = [1.0, 2.0, 2.0, 0.5, 4.0, 3.0, 2.0]

    /// numpy's mean/var/std (ddof 1 and 0) to 1e-15 relative: seven terms summed in
    /// order, each step rounding once (numpy sums pairwise; on 7 values the same to ~1 ulp).
    @Test func momentsMatchNumpy() {
        func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-15 * abs(b) }
        #expect(close(Statistics.mean(Self.x), 3.314285714285714))
        #expect(close(Statistics.sampleVariance(Self.x), 2.008095238095238))
        #expect(close(Statistics.populationVariance(Self.x), 1.7212244897959184))
        #expect(close(Statistics.sampleStandardDeviation(Self.x), 1.417072770924358))
        #expect(close(Statistics.populationStandardDeviation(Self.x), 1.311954454162155))
    }

    @Test func degenerateSamples() {
        #expect(Statistics.sampleVariance([4]).isNaN, "n − 1 = 0: undefined, not 0")
        #expect(Statistics.populationVariance([4]) == 0)
        #expect(Statistics.mean([]).isNaN)
    }

    /// scipy.stats.pearsonr and spearmanr (ties in y) to 1e-14 relative.
    @Test func correlationsMatchScipy() {
        #expect(abs(Statistics.pearson(Self.x, Self.y) - 0.8386140349428073) <= 1e-14)
        #expect(abs(Statistics.spearman(Self.x, Self.y) - 0.8894991799933215) <= 1e-14)
        #expect(Statistics.ranks(Self.y) == [2, 4, 4, 1, 7, 6, 4], "scipy.stats.rankdata, method average")
    }

    @Test func correlationIsUndefinedOnConstantOrShortSamples() {
        #expect(Statistics.pearson([1, 1, 1], [1, 2, 3]).isNaN)
        #expect(Statistics.pearson([1], [2]).isNaN)
        #expect(Statistics.pearson([1, 2], [1, 2, 3]).isNaN)
    }
}
