import Foundation
import PlanData

// The printing layer of the command-line tool. Everything plansim prints passes through
// here, so that no ESC, BEL, OSC title sequence, screen-clear, other C0/C1 control or
// bidirectional override from a table cell, a plan string or a scenario reaches the
// terminal raw: ``TerminalText/escaped(_:)`` shows each as a visible escape (`\u{1B}`).
// Line ends stay; a tab becomes a space. Only the progress line (``Progress``), which
// is plansim's own text, writes its carriage return and erase sequence directly.

/// Prints like `Swift.print`, with the text made safe for a terminal. Declared in this
/// module, it shadows the standard library's `print` for every command, including the
/// ones that call it without knowing.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { "\($0)" }.joined(separator: separator)
    Swift.print(TerminalText.escaped(text), terminator: TerminalText.escaped(terminator))
}

/// Where the tool writes text other than through `print`: standard error (messages,
/// warnings, notes) and the few direct writes to standard output.
enum TerminalOutput {
    /// Writes `text` to standard error, made safe for a terminal.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data(TerminalText.escaped(text).utf8))
    }

    /// Writes `text` to standard output unbuffered, made safe for a terminal.
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(TerminalText.escaped(text).utf8))
    }
}
