import Foundation
public import PlanData
import Reports

/// Where `forecast` writes, a chunk of series at a time, so memory holds one chunk and
/// never the whole output: the text for standard output goes to a spool (an unlinked
/// temporary file) and is handed to `output` only once every series has been forecast, so
/// a refusal part-way prints nothing; with `--out`, forecast.json and forecast.csv are
/// streamed into temporary files in the folder and renamed into place at the end
/// (``StreamedFile``). The front end says where text goes (`output`) and how the notes
/// are said (`notes`, called once with every series' notes when the output is JSON).
public final class ForecastOutput {
    let json: Bool
    let levels: [Double]
    let language: Language
    let output: (String) -> Void
    let notesSink: ([Phrase]) -> Void
    /// The folder of `--out`, and whether this run created it (then removed on failure).
    let folder: URL?
    var createdFolder = false
    let spool: FileHandle
    var jsonFile: StreamedFile?
    var csvFile: StreamedFile?
    var stream = JSONStream()
    var fileStream = JSONStream()
    var notes: [Phrase] = []
    var blocks = 0

    /// - Parameters:
    ///   - output: receives standard output's text, in whole lines, at ``finish()``.
    ///   - notes: receives the notes when `json` (the text tables carry their own), at ``finish()``.
    /// - Throws: ``InputIssue`` when the spool or the `out` folder cannot be made.
    public init(
        json: Bool, out: String?, levels: [Double], language: Language, output: @escaping (String) -> Void,
        notes: @escaping ([Phrase]) -> Void
    ) throws {
        self.json = json
        self.levels = levels
        self.language = language
        self.output = output
        notesSink = notes
        folder = out.map { URL(fileURLWithPath: $0) }
        spool = try Self.anonymousFile()
        if json { try spooled(stream.begin(ForecastRendering.header, arrayKey: "series")) }
        guard let folder else { return }
        createdFolder = !FileManager.default.fileExists(atPath: folder.path)
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw InputIssue(
                file: folder.path, message: Phrase(zh: "无法创建输出目录", en: "cannot create the output directory"),
                help: Phrase(zh: "请用 `--out 目录` 指定一个可写的目录", en: "choose a directory you can write to with `--out DIR`"))
        }
        try writing {
            jsonFile = try StreamedFile(
                folder.appendingPathComponent("forecast.json"),
                header: Data(fileStream.begin(ForecastRendering.header, arrayKey: "series").utf8))
            csvFile = try StreamedFile(
                folder.appendingPathComponent("forecast.csv"),
                header: Data((CSVWriter.byteOrderMark + CSVWriter.record(ForecastRendering.csvHeader(levels))).utf8))
        }
    }

    /// Adds the forecasts of one chunk of series.
    public func add(_ results: [SeriesForecast]) throws {
        let elements = results.map { r in
            if json { notes += r.notes }
            return ForecastRendering.seriesJSON(r, levels: levels)
        }
        if json {
            try spooled(elements.map { stream.element($0) }.joined())
        } else {
            try spooled(
                (blocks > 0 ? "\n\n" : "") + ForecastRendering.text(results, levels: levels, language: language))
        }
        blocks += results.count
        guard jsonFile != nil else { return }
        let text = elements.map { fileStream.element($0) }.joined()
        let rows = ForecastRendering.csvRows(results, levels: levels).map(CSVWriter.record).joined()
        try writing {
            try jsonFile?.append(Data(text.utf8))
            try csvFile?.append(Data(rows.utf8))
        }
    }

    /// Puts the files in place, then hands over the notes (with `--json`) and the spooled text.
    public func finish() throws {
        try writing {
            try jsonFile?.append(Data((fileStream.end() + "\n").utf8))
            try jsonFile?.finish()
            try csvFile?.finish()
        }
        if json {
            try spooled(stream.end())
            if !notes.isEmpty { notesSink(notes) }
        }
        try spool.seek(toOffset: 0)
        // Whole lines at a time, so no UTF-8 character is split between two writes.
        var pending = Data()
        while let chunk = try spool.read(upToCount: 1 << 20), !chunk.isEmpty {
            pending += chunk
            guard let cut = pending.lastIndex(of: UInt8(ascii: "\n")) else { continue }
            output(String(decoding: pending[..<(cut + 1)], as: UTF8.self))
            pending = Data(pending[(cut + 1)...])
        }
        output(String(decoding: pending, as: UTF8.self) + "\n")
    }

    /// Appends `text` to the spool.
    func spooled(_ text: String) throws {
        do { try spool.write(contentsOf: Data(text.utf8)) } catch {
            throw AtomicWriter.writeIssue(Self.code(of: error), folder: NSTemporaryDirectory())
        }
    }

    /// Runs `body`, which writes into the `--out` folder; on failure removes what was
    /// written (the folder too when this run created it) and says why, naming the folder.
    func writing(_ body: () throws -> Void) throws {
        do { try body() } catch {
            jsonFile?.abandon()
            csvFile?.abandon()
            if let folder, createdFolder { try? FileManager.default.removeItem(at: folder) }
            throw AtomicWriter.writeIssue(Self.code(of: error), folder: folder?.path ?? "")
        }
    }

    /// The `errno` behind a failed write (Foundation wraps it in a Cocoa error).
    static func code(of error: any Error) -> Int32 {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return Int32(ns.code) }
        if let under = ns.userInfo[NSUnderlyingErrorKey] as? NSError, under.domain == NSPOSIXErrorDomain {
            return Int32(under.code)
        }
        switch CocoaError.Code(rawValue: ns.code) {
        case .fileWriteOutOfSpace: return ENOSPC
        case .fileWriteNoPermission: return EACCES
        case .fileWriteVolumeReadOnly: return EROFS
        default: return EIO
        }
    }

    /// A temporary file already unlinked: it vanishes with the process, whatever happens.
    static func anonymousFile() throws -> FileHandle {
        let path = NSTemporaryDirectory() + "/.plansim-forecast-\(getpid())-\(UUID().uuidString)"
        let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw AtomicWriter.writeIssue(errno, folder: NSTemporaryDirectory()) }
        unlink(path)
        return FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }
}
