/// Where each column of a staff list is, from its header: checked before any row is read,
/// so a missing or doubled column is named once rather than on every row. Shared by the
/// general reader and the fast CSV path, so both refuse the same headers.
public struct StaffListLayout: Sendable {
    public let header: [String]
    /// Our column name → its position.
    public let index: [String: Int]
    /// Further characteristic columns (any name we do not know), by position.
    public let others: [(name: String, position: Int)]

    public init(header: [String], columns: StaffColumns = StaffColumns()) throws(StaffListErrors) {
        var failures: [ValidationFailure] = []
        var index: [String: Int] = [:]
        for (position, heading) in header.enumerated() {
            let name = columns.name(for: heading)
            guard !name.isEmpty else { continue }
            if index[name] != nil {
                failures.append(ValidationFailure(path: "column \"\(heading)\"", message: "more than one column means \(name)"))
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
        self.header = header
        self.index = index
        self.others = index.filter { !StaffColumns.known.contains($0.key) }.sorted { $0.value < $1.value }.map { ($0.key, $0.value) }
    }
}
