/// Terminal display width of text (East Asian Wide and Fullwidth characters count 2).
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width($1) }
    }

    static func width(_ s: Unicode.Scalar) -> Int {
        switch s.value {
        case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return 2
        default: return 1
        }
    }

    /// `text` padded with spaces to `width` display cells.
    public static func pad(_ text: String, to width: Int, left: Bool) -> String {
        let fill = String(repeating: " ", count: max(0, width - of(text)))
        return left ? text + fill : fill + text
    }
}
