import Foundation

/// A staff list (one row per employee, as CSV or XLSX has already turned it into a
/// table) read into records, checked whole: every bad cell is reported at once with
/// its row and column, and nothing comes back unless every row is good.
public enum StaffListReader {
    public static func read(_ table: SheetTable, columns: StaffColumns = StaffColumns()) throws(StaffListErrors) -> [StaffRecord] {
        let layout = try StaffListLayout(header: table.header, columns: columns)
        let index = layout.index, others = layout.others
        var failures: [ValidationFailure] = []
        var records: [StaffRecord] = []
        records.reserveCapacity(table.rows.count)
        var seen: [String: Int] = [:]
        for (offset, row) in table.rows.enumerated() {
            var reader = StaffRowReader(row: row, number: table.rowNumbers[offset], header: table.header, index: index)
            let id = reader.required(StaffColumns.employeeId, StaffCellParser.employeeId)
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
