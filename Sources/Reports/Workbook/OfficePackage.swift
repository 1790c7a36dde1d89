import Foundation
import PlanData
import ZIPFoundation

/// An Office Open XML package (XLSX, DOCX): its parts deflated into a ZIP archive by
/// ZIPFoundation, every entry dated 1980-01-01 so the same report gives the same bytes.
enum OfficePackage {
    static let epoch = Date(timeIntervalSince1970: 315_532_800)

    /// The archive of `parts` (path inside the package, contents), in the order given.
    static func zip(_ parts: [(String, Data)]) throws(InputIssue) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, contents) in parts {
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(contents.count), modificationDate: epoch,
                    compressionMethod: .deflate
                ) { position, size in
                    contents.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
            return data
        } catch {
            throw InputIssue(
                file: "ZIP",
                message: Phrase(zh: "无法生成 Office 文件包：`\(error)`", en: "cannot build the Office package: \(error)"),
                help: Phrase(zh: "请把这一问题作为 plansim 的缺陷报告", en: "report this as a plansim bug"))
        }
    }
}
