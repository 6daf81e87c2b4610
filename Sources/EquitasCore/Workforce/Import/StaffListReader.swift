import Foundation

/// A staff list (one row per employee, as CSV or XLSX has already turned it into a
/// table) read into records, checked whole: every bad cell is reported at once with
/// its row and column, and nothing comes back unless every row is good.
public enum StaffListReader {
    public static func read(_ table: SheetTable, columns: StaffColumns = StaffColumns()) throws(StaffListErrors) -> [StaffRecord] {
        var failures: [ValidationFailure] = []
        var index: [String: Int] = [:]
        for (position, header) in table.header.enumerated() {
            let name = columns.name(for: header)
            guard !name.isEmpty else { continue }
            if index[name] != nil {
                failures.append(ValidationFailure(path: "column \"\(header)\"", message: "more than one column means \(name)"))
            }
            index[name] = position
        }
        for required in [StaffColumns.employeeId, StaffColumns.sex, StaffColumns.fullPay] where index[required] == nil {
            failures.append(ValidationFailure(path: "header", message: "there is no \(required) column (rename one with a mapping file)"))
        }
        let derived = [StaffColumns.ordinaryPay, StaffColumns.bonusInPeriod, StaffColumns.periodDays, StaffColumns.weeklyHours]
        if index[StaffColumns.hourlyPay] == nil, derived.contains(where: { index[$0] == nil }) {
            let missing = derived.filter { index[$0] == nil }.joined(separator: ", ")
            failures.append(ValidationFailure(path: "header", message: "there is no hourly_pay column, nor all of the columns to derive it (missing \(missing))"))
        }
        guard failures.isEmpty else { throw StaffListErrors(failures) }

        let others = index.filter { !StaffColumns.known.contains($0.key) }.sorted { $0.value < $1.value }
        var records: [StaffRecord] = []
        records.reserveCapacity(table.rows.count)
        var seen: [String: Int] = [:]
        for (offset, row) in table.rows.enumerated() {
            var reader = StaffRowReader(row: row, number: table.rowNumbers[offset], header: table.header, index: index)
            let id = reader.required(StaffColumns.employeeId) { $0.isBlank ? nil : $0.displayText.trimmingCharacters(in: .whitespaces) }
            if let id {
                if let first = seen[id] { reader.fail(StaffColumns.employeeId, "\"\(id)\" is already on row \(first)") } else { seen[id] = reader.number }
            }
            let fullPay = reader.required(StaffColumns.fullPay, StaffCellParser.yesNo, expected: "yes or no")
            let pay = reader.pay()
            let bonus = reader.optionalAmount(StaffColumns.bonusPay) ?? 0
            var other: [String: CharacteristicValue] = [:]
            for (name, position) in others { other[name] = StaffCellParser.characteristic(reader.cell(position)) }
            failures += reader.failures
            guard reader.failures.isEmpty, let id, let fullPay, let pay else { continue }
            records.append(
                StaffRecord(
                    employeeId: id, sex: reader.characteristic(StaffColumns.sex), ethnicity: reader.characteristic(StaffColumns.ethnicity),
                    disability: reader.characteristic(StaffColumns.disability), grade: reader.text(StaffColumns.grade), fullPay: fullPay,
                    pay: pay, bonusPay: bonus, other: other))
        }
        guard failures.isEmpty else { throw StaffListErrors(failures) }
        return records
    }
}
