extension ActionPlanSheetReader {
    /// Reads every row, gathering each item's rows. The content is only meaningful
    /// when no failure was noted.
    mutating func readRows() -> PlanContent {
        let rows = self.rows
        if rows.isEmpty {
            fail("rows", "the sheet has no rows below its header")
        }
        var groups: [ActionPlanSheetItemRows] = []
        var groupIndex: [Int: Int] = [:]
        var previousNumber: Int?
        for row in rows {
            checkUnheadedCells(row)
            // In a council's own sheet, a row with no number and no item columns is
            // another action of the item above (a merged cell reads back blank).
            let continues = headings.lenient && previousNumber != nil && Column.itemColumns.allSatisfy { isBlank($0, row) }
            let number = continues ? previousNumber : readNumber(row)
            let action = readAction(row)
            guard let number else {
                // Still check the item's cells, though the row belongs to no item; the
                // next row is compared with the last good one, so one bad number gives
                // one failure, not a cascade.
                _ = readItem(number: 1, row)
                continue
            }
            let index: Int
            if let existing = groupIndex[number] {
                index = existing
                if previousNumber != number {
                    fail(.number, row, "item \(number) also has row \(groups[index].lastRow) above; keep an item's rows together")
                } else if !continues {
                    checkRepeated(groups[index], row)
                }
                groups[index].rowCount += 1
                groups[index].lastRow = row.number
            } else {
                let (item, repeated) = readItem(number: number, row)
                index = groups.count
                groupIndex[number] = index
                groups.append(ActionPlanSheetItemRows(number: number, firstRow: row.number, item: item, repeated: repeated))
            }
            switch action {
            case nil: groups[index].rowsWithoutAction.append(row)
            case .some(let read?): groups[index].actions.append(read)
            case .some(nil): break // its bad cells are already noted
            }
            previousNumber = number
        }
        for group in groups where group.rowCount > 1 {
            for row in group.rowsWithoutAction {
                fail(.action, row, "item \(group.number) has other rows, so this row needs an action")
            }
        }
        let items = groups.compactMap { group in group.item.map { PlanContent.Item(item: $0, actions: group.actions) } }
        return PlanContent(items: items.sorted { $0.item.number < $1.item.number })
    }

    /// The item number: a whole number 1 or more, typed as text or as a number.
    mutating func readNumber(_ row: Row) -> Int? {
        let cell = cell(.number, row)
        guard !cell.isBlank else {
            fail(.number, row, "must not be blank")
            return nil
        }
        guard let number = cell.wholeNumber ?? Self.prefixedNumber(cell.trimmedText), (1...Self.largestNumber).contains(number) else {
            fail(.number, row, "\"\(cell.trimmedText)\" is not an item number (use a whole number, 1 or more)")
            return nil
        }
        return number
    }

    /// "R7", "Rec 7", "Rec. 7", "Recommendation 7", "7." — as councils number their
    /// recommendations; nil for anything else.
    static func prefixedNumber(_ text: String) -> Int? {
        var rest = Substring(text.lowercased())
        for prefix in ["recommendation", "rec.", "rec", "r"] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            break
        }
        rest = rest.drop { $0 == " " }
        if rest.hasSuffix(".") { rest = rest.dropLast() }
        guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(rest)
    }

    /// Far more than any plan holds; stops a stray amount being taken for an item.
    static let largestNumber = 99_999

    /// A later row of an item must say what its first row says, or the sheet would
    /// hold two versions of the recommendation and the import would pick one silently.
    mutating func checkRepeated(_ group: ActionPlanSheetItemRows, _ row: Row) {
        let repeated = repeatedValues(row)
        for column in Column.itemColumns where repeated[column] != group.repeated[column] {
            fail(column, row, "differs from row \(group.firstRow), the first row of item \(group.number) (an item's rows must agree)")
        }
    }
}
