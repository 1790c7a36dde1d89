public import Foundation
public import PlanData

/// Writes report files so that a crash never leaves half a file: each file goes to a
/// temporary name in the same directory and is renamed over the final name.
public enum AtomicWriter {
    /// Writes every `(name, contents)` into `directory` (created if needed). Names are
    /// sanitized to a single path component, so nothing lands outside `directory`.
    ///
    /// - Throws: ``InputIssue`` naming the directory when it cannot be created or written.
    public static func write(_ files: [(name: String, contents: Data)], into directory: URL) throws(InputIssue) {
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw InputIssue(file: directory.path, message: Phrase(zh: "无法创建输出目录", en: "cannot create the output directory"),
                             help: Phrase(zh: "请用 `--out 目录` 指定一个可写的目录", en: "choose a directory you can write to with `--out DIR`"))
        }
        var staged: [(URL, URL)] = []
        for (name, contents) in files {
            let final = directory.appendingPathComponent(sanitize(name))
            let temporary = directory.appendingPathComponent(".\(sanitize(name)).tmp-\(ProcessInfo.processInfo.processIdentifier)")
            guard fm.createFile(atPath: temporary.path, contents: contents) else {
                for (t, _) in staged { try? fm.removeItem(at: t) }
                throw InputIssue(file: directory.path, message: Phrase(zh: "无法写入输出目录", en: "cannot write into the output directory"),
                                 help: Phrase(zh: "请检查其权限，或用 `--out 目录` 另选一个", en: "check its permissions, or choose another with `--out DIR`"))
            }
            staged.append((temporary, final))
        }
        for (temporary, final) in staged {
            if rename(temporary.path, final.path) != 0 {
                throw InputIssue(file: final.path, message: Phrase(zh: "无法替换该文件", en: "cannot replace the file"),
                                 help: Phrase(zh: "请检查该目录的权限", en: "check the directory's permissions"))
            }
        }
    }

    /// A name safe as one path component: letters, digits, CJK and `-_.`; anything else
    /// becomes `_`; never empty, `.` or `..`.
    public static func sanitize(_ name: String) -> String {
        var out = String(name.unicodeScalars.map { s -> Character in
            let ok = CharacterSet.alphanumerics.contains(s) || "-_.".unicodeScalars.contains(s)
            return ok ? Character(s) : "_"
        })
        while out.hasPrefix(".") { out = "_" + out.dropFirst() }
        return out.isEmpty ? "_" : out
    }
}
