import Foundation

/// Wall-clock timing: runs `body` `repetitions` times after one warm-up and reports the
/// median in milliseconds (medians resist the noise of a shared machine).
func medianMilliseconds(repetitions: Int, _ body: () throws -> Void) rethrows -> Double {
    try body()
    var samples: [Double] = []
    for _ in 0..<repetitions {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    samples.sort()
    return samples[samples.count / 2]
}

/// Reads a file of little-endian float64 values (numpy's `tofile`).
func readDoubles(_ path: String) throws -> [Double] {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return data.withUnsafeBytes { Array($0.bindMemory(to: Double.self)) }
}
