import Foundation

/// One row of a staff list, read cell by cell, collecting what is wrong with it.
struct StaffRowReader {
    let row: [SheetCell]
    let number: Int
    let header: [String]
    let index: [String: Int]
    private(set) var failures: [ValidationFailure] = []

    init(row: [SheetCell], number: Int, header: [String], index: [String: Int]) {
        self.row = row
        self.number = number
        self.header = header
        self.index = index
    }

    func cell(_ position: Int) -> SheetCell { position < row.count ? row[position] : .empty }

    func cell(named name: String) -> SheetCell { index[name].map(cell) ?? .empty }

    mutating func fail(_ name: String, _ message: String) {
        let column = index[name].map { header[$0] } ?? name
        failures.append(ValidationFailure(path: "row \(number), column \"\(column)\"", message: message))
    }

    mutating func required<T>(_ name: String, _ parse: (SheetCell) -> T?, expected: String? = nil) -> T? {
        let value = cell(named: name)
        if value.isBlank {
            fail(name, "is empty")
            return nil
        }
        guard let parsed = parse(value) else {
            fail(name, "\"\(value.displayText)\" is not \(expected ?? "readable")")
            return nil
        }
        return parsed
    }

    mutating func optionalAmount(_ name: String) -> Decimal? {
        let value = cell(named: name)
        guard !value.isBlank else { return nil }
        guard let amount = StaffCellParser.amount(value) else {
            fail(name, "\"\(value.displayText)\" is not an amount of zero or more")
            return nil
        }
        return amount
    }

    func characteristic(_ name: String) -> CharacteristicValue { StaffCellParser.characteristic(cell(named: name)) }

    func text(_ name: String) -> String? { StaffCellParser.text(cell(named: name)) }

    /// A given hourly rate, or the four inputs the regulations derive one from.
    mutating func pay() -> HourlyPayInput? {
        if !cell(named: StaffColumns.hourlyPay).isBlank {
            return required(StaffColumns.hourlyPay, StaffCellParser.amount, expected: "an amount of zero or more").map { .rate($0) }
        }
        guard index[StaffColumns.ordinaryPay] != nil else {
            fail(StaffColumns.hourlyPay, "is empty")
            return nil
        }
        let ordinary = required(StaffColumns.ordinaryPay, StaffCellParser.amount, expected: "an amount of zero or more")
        let bonus = optionalAmount(StaffColumns.bonusInPeriod) ?? 0
        let days = required(StaffColumns.periodDays, StaffCellParser.wholeDays, expected: "a whole number of days above zero")
        let hours = required(StaffColumns.weeklyHours, { StaffCellParser.amount($0).flatMap { $0 > 0 ? $0 : nil } }, expected: "a number of hours above zero")
        guard let ordinary, let days, let hours else { return nil }
        return .derived(ordinaryPay: ordinary, bonusInPeriod: bonus, periodDays: days, weeklyHours: hours)
    }
}
