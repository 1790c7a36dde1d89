/// The draws of one block of paths, kept so the block can be simulated again at another
/// lever without drawing (``BlockKernel/replay(_:lever:)``): the parameters drawn before
/// the first year, and each year's shocks after correlation and Student-t scaling.
///
/// A tape is filled by one `BlockKernel.run` (on one thread) and only read afterwards, by
/// any thread; the join of the filling threads orders the two.
final class DrawTape: @unchecked Sendable {
    /// The paths of the block.
    private(set) var paths = 0
    private var parameters: [Double] = []
    private var shocks: [Double] = []

    init() {}

    /// Starts the tape over with the parameter buffers of a block of `paths` paths:
    /// (buffer, rows of `capacity` doubles each).
    func keep(paths: Int, _ buffers: [(UnsafeMutablePointer<Double>, Int)], capacity: Int) {
        self.paths = paths
        parameters.removeAll(keepingCapacity: true)
        shocks.removeAll(keepingCapacity: true)
        for (buffer, rows) in buffers {
            parameters.append(contentsOf: UnsafeBufferPointer(start: buffer, count: rows * capacity))
        }
    }

    /// Appends one year's shocks.
    func keep(shocks buffer: UnsafeMutablePointer<Double>, count: Int) {
        shocks.append(contentsOf: UnsafeBufferPointer(start: buffer, count: count))
    }

    /// Copies the kept parameters back into `buffers` (the same buffers, in the same order, as kept).
    func restore(_ buffers: [(UnsafeMutablePointer<Double>, Int)], capacity: Int) {
        parameters.withUnsafeBufferPointer { kept in
            var offset = 0
            for (buffer, rows) in buffers {
                buffer.update(from: kept.baseAddress! + offset, count: rows * capacity)
                offset += rows * capacity
            }
        }
    }

    /// Copies the shocks of the `k`-th simulated year (`count` doubles, as kept) into `buffer`.
    func shocks(year k: Int, into buffer: UnsafeMutablePointer<Double>, count: Int) {
        shocks.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress! + k * count, count: count) }
    }

}
