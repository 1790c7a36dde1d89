import Dispatch
import Foundation
import Simulation

/// The floor of a Monte Carlo run: the time plansim's own generator (xoshiro256++ with
/// the ziggurat) needs just to draw the run's normals, on all cores, in the run's
/// blocks of 512 paths.
enum NormalsBenchmark {
    static func run(count: Int) {
        let threads = ProcessInfo.processInfo.activeProcessorCount
        let blocks = (count + 512 * 154 - 1) / (512 * 154)
        let ms = medianMilliseconds(repetitions: 3) {
            DispatchQueue.concurrentPerform(iterations: threads) { worker in
                var sink = 0.0
                var block = worker
                while block < blocks {
                    var g = NormalGenerator(Xoshiro256(seed: 1, block: UInt64(block)))
                    for _ in 0..<(512 * 154) { sink += g.next() }
                    block += threads
                }
                if sink == .infinity { print(sink) }
            }
        }
        print(String(format: "plansim normals %d median_ms=%.1f", count, ms))
    }
}
