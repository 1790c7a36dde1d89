public import Foundation

/// Writes a file the user named (a scenario reformatted, a plan exported, a draft) through a
/// temporary name and a rename, so a crash never leaves half a file. (Report folders are
/// written by `AtomicWriter` in Reports.)
public enum AtomicFile {
    static let cannotWrite = Phrase(zh: "无法写入该文件", en: "cannot write the file")

    /// Replaces the content of the scenario file `path` as a planner expects: through a
    /// symbolic link the target is rewritten (the link stays); the file keeps its
    /// permissions; a file with hard links is rewritten in place so every name still
    /// shares it. Otherwise a temporary file and a rename, so a crash never leaves half a file.
    public static func replace(_ path: String, with data: Data) throws(InputIssue) {
        let target = InputFile.realPath(path) ?? path
        var info = stat()
        guard stat(target, &info) == 0 else {
            throw InputIssue(
                file: path, message: Phrase(zh: "无法读取该文件的属性", en: "cannot read the file's attributes"),
                help: Phrase(zh: "请检查路径", en: "check the path"))
        }
        if info.st_nlink > 1 {
            guard let handle = FileHandle(forWritingAtPath: target) else {
                throw InputIssue(
                    file: path, message: Self.cannotWrite, help: Phrase(zh: "请检查其权限", en: "check its permissions"))
            }
            defer { try? handle.close() }
            do {
                try handle.truncate(atOffset: 0)
                try handle.write(contentsOf: data)
            } catch {
                throw InputIssue(
                    file: path, message: Self.cannotWrite,
                    help: Phrase(zh: "请检查磁盘及其权限", en: "check the disk and its permissions"))
            }
            return
        }
        try write(data, to: URL(fileURLWithPath: target), mode: info.st_mode & 0o7777)
    }

    /// Refuses, before any work is done, a new file whose folder cannot exist: the nearest
    /// existing ancestor of `path`'s folder must be a directory (a missing folder is made on write).
    public static func checkFolder(of path: String) throws(InputIssue) {
        var folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        while !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
            folder.pathComponents.count > 1
        {
            folder = folder.deletingLastPathComponent()
        }
        guard isDirectory.boolValue else {
            throw InputIssue(
                file: path,
                message: Phrase(
                    zh: "\(folder.path) 是文件而不是目录，无法在其中写入",
                    en: "\(folder.path) is a file, not a folder: cannot write inside it"),
                help: Phrase(zh: "请换一个目录", en: "choose another folder"))
        }
    }

    /// Writes `data` to `url` through a temporary file and a rename; the folder is made
    /// (with its parents) when it does not exist yet.
    public static func write(_ data: Data, to url: URL, mode: mode_t? = nil) throws(InputIssue) {
        let folder = url.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: folder.path) {
            do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
                throw InputIssue(
                    file: url.path,
                    message: Phrase(zh: "无法创建目录 \(folder.path)", en: "cannot create the folder \(folder.path)"),
                    help: Phrase(zh: "请检查上级目录的权限", en: "check the parent folder's permissions"))
            }
        }
        let temporary = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data),
            mode.map({ chmod(temporary.path, $0) == 0 }) ?? true,
            rename(temporary.path, url.path) == 0
        else {
            try? FileManager.default.removeItem(at: temporary)
            throw InputIssue(
                file: url.path, message: Self.cannotWrite,
                help: Phrase(zh: "请检查该目录的权限", en: "check the directory's permissions"))
        }
    }
}
