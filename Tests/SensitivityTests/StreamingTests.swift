import Foundation
import Simulation
import Testing

@testable import Sensitivity

/// Designs generated block by block, block files and the Monte Carlo noise estimate.
@Suite struct StreamingTests {
    static let inputs = (0..<3).map { SweepInput(name: "x\($0)", distribution: .uniform(lower: 0, upper: 1)) }

    /// Point i computed directly equals the i-th point of the sequence (exact).
    @Test func sobolPointByIndexEqualsTheSequence() {
        let sequence = SobolSequence(dimensions: 21)
        let points = sequence.points(300)
        for i in [0, 1, 2, 3, 7, 64, 129, 255, 299] { #expect(sequence.point(i) == points[i], "point \(i)") }
    }

    /// Any range of rows is the same rows as in the whole design, for every method: blocks,
    /// shards and resumptions see the same samples.
    @Test(arguments: [
        SweepDesign.Method.sobol(n: 16, secondOrder: true), .sobol(n: 32, secondOrder: false),
        .lhs(n: 50, seed: 9), .grid(levels: 4), .morris(trajectories: 7, levels: 4, seed: 3),
    ])
    func rangesAgreeWithTheWholeDesign(method: SweepDesign.Method) {
        let design = SweepDesign(inputs: Self.inputs, method: method)
        let all = design.rows(0..<design.rowCount)
        #expect(all.count == design.rowCount)
        for range in [0..<5, 3..<17, (design.rowCount - 4)..<design.rowCount] {
            #expect(design.rows(range) == Array(all[range]), "\(method) \(range)")
        }
    }

    /// Rows picked by index (the effect directions' 20,000 rows) are the whole design's
    /// rows, runs of consecutive rows and single rows alike, for every method.
    @Test(arguments: [
        SweepDesign.Method.sobol(n: 16, secondOrder: true), .sobol(n: 32, secondOrder: false),
        .lhs(n: 50, seed: 9), .grid(levels: 4), .morris(trajectories: 7, levels: 4, seed: 3),
    ])
    func rowsAtIndicesAgreeWithTheWholeDesign(method: SweepDesign.Method) {
        let design = SweepDesign(inputs: Self.inputs, method: method)
        let all = design.rows(0..<design.rowCount)
        let picked = [0, 1, 2, 5, 9, 10, 11, design.rowCount - 2, design.rowCount - 1]
        #expect(design.rows(at: picked) == picked.map { all[$0] }, "\(method)")
        #expect(design.rows(at: []).isEmpty)
    }

    /// The keyed permutation behind the Latin hypercube is a bijection at awkward sizes.
    @Test func keyedPermutationIsABijection() {
        for n in [1, 2, 3, 5, 64, 1000, 4097] {
            let p = KeyedPermutation(count: n, key: 42)
            #expect(Set((0..<n).map(p.apply)).count == n, "n = \(n)")
        }
    }

    /// A block file reads back exactly; truncation and a flipped bit are detected.
    @Test func blockFilesDetectTruncationAndCorruption() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("blocks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(BlockFile.name(7))
        let values = [1.5, -0.0, .pi, 1e-300, 0.1]
        try BlockFile.write(BlockFile.encode(values, fingerprint: "f"), to: url)
        #expect(BlockFile.read(url, count: 5, fingerprint: "f") == .valid(values))
        guard case .corrupt = BlockFile.read(url, count: 6, fingerprint: "f") else {
            Issue.record("a block of another length was accepted")
            return
        }
        var bytes = [UInt8](try Data(contentsOf: url))
        bytes[3] ^= 1
        try Data(bytes).write(to: url)
        #expect(
            BlockFile.read(url, count: 5, fingerprint: "f")
                == .corrupt(
                    "its checksum does not match its contents and this sweep (altered, or copied from another sweep)"))
        try Data(bytes.prefix(40)).write(to: url)
        guard case .corrupt = BlockFile.read(url, count: 5, fingerprint: "f") else {
            Issue.record("a truncated block was accepted")
            return
        }
        #expect(BlockFile.read(dir.appendingPathComponent("none.bin"), count: 5, fingerprint: "f") == .missing)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir.path) == [BlockFile.name(7)], "no temporary left")
    }

    /// Seeds are read from the manifest's text digit by digit: every UInt64 exactly.
    @Test func manifestSeedsAreExact() {
        #expect(SweepManifest.exactSeed(in: "{\n  \"seed\": 18446744073709551615,\n") == UInt64.max)
        #expect(SweepManifest.exactSeed(in: "{\"seed\":9007199254740993}") == 9_007_199_254_740_993)
    }

    /// The jackknife standard error of a mean over G groups is the usual standard error:
    /// replicates θ₋g = (Σx − x_g)/(G − 1) give sqrt(s²/G), exactly (to rounding).
    @Test func jackknifeOfAMeanIsItsStandardError() {
        let x = [3.0, 1, 4, 1, 5, 9, 2, 6, 5, 3]
        let g = Double(x.count), sum = x.reduce(0, +), mean = sum / g
        let replicates = x.map { (sum - $0) / (g - 1) }
        let s2 = x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (g - 1)
        #expect(abs(MonteCarloNoise.standardError(replicates) - (s2 / g).squareRoot()) < 1e-12)
        #expect(
            MonteCarloNoise.isNoise(0, error: 0) && MonteCarloNoise.isNoise(0.03, error: 0.02)
                && !MonteCarloNoise.isNoise(0.5, error: 0.02))
    }
}
