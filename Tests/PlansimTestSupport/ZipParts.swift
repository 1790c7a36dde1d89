public import Foundation
import ZIPFoundation

extension TableFiles {
    /// Writes `parts` (entry name, text) as a new deflated ZIP archive at `url`: a
    /// workbook from ``xlsxParts(_:)``, or a hostile one a test builds by hand.
    public static func zip(_ parts: [(String, String)], to url: URL) throws {
        let archive = try Archive(url: url, accessMode: .create)
        for (name, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) {
                position, size in data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }
}
