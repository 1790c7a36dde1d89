public import Foundation

/// Where a finished block of a sweep was found: a record of a folder's `blocks.bin`
/// (folder format 2), or a block file of a format-1 folder's `blocks/`.
public struct BlockSource: Sendable {
    /// The file holding the block.
    public let file: URL
    /// Where the block's values start in `file`; nil for a format-1 block file.
    let offset: Int?
    /// The file as the inventory scanned it (format 2).
    var scanned: BlockLog.Identity? = nil

    /// The file's path (MergeCheck counts a folder's blocks by it).
    public var path: String { file.path }

    /// The block's `count` values, checked again; nil when the file no longer holds them.
    func values(count: Int, fingerprint: String) -> [Double]? {
        guard let offset else {
            guard case .valid(let values) = BlockFile.read(file, count: count, fingerprint: fingerprint) else {
                return nil
            }
            return values
        }
        return BlockLog.values(file, payloadAt: offset, count: count, fingerprint: fingerprint, scanned: scanned)
    }

    /// The block as a record of `blocks.bin` (copied as it is from a format-2 file, checked).
    func record(block b: Int, count: Int, fingerprint: String) -> [UInt8]? {
        guard let offset else {
            return values(count: count, fingerprint: fingerprint).map {
                BlockLog.record(block: b, $0, fingerprint: fingerprint)
            }
        }
        guard let bytes = BlockLog.rawRecord(file, payloadAt: offset, count: count),
            bytes.count == BlockLog.headerSize + count * 8 + BlockLog.digestSize,
            BlockLog.le(bytes, 8) == UInt64(b),
            BlockLog.checks(bytes, length: count * 8, fingerprint: fingerprint)
        else { return nil }
        return bytes
    }
}
