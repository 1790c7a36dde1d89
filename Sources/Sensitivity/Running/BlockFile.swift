import Foundation
import PlanData

/// One finished block of a format-1 sweep folder (plansim before issue 26's folder; format
/// 2 keeps every block in one ``BlockLog``): read by `merge` and `--resume`, which moves
/// such blocks into `blocks.bin`. A block file holds the outputs as raw little-endian doubles, row
/// by row (exact, nothing to format or parse), then an 80-byte trailer — the magic
/// `PLSBLK02`, the payload's length in bytes (UInt64, little-endian) and the SHA-256 of
/// the sweep's fingerprint followed by the payload, as 64 hex digits — so a truncated,
/// torn or altered file, or a block of another sweep copied in, is told apart from a
/// finished block of this sweep and recomputed. A block is read only when it is a
/// regular file (not a symbolic link) of exactly the expected size.
enum BlockFile {
    enum State: Equatable {
        case valid([Double])
        case missing
        /// Present but unusable: why.
        case corrupt(String)
    }

    static let magic = Array("PLSBLK02".utf8)
    static let trailerSize = 80

    static func name(_ b: Int) -> String { String(format: "block-%06d.bin", b) }

    /// Whether `name` is one ``name(_:)`` gives.
    static func isBlockName(_ name: String) -> Bool {
        name.hasPrefix("block-") && name.hasSuffix(".bin") && name.count == 16
            && name.dropFirst(6).prefix(6).allSatisfy(\.isASCII) && Int(name.dropFirst(6).prefix(6)) != nil
    }

    /// Whether `url` is a symbolic link (not followed).
    static func isLink(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    /// The refusal of a `blocks` folder that is a symbolic link: shards come from other
    /// machines, and writing through a link would write wherever it points.
    static func linkRefused(_ blocks: URL) -> SweepError {
        SweepError(
            Phrase(
                zh: "\(blocks.path) 是符号链接；plansim 不经由链接读写块文件",
                en: "\(blocks.path) is a symbolic link; plansim neither reads nor writes blocks through a link"),
            help: Phrase(
                zh: "请把块文件复制到真实的文件夹中；未作任何改动", en: "copy the block files into a real folder; nothing was changed"))
    }

    /// The trailer's digest: the fingerprint, then the payload.
    static func digest(_ payload: [UInt8], fingerprint: String) -> String {
        SHA256.hex(Array(fingerprint.utf8) + payload)
    }

    static func encode(_ values: [Double], fingerprint: String) -> Data {
        var payload = [UInt8](repeating: 0, count: values.count * 8)
        payload.withUnsafeMutableBytes { raw in
            for (i, v) in values.enumerated() {
                raw.storeBytes(of: v.bitPattern.littleEndian, toByteOffset: i * 8, as: UInt64.self)
            }
        }
        let length = UInt64(payload.count)
        let digest = Array(Self.digest(payload, fingerprint: fingerprint).utf8)
        payload.reserveCapacity(payload.count + trailerSize)
        payload += magic
        withUnsafeBytes(of: length.littleEndian) { payload += $0 }
        payload += digest
        return Data(payload)
    }

    /// Reads a block of the sweep `fingerprint` that must hold `count` values; its size is
    /// checked before it is read.
    static func read(_ url: URL, count: Int, fingerprint: String) -> State {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return .missing }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return .corrupt("not a regular file (a symbolic link, folder or device)")
        }
        let expected = count * 8
        guard Int(info.st_size) == expected + trailerSize else {
            return .corrupt(
                "\(info.st_size) bytes instead of \(expected + trailerSize) (truncated or from another layout)")
        }
        guard let handle = FileHandle(forReadingAtPath: url.path) else { return .missing }
        defer { try? handle.close() }
        let bytes = [UInt8]((try? handle.read(upToCount: expected + trailerSize)) ?? Data())
        guard bytes.count == expected + trailerSize else { return .corrupt("it changed while it was read") }
        let trailer = bytes[expected...]
        guard Array(trailer.prefix(8)) == magic else {
            return .corrupt(
                Array(trailer.prefix(8)) == Array("PLSBLK01".utf8)
                    ? "written by an earlier plansim" : "no block trailer (an unfinished write)")
        }
        let length = trailer.dropFirst(8).prefix(8).reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        guard length == UInt64(expected) else {
            return .corrupt("its trailer records \(length) bytes, the file holds \(expected)")
        }
        let payload = Array(bytes[0..<expected])
        guard Self.digest(payload, fingerprint: fingerprint) == String(decoding: trailer.dropFirst(16), as: UTF8.self)
        else {
            return .corrupt(
                "its checksum does not match its contents and this sweep (altered, or copied from another sweep)")
        }
        let values: [Double] = payload.withUnsafeBytes { raw in
            (0..<count).map {
                Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self)))
            }
        }
        return .valid(values)
    }

    /// Writes `data` to `url` through a temporary file in the same folder and a rename,
    /// so the block is either absent or whole. No fsync: a block torn by a crash of the
    /// machine fails its trailer check and is recomputed by `--resume`.
    static func write(_ data: Data, to url: URL) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).tmp-\(getpid())")
        guard writeFile(data, to: temporary.path), rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown)
        }
    }

    /// Creates or truncates `path` and writes `data` (one system call a megabyte or so).
    static func writeFile(_ data: Data, to path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return false }
        let written = data.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let n = systemWrite(fd, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
        return close(fd) == 0 && written
    }

    /// Removes a format-1 folder's block files from `directory/blocks` (only files named
    /// as ``name(_:)`` names them: a user's file stays, and the folder with it), or the
    /// `blocks` link itself, never followed.
    static func removeFormat1(in directory: URL) {
        let fm = FileManager.default
        let blocks = directory.appendingPathComponent("blocks")
        if isLink(blocks) {
            try? fm.removeItem(at: blocks)
        } else if let names = try? fm.contentsOfDirectory(atPath: blocks.path) {
            for name in names where isBlockName(name) { try? fm.removeItem(at: blocks.appendingPathComponent(name)) }
            removeTemporaries(in: blocks)
            if (try? fm.contentsOfDirectory(atPath: blocks.path))?.isEmpty == true { try? fm.removeItem(at: blocks) }
        }
    }

    /// Removes temporary files left by an interrupted write (ours, `.NAME.tmp-PID`, and
    /// Foundation's `.dat.nosync…` files of atomic writes) from `folder`.
    static func removeTemporaries(in folder: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(".dat.nosync") || (name.hasPrefix(".") && name.contains(".tmp-")) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}

/// `write(2)`, named apart from ``BlockFile/write(_:to:)``.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int { write(fd, bytes, count) }
