public import Foundation
public import PlanData

/// Writes report files so that a crash never leaves half a file: each file goes to a
/// temporary name in the same directory and is renamed over the final name.
public enum AtomicWriter {
    /// Writes every `(name, contents)` into `directory` (created if needed). Names are
    /// sanitized to a single path component, so nothing lands outside `directory`.
    ///
    /// - Throws: ``InputIssue`` naming the directory when it cannot be created or written
    ///   (``writeIssue(_:folder:)``); a folder it created is removed again, as are the
    ///   files it staged.
    public static func write(_ files: [(name: String, contents: Data)], into directory: URL) throws(InputIssue) {
        let fm = FileManager.default
        let existed = fm.fileExists(atPath: directory.path)
        do {
            try fm.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw InputIssue(
                file: directory.path, message: Phrase(zh: "无法创建输出目录", en: "cannot create the output directory"),
                help: Phrase(zh: "请用 `--out 目录` 指定一个可写的目录", en: "choose a directory you can write to with `--out DIR`"))
        }
        var staged: [(URL, URL)] = []
        for (name, contents) in files {
            let final = directory.appendingPathComponent(sanitize(name))
            let temporary = directory.appendingPathComponent(
                ".\(sanitize(name)).tmp-\(ProcessInfo.processInfo.processIdentifier)")
            let failure = writeFile(contents, to: temporary.path)
            guard failure == 0 else {
                for (t, _) in staged { try? fm.removeItem(at: t) }
                try? fm.removeItem(at: temporary)
                if !existed { try? fm.removeItem(at: directory) }
                throw writeIssue(failure, folder: directory.path)
            }
            staged.append((temporary, final))
        }
        for (temporary, final) in staged {
            if rename(temporary.path, final.path) != 0 {
                throw InputIssue(
                    file: final.path, message: Phrase(zh: "无法替换该文件", en: "cannot replace the file"),
                    help: Phrase(zh: "请检查该目录的权限", en: "check the directory's permissions"))
            }
        }
    }

    /// Writes `data` to a new file at `path`; 0, or the `errno` of the failed call (a
    /// full disk is `ENOSPC`, a full quota `EDQUOT`, which a write of a small file only
    /// reports at `close`).
    static func writeFile(_ data: Data, to path: String) -> Int32 {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return errno }
        var failure: Int32 = 0
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let n = Foundation.write(fd, base + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += n
            }
        }
        if close(fd) != 0 && failure == 0 { failure = errno }
        return failure
    }

    /// What a failed write into `folder` (the folder the user asked for) says: a full
    /// disk as such, a refused permission as such, anything else by the system's words.
    public static func writeIssue(_ code: Int32, folder: String) -> InputIssue {
        switch code {
        case ENOSPC, EDQUOT:
            return InputIssue(
                file: folder,
                message: Phrase(
                    zh: "磁盘已满，无法写入输出目录（ENOSPC）", en: "the disk is full; cannot write into the output directory (ENOSPC)"
                ),
                help: Phrase(
                    zh: "请腾出磁盘空间，或用 `--out 目录` 另选一个磁盘上的目录；未写入任何文件",
                    en:
                        "free some space on the disk, or choose a folder on another disk with `--out DIR`; nothing was written"
                ))
        case EACCES, EPERM, EROFS:
            return InputIssue(
                file: folder, message: Phrase(zh: "无权写入输出目录", en: "no permission to write into the output directory"),
                help: Phrase(
                    zh: "请检查其权限，或用 `--out 目录` 另选一个", en: "check its permissions, or choose another with `--out DIR`"))
        default:
            let reason = String(cString: strerror(code))
            return InputIssue(
                file: folder,
                message: Phrase(zh: "无法写入输出目录（`\(reason)`）", en: "cannot write into the output directory (\(reason))"),
                help: Phrase(zh: "请用 `--out 目录` 另选一个目录", en: "choose another folder with `--out DIR`"))
        }
    }

    /// A name safe as one path component: letters, digits, CJK and `-_.`; anything else
    /// becomes `_`; never empty, `.` or `..`.
    public static func sanitize(_ name: String) -> String {
        var out = String(
            name.unicodeScalars.map { s -> Character in
                let ok = CharacterSet.alphanumerics.contains(s) || "-_.".unicodeScalars.contains(s)
                return ok ? Character(s) : "_"
            })
        while out.hasPrefix(".") { out = "_" + out.dropFirst() }
        return out.isEmpty ? "_" : out
    }
}
