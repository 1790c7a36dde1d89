import Foundation
public import LinearAlgebra

/// Reading one cell as a number, with the message a person needs when it is not one.
public enum NumericCell {
    /// The cell's value to double-double precision (decimal digits are kept beyond
    /// double's 16; full-width digits, point and signs read as ASCII), or an ``InputIssue``
    /// pointing at the cell.
    public static func parse(_ field: CSVDocument.Field, file: String, column name: String) -> Result<
        DoubleDouble, InputIssue
    > {
        let text = field.text.trimmingCharacters(in: .whitespaces)
        func issue(_ message: Phrase, _ help: Phrase) -> Result<DoubleDouble, InputIssue> {
            .failure(
                InputIssue(
                    file: file, line: field.line, column: field.column, field: name, message: message, help: help))
        }
        if text.isEmpty {
            return issue(
                Phrase(zh: "单元格为空", en: "empty cell"),
                Phrase(zh: "请填入数字，或删除该行", en: "fill in a number, or remove the row"))
        }
        let lowered = text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "+-"))
        if ["nan", "inf", "infinity", "#n/a", "#div/0!", "#value!", "na", "n/a"].contains(lowered) {
            return issue(
                Phrase(zh: "`\(text)` 不是有限的数", en: "`\(text)` is not a finite number"),
                Phrase(zh: "请换成实测值，或删除该行", en: "replace it with a measured value, or remove the row"))
        }
        if let value = DoubleDouble(parsing: text) { return .success(value) }
        // Full-width digits and signs (`４５．６`) read as their ASCII forms, as a plan table's do.
        let ascii = TableValue.normalise(text)
        if ascii != text, let value = DoubleDouble(parsing: ascii) { return .success(value) }
        if text.contains(",") || text.contains("，") {
            return issue(
                Phrase(zh: "`\(text)` 不是数字", en: "`\(text)` is not a number"),
                Phrase(
                    zh: "数字请勿用千位分隔符，小数点用 `.`",
                    en: "write numbers without thousands separators, with `.` as the decimal point"))
        }
        return issue(
            Phrase(zh: "`\(text)` 不是数字", en: "`\(text)` is not a number"),
            Phrase(zh: "请写十进制数，如 `12.5` 或 `1.2e3`", en: "write a decimal number such as `12.5` or `1.2e3`"))
    }
}
