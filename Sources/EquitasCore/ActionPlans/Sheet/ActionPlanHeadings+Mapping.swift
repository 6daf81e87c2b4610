extension ActionPlanHeadings {
    /// A council's mapping file, as `workforce import` takes one: two columns after a
    /// header row, the sheet's heading then the layout's column it means (`Officer
    /// responsible,Lead officer`) or `ignore`. Every row is checked, each problem named
    /// by its row in the mapping file, and none is used if any is bad.
    public init(mapping table: SheetTable, lenient: Bool) throws(ActionPlanSheetErrors) {
        var mapped: [String: Column?] = [:]
        var failures: [ValidationFailure] = []
        let known = ActionPlanSheet.headers.map { "\"\($0)\"" }.joined(separator: ", ")
        for (offset, row) in table.rows.enumerated() {
            let path = "mapping row \(table.rowNumbers[offset])"
            guard row.count >= 2, !row[0].isBlank, !row[1].isBlank else {
                failures.append(ValidationFailure(path: path, message: "give the sheet's heading, then the Equitas column it means (or \(Self.ignoreWord))"))
                continue
            }
            let heading = row[0].trimmedText
            let meaning = row[1].trimmedText
            if Column.folded(meaning) == Self.ignoreWord {
                mapped[heading] = .some(nil)
            } else if let column = Column.matching(meaning) {
                mapped[heading] = column
            } else {
                failures.append(ValidationFailure(path: path, message: "\"\(meaning)\" is not an Equitas column (use \(known), or \(Self.ignoreWord))"))
                continue
            }
            if let extra = row.dropFirst(2).first(where: { !$0.isBlank }) {
                failures.append(ValidationFailure(path: path, message: "has more than two cells (\"\(extra.trimmedText)\"); give the heading, then the column"))
            }
        }
        guard failures.isEmpty else { throw ActionPlanSheetErrors(failures) }
        self.init(mapped: mapped, lenient: lenient)
    }
}
