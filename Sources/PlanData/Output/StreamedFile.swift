public import Foundation

/// A file written piece by piece into a temporary file beside it (`.NAME.tmp-PID`) and
/// renamed into place by ``finish()``: readers see the old file or the whole new one.
/// Every write throws (a full disk is an error, never a trap), and a failed write
/// removes the temporary file, so nothing half-written is left behind.
public final class StreamedFile {
    public let url: URL
    let temporary: URL
    let handle: FileHandle
    var open = true

    /// Creates the temporary file with `header` as its first bytes.
    public convenience init(_ url: URL, header: Data) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).tmp-\(getpid())")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary.path)
        else { throw CocoaError(.fileWriteUnknown) }
        try self.init(url, temporary: temporary, handle: handle, header: header)
    }

    /// Writes through `handle` (opened on `temporary`); tests give `/dev/full`.
    init(_ url: URL, temporary: URL, handle: FileHandle, header: Data) throws {
        self.url = url
        self.temporary = temporary
        self.handle = handle
        try append(header)
    }

    /// Appends `data`; on failure the temporary file is removed and the error rethrown.
    public func append(_ data: Data) throws {
        do { try handle.write(contentsOf: data) } catch {
            abandon()
            throw error
        }
    }

    /// Closes the temporary file and renames it to ``url``.
    public func finish() throws {
        open = false
        do { try handle.close() } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown)
        }
    }

    /// Closes and removes the temporary file (after an error elsewhere).
    public func abandon() {
        guard open else { return }
        open = false
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }

    deinit { abandon() }
}
