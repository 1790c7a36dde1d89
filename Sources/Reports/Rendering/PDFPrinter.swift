public import Foundation
public import PlanData

/// Prints the HTML briefing to an A4 PDF with headless Chromium, where it is installed.
/// The page's own print CSS (A4 portrait, 12 mm margins) sets the layout.
public enum PDFPrinter {
    /// The command that installs what printing needs on Debian or Ubuntu.
    public static let installCommand = "apt-get install -y chromium fonts-wqy-microhei"

    /// The first Chromium on PATH (`chromium`, `chromium-browser`, `google-chrome`), or nil.
    public static func chromium() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for dir in path.split(separator: ":") {
                let candidate = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// The refusal when no Chromium is installed: what is missing and the command that installs it.
    public static func missing(_ l: Language) -> InputIssue {
        InputIssue(
            file: "--format", field: "pdf",
            message: Phrase(
                zh: "生成PDF需要无头Chromium，本机未安装", en: "PDF output needs headless Chromium, which is not installed"),
            help: Phrase(
                zh: "安装：`\(installCommand)`；或改用 `--format html`，在浏览器中打印为PDF",
                en: "install it with `\(installCommand)`, or use --format html and print the page from a browser"))
    }

    /// The PDF of `html`; temporary files are removed whatever happens.
    ///
    /// - Throws: ``InputIssue`` when Chromium is missing, fails or takes over two minutes.
    public static func pdf(html: String, language l: Language) throws(InputIssue) -> Data {
        guard let chromium = chromium() else { throw missing(l) }
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent(
            "plansim-pdf-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? fm.removeItem(at: work) }
        let page = work.appendingPathComponent("briefing.html"), out = work.appendingPathComponent("briefing.pdf")
        do {
            try fm.createDirectory(at: work, withIntermediateDirectories: true)
            try Data(html.utf8).write(to: page)
        } catch {
            throw InputIssue(
                file: work.path, message: Phrase(zh: "无法写入打印用的临时文件", en: "cannot write a temporary file for printing"),
                help: Phrase(zh: "请检查临时目录（TMPDIR）是否可写", en: "check that the temporary directory is writable (TMPDIR)"))
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: chromium)
        p.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=\(work.appendingPathComponent("profile").path)",
            "--print-to-pdf=\(out.path)", page.absoluteString,
        ]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { throw missing(l) }
        let deadline = Date().addingTimeInterval(120)
        while p.isRunning && Date() < deadline { usleep(50_000) }
        if p.isRunning {
            p.terminate()
            p.waitUntilExit()
        }
        guard p.terminationStatus == 0, let data = fm.contents(atPath: out.path), data.starts(with: Array("%PDF".utf8))
        else {
            throw InputIssue(
                file: chromium,
                message: Phrase(zh: "Chromium 未能把简报打印为 PDF", en: "Chromium could not print the briefing to PDF"),
                help: Phrase(
                    zh: "请检查 `\(chromium) --headless --print-to-pdf=x.pdf about:blank` 能否运行；或改用 --format html",
                    en:
                        "check that `\(chromium) --headless --print-to-pdf=x.pdf about:blank` works; or use --format html"
                ))
        }
        return data
    }
}
