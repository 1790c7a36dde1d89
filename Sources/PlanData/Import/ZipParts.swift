/// The parts of a zip archive (an XLSX workbook) read from untrusted bytes: the end
/// record and central directory are checked before anything is trusted — every offset and
/// size inside the file, local headers where the directory says, no part named twice,
/// no ZIP64, no encryption — and each part is inflated with ``Inflate`` to at most
/// `limit` bytes and checked against its recorded size and CRC-32.
struct ZipParts {
    enum Failure: Error, Equatable {
        /// Not a zip archive whose directory reads (offsets, sizes or signatures wrong).
        case notZip
        /// The part is encrypted.
        case encrypted
        /// The part's data is damaged (its inflation fails, or its size or CRC-32 differ).
        case damaged(String)
        /// The part inflates to more than the limit.
        case tooLarge(String)
    }

    struct Entry {
        let method: Int, flags: Int, crc: UInt32, compressedSize: Int, size: Int, dataStart: Int
    }

    let bytes: [UInt8]
    /// The parts by name, in the directory's order.
    private(set) var entries: [String: Entry] = [:]
    /// The most parts an archive may list (an XLSX workbook has a dozen or so).
    static let maxEntries = 10_000

    /// - Throws: ``Failure/notZip`` when the directory does not check.
    init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        let n = bytes.count
        // The end-of-central-directory record: 22 bytes and a comment of up to 65,535.
        var end = -1
        var i = n - 22
        while i >= max(0, n - 22 - 65_535) {
            if u32(i) == 0x0605_4B50 && i + 22 + u16(i + 20) == n {
                end = i
                break
            }
            i -= 1
        }
        guard end >= 0, u16(end + 4) == 0, u16(end + 6) == 0 else { throw .notZip }
        let count = u16(end + 10), directorySize = Int(u32(end + 12)), directoryStart = Int(u32(end + 16))
        guard count == u16(end + 8), count <= Self.maxEntries, directoryStart <= end,
            directorySize <= end - directoryStart
        else { throw .notZip }
        var p = directoryStart
        for _ in 0..<count {
            guard p + 46 <= directoryStart + directorySize, u32(p) == 0x0201_4B50 else { throw .notZip }
            let nameLength = u16(p + 28), extraLength = u16(p + 30), commentLength = u16(p + 32)
            let next = p + 46 + nameLength + extraLength + commentLength
            guard next <= directoryStart + directorySize else { throw .notZip }
            let compressed = Int(u32(p + 20)), size = Int(u32(p + 24)), local = Int(u32(p + 42))
            // 0xFFFFFFFF marks ZIP64 sizes: a workbook plansim reads (≤ 64 MB) never needs them.
            guard compressed != 0xFFFF_FFFF, size != 0xFFFF_FFFF, local != 0xFFFF_FFFF else { throw .notZip }
            guard local + 30 <= directoryStart, u32(local) == 0x0403_4B50 else { throw .notZip }
            let dataStart = local + 30 + u16(local + 26) + u16(local + 28)
            guard dataStart <= directoryStart, compressed <= directoryStart - dataStart else { throw .notZip }
            let name = String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            guard entries[name] == nil else { throw .notZip }  // a second part of one name: which one is meant?
            entries[name] = Entry(
                method: u16(p + 10), flags: u16(p + 8), crc: UInt32(u32(p + 16)), compressedSize: compressed,
                size: size, dataStart: dataStart)
            p = next
        }
    }

    /// Whether the archive lists a part `name`.
    func has(_ name: String) -> Bool { entries[name] != nil }

    /// The inflated bytes of part `name` (nil when there is none), at most `limit` of them.
    func part(_ name: String, limit: Int) throws(Failure) -> [UInt8]? {
        guard let e = entries[name] else { return nil }
        guard e.flags & 1 == 0 else { throw .encrypted }
        guard e.size <= limit else { throw .tooLarge(name) }
        let data = bytes[e.dataStart..<(e.dataStart + e.compressedSize)]
        let out: [UInt8]
        switch e.method {
        case 0: out = Array(data)
        case 8:
            do { out = try Inflate.inflate(data, limit: limit, expected: e.size) } catch {
                throw error == .tooLarge ? .tooLarge(name) : .damaged(name)
            }
        default: throw .damaged(name)
        }
        guard out.count == e.size, CRC32.checksum(out) == e.crc else { throw .damaged(name) }
        return out
    }

    private func u16(_ at: Int) -> Int {
        guard at >= 0, at + 2 <= bytes.count else { return -1 }
        return Int(bytes[at]) | Int(bytes[at + 1]) << 8
    }

    private func u32(_ at: Int) -> Int {
        guard at >= 0, at + 4 <= bytes.count else { return -1 }
        return Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
    }
}

/// The CRC-32 of zip (and PNG): polynomial 0xEDB88320, reflected.
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}
