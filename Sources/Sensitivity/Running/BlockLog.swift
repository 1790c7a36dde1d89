import Foundation
import LinearAlgebra
import PlanData

/// The finished blocks of a sweep folder (folder format 2): one append-only file,
/// `blocks.bin`, of records, each a block's outputs with its length and checksum.
///
/// A record is a 24-byte header — the magic `PLSREC02`, the block's number and the
/// payload's length in bytes (both UInt64, little-endian) — then the payload (the
/// outputs as little-endian doubles, row by row), then the 32-byte SHA-256 of the
/// sweep's fingerprint, the header and the payload. Records are in the order the blocks
/// finished; a block's first valid record is the one used.
///
/// A record is valid only when its header names a block of the sweep with exactly that
/// block's length and its checksum matches, so a file torn by a crash (its last record
/// cut short), a flipped byte, or a record of another sweep is never read as a block.
/// A bad record whose header is sane is skipped; at a header that is not sane the rest
/// of the file cannot be split into records and is dropped (its blocks count as missing).
/// `--resume` rewrites the file with its valid records only before appending.
enum BlockLog {
    static let fileName = "blocks.bin"
    static let magic = Array("PLSREC02".utf8)
    static let headerSize = 24, digestSize = 32

    /// A damaged stretch of the file: the block its header names (nil when the header
    /// itself is unreadable), where it starts, and why it is not used.
    struct Damage: Sendable {
        let block: Int?, offset: Int, why: String
    }

    /// What a scan found: the valid records (block → payload offset, first copy), the
    /// damage, and where the file stops being usable records.
    struct Scan: Sendable {
        var records: [Int: Int] = [:]
        /// Offsets of the valid records' starts, in file order (for ``compact(_:scan:)``).
        var spans: [(start: Int, length: Int)] = []
        var damage: [Damage] = []
        var size = 0
        /// The file as it was scanned.
        var identity: Identity?
        var isClean: Bool { damage.isEmpty }
    }

    static func url(_ directory: URL) -> URL { directory.appendingPathComponent(fileName) }

    /// The checksum of a record: the fingerprint, the header, the payload.
    static func digest(header: [UInt8], payload: UnsafeRawBufferPointer, fingerprint: String) -> [UInt8] {
        SHA256.digest(Array(fingerprint.utf8) + header + Array(payload))
    }

    static func header(block: Int, length: Int) -> [UInt8] {
        var bytes = magic
        withUnsafeBytes(of: UInt64(block).littleEndian) { bytes += $0 }
        withUnsafeBytes(of: UInt64(length).littleEndian) { bytes += $0 }
        return bytes
    }

    /// The record of block `b` holding `values`.
    static func record(block b: Int, _ values: [Double], fingerprint: String) -> [UInt8] {
        let head = header(block: b, length: values.count * 8)
        var bytes = head
        bytes.reserveCapacity(headerSize + values.count * 8 + digestSize)
        for v in values { withUnsafeBytes(of: v.bitPattern.littleEndian) { bytes += $0 } }
        let sum = bytes.withUnsafeBytes {
            digest(header: head, payload: UnsafeRawBufferPointer(rebasing: $0[headerSize...]), fingerprint: fingerprint)
        }
        return bytes + sum
    }

    /// Reads the records of `file`: block `b` must hold `count(b)` values, for `b` below `blocks`.
    /// A missing file is an empty scan.
    static func scan(_ file: URL, blocks: Int, count: (Int) -> Int, fingerprint: String) -> Scan {
        var scan = Scan()
        guard let handle = Handle(file) else { return scan }
        defer { handle.close() }
        scan.size = handle.size
        scan.identity = handle.identity
        var offset = 0
        while offset < scan.size {
            guard let head = handle.read(at: offset, count: headerSize), head.count == headerSize else {
                scan.damage.append(Damage(block: nil, offset: offset, why: "a record cut short in its header (torn)"))
                break
            }
            let b = Int(truncatingIfNeeded: le(head, 8)), length = Int(truncatingIfNeeded: le(head, 16))
            guard Array(head.prefix(8)) == magic, b >= 0, b < blocks, length == count(b) * 8 else {
                let why =
                    Array(head.prefix(8)) == magic
                    ? "a record header naming block \(b) of \(length) bytes, which this sweep does not have"
                    : "no record header (an altered byte or another file)"
                scan.damage.append(Damage(block: nil, offset: offset, why: why + "; the rest of the file is not used"))
                break
            }
            guard offset + headerSize + length + digestSize <= scan.size else {
                scan.damage.append(
                    Damage(
                        block: b, offset: offset,
                        why:
                            "its record is cut short: \(scan.size - offset) of \(headerSize + length + digestSize) bytes (torn)"
                    ))
                break
            }
            if let values = handle.read(at: offset, count: headerSize + length + digestSize),
                values.count == headerSize + length + digestSize,
                checks(values, length: length, fingerprint: fingerprint)
            {
                if scan.records[b] == nil { scan.records[b] = offset + headerSize }
                scan.spans.append((offset, headerSize + length + digestSize))
            } else {
                scan.damage.append(
                    Damage(
                        block: b, offset: offset,
                        why: "its checksum does not match its contents and this sweep (altered, or from another sweep)")
                )
            }
            offset += headerSize + length + digestSize
        }
        return scan
    }

    /// Whether a whole record's checksum matches.
    static func checks(_ record: [UInt8], length: Int, fingerprint: String) -> Bool {
        record.withUnsafeBytes { raw in
            let sum = digest(
                header: Array(record.prefix(headerSize)),
                payload: UnsafeRawBufferPointer(rebasing: raw[headerSize..<(headerSize + length)]),
                fingerprint: fingerprint)
            return sum.elementsEqual(record.suffix(digestSize))
        }
    }

    /// The values of the record whose payload starts at `offset`; nil when it is not valid.
    /// Its checksum is checked again unless the file still has the identity `scanned` it had
    /// when a scan checked the record (the file may have changed since).
    static func values(_ file: URL, payloadAt offset: Int, count: Int, fingerprint: String, scanned: Identity?)
        -> [Double]?
    {
        guard let handle = Handle(file) else { return nil }
        defer { handle.close() }
        let start = offset - headerSize, length = count * 8
        guard let record = handle.read(at: start, count: headerSize + length + digestSize),
            record.count == headerSize + length + digestSize, Array(record.prefix(8)) == magic,
            Int(truncatingIfNeeded: le(record, 16)) == length,
            handle.identity == scanned || checks(record, length: length, fingerprint: fingerprint)
        else { return nil }
        return record.withUnsafeBytes { raw in
            (0..<count).map {
                Double(
                    bitPattern: UInt64(
                        littleEndian: raw.loadUnaligned(fromByteOffset: headerSize + $0 * 8, as: UInt64.self)))
            }
        }
    }

    /// The raw bytes of the record whose payload starts at `offset` (copied by a merge).
    static func rawRecord(_ file: URL, payloadAt offset: Int, count: Int) -> [UInt8]? {
        guard let handle = Handle(file) else { return nil }
        defer { handle.close() }
        return handle.read(at: offset - headerSize, count: headerSize + count * 8 + digestSize)
    }

    /// Rewrites `file` with only the valid records of `scan` (through a temporary file and
    /// a rename), so that appending after a torn or altered record leaves a clean file.
    static func compact(_ file: URL, scan: Scan) throws {
        guard let handle = Handle(file) else { return }
        defer { handle.close() }
        let writer = try Writer(temporaryBeside: file)
        for span in scan.spans {
            guard let bytes = handle.read(at: span.start, count: span.length), writer.append(bytes) else {
                writer.discard()
                throw CocoaError(.fileWriteUnknown)
            }
        }
        try writer.finish(as: file)
    }

    /// UInt64 little-endian at `offset` of `bytes`.
    static func le(_ bytes: [UInt8], _ offset: Int) -> UInt64 {
        bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
    }
}
