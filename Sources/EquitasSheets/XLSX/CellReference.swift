/// A1-style cell references: column letters A…XFD and a 1-based row number.
enum CellReference {
    /// "A" for column 0, "Z" for 25, "AA" for 26.
    static func columnLetters(_ index: Int) -> String {
        var letters = ""
        var number = index + 1
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters
    }

    static func reference(column: Int, row: Int) -> String {
        columnLetters(column) + String(row)
    }

    /// The zero-based column and the row of "AA12"; nil unless the text is letters then digits.
    static func parse(_ reference: String) -> (column: Int, row: Int)? {
        let letters = reference.prefix { ("A"..."Z").contains($0) || ("a"..."z").contains($0) }
        let digits = reference.dropFirst(letters.count)
        guard (1...3).contains(letters.count), !digits.isEmpty, digits.count <= 7,
              digits.allSatisfy({ ("0"..."9").contains($0) }), let row = Int(digits), row >= 1 else { return nil }
        let column = letters.uppercased().unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
        return (column - 1, row)
    }
}
