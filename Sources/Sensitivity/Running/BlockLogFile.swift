import Foundation

extension BlockLog {
    /// Which file, at which size and modification time: a `blocks.bin` with the identity it
    /// had when it was scanned holds the records the scan checked (records are only ever
    /// appended; a rewrite renames a new file into place), so they need no second checksum.
    struct Identity: Sendable, Equatable {
        let device: UInt64, inode: UInt64, size: Int, seconds: Int, nanoseconds: Int
    }

    /// A block file opened for reading: a regular file only (a symbolic link is not
    /// followed), read at offsets.
    final class Handle {
        private let fd: Int32
        let size: Int
        let identity: Identity

        init?(_ url: URL) {
            fd = open(url.path, O_RDONLY | O_NOFOLLOW)
            guard fd >= 0 else { return nil }
            var info = stat()
            guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
                Glibc.close(fd)
                return nil
            }
            size = Int(info.st_size)
            identity = Identity(
                device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: size, seconds: info.st_mtim.tv_sec,
                nanoseconds: info.st_mtim.tv_nsec)
        }

        /// Up to `count` bytes at `offset` (fewer at the end of the file); nil on an error.
        func read(at offset: Int, count: Int) -> [UInt8]? {
            var bytes = [UInt8](repeating: 0, count: count)
            var done = 0
            while done < count {
                let n = bytes.withUnsafeMutableBytes {
                    pread(fd, $0.baseAddress! + done, count - done, off_t(offset + done))
                }
                if n < 0 { return nil }
                if n == 0 { break }
                done += n
            }
            return done == count ? bytes : Array(bytes.prefix(done))
        }

        func close() { Glibc.close(fd) }
    }

    /// A block file opened for writing: appending to a folder's file (the workers of a
    /// task append their finished blocks, one whole record at a time under a lock), or a
    /// temporary file beside it that becomes it by a rename.
    final class Writer: @unchecked Sendable {
        private let fd: Int32
        private let lock = NSLock()
        private let temporary: URL?

        /// Appends to `url`, creating it when absent (never through a symbolic link).
        init(appendingTo url: URL) throws {
            fd = open(url.path, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW, 0o644)
            temporary = nil
            guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        }

        /// Writes a new file `.NAME.tmp-PID` beside `url`; ``finish(as:)`` renames it.
        init(temporaryBeside url: URL) throws {
            let path = url.deletingLastPathComponent().appendingPathComponent(
                ".\(url.lastPathComponent).tmp-\(getpid())")
            fd = open(path.path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, 0o644)
            temporary = path
            guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        }

        /// Writes a whole record. - Returns: false when the write failed.
        func append(_ bytes: [UInt8]) -> Bool {
            lock.lock()
            defer { lock.unlock() }
            var offset = 0
            while offset < bytes.count {
                let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
                if n <= 0 { return false }
                offset += n
            }
            return true
        }

        /// Closes the file. - Returns: whether it closed cleanly.
        @discardableResult func close() -> Bool { Glibc.close(fd) == 0 }

        /// Closes the temporary file and renames it to `url`.
        func finish(as url: URL) throws {
            guard close(), let temporary, rename(temporary.path, url.path) == 0 else {
                if let temporary { unlink(temporary.path) }
                throw CocoaError(.fileWriteUnknown)
            }
        }

        /// Closes and removes the temporary file.
        func discard() {
            close()
            if let temporary { unlink(temporary.path) }
        }
    }
}
