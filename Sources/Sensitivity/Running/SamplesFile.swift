import Foundation
import PlanData

/// `samples.npy` written by the blocks that generate its rows, so a sweep generates its
/// samples once: a fresh run of a whole sweep (one shard, no block already done) opens
/// a temporary file with the `.npy` header at its full size, each worker writes its
/// block's rows at their place (`pwrite(2)`), and when every block has run the file is
/// renamed to `.samples-FINGERPRINT.npy`, which ``SweepResult/write(_:into:csv:)``
/// takes as `samples.npy` instead of generating the rows again. A shard, a resumed run
/// or a merge has no such file and generates the rows as it writes them; the bytes are
/// the same either way.
final class SamplesFile: @unchecked Sendable {
    private let fd: Int32
    private let temporary: URL, ready: URL
    private let headerSize: Int, columns: Int

    /// The name of a finished file of the sweep `fingerprint`.
    static func readyName(_ fingerprint: String) -> String { ".samples-\(fingerprint.prefix(16)).npy" }

    /// Whether `name` is one ``readyName(_:)`` gives (for `--force`).
    static func isReadyName(_ name: String) -> Bool { name.hasPrefix(".samples-") && name.hasSuffix(".npy") }

    /// A file for all of `plan`'s rows in `directory`, or nil when it cannot be made (the
    /// rows are then generated when the results are written).
    init?(_ plan: SweepPlan, in directory: URL) {
        columns = plan.inputs.count
        let header = NPYFile.header(rows: plan.rowCount, columns: columns)
        headerSize = header.count
        temporary = directory.appendingPathComponent(".samples.npy.tmp-\(getpid())")
        ready = directory.appendingPathComponent(Self.readyName(plan.fingerprint))
        fd = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return nil }
        let size = header.count + plan.rowCount * columns * 8
        let wrote = header.withUnsafeBytes { pwrite(fd, $0.baseAddress!, header.count, 0) == header.count }
        guard wrote, ftruncate(fd, off_t(size)) == 0 else {
            discard()
            return nil
        }
    }

    /// Writes rows `first…` (`columns` values a row, row after row) at their place.
    /// - Returns: false when the write failed (the file is then not used).
    func write(_ rows: [Double], first: Int) -> Bool {
        var bytes = [UInt8](repeating: 0, count: rows.count * 8)
        bytes.withUnsafeMutableBytes { raw in
            for (i, v) in rows.enumerated() {
                raw.storeBytes(of: v.bitPattern.littleEndian, toByteOffset: i * 8, as: UInt64.self)
            }
        }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes {
                pwrite(
                    fd, $0.baseAddress! + offset, bytes.count - offset, off_t(headerSize + first * columns * 8 + offset)
                )
            }
            if n <= 0 { return false }
            offset += n
        }
        return true
    }

    /// Closes the file and, when every block wrote its rows, makes it the ready file.
    func finish(complete: Bool) {
        guard complete, close(fd) == 0, rename(temporary.path, ready.path) == 0 else {
            discard()
            return
        }
    }

    private func discard() {
        close(fd)
        unlink(temporary.path)
    }

    /// Moves the ready file of `plan` in `directory` to `samples.npy`, when there is one
    /// of exactly the expected size. - Returns: whether it did.
    static func adopt(_ plan: SweepPlan, in directory: URL) -> Bool {
        let ready = directory.appendingPathComponent(readyName(plan.fingerprint))
        var info = stat()
        let size =
            NPYFile.header(rows: plan.rowCount, columns: plan.inputs.count).count + plan.rowCount * plan.inputs.count
            * 8
        guard lstat(ready.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == size else {
            return false
        }
        return rename(ready.path, directory.appendingPathComponent("samples.npy").path) == 0
    }

    /// Removes the ready file of `plan` (the results were written another way).
    static func remove(_ plan: SweepPlan, in directory: URL) {
        unlink(directory.appendingPathComponent(readyName(plan.fingerprint)).path)
    }
}
