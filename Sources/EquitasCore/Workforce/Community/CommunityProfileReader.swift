import Foundation

/// A community profile file (`characteristic,group,percent`, as CSV has already turned
/// it into a table) read into entries, checked whole: every bad line is named with its
/// column, a group given twice for one characteristic is refused, and each
/// characteristic's shares must add up to 100 (give or take 1, for census rounding).
public enum CommunityProfileReader {
    public static let columns = ["characteristic", "group", "percent"]
    /// Census tables round each share to a tenth; a dozen groups can drift by a point.
    public static let sumTolerance: Decimal = 1

    public static func read(_ table: SheetTable) throws(CommunityProfileErrors) -> [CommunityProfileEntry] {
        let positions = columns.map { table.column(named: $0) }
        let missing = zip(columns, positions).filter { $0.1 == nil }.map { "\"\($0.0)\"" }
        guard missing.isEmpty else {
            throw CommunityProfileErrors([
                ValidationFailure(
                    path: "line 1", message: "the header must name the columns characteristic, group and percent (missing \(missing.joined(separator: ", ")))")
            ])
        }
        var failures: [ValidationFailure] = []
        var entries: [CommunityProfileEntry] = []
        var seen: [String: Int] = [:]
        for (offset, row) in table.rows.enumerated() {
            let line = table.rowNumbers[offset]
            func cell(_ index: Int) -> String {
                let position = positions[index]!
                return position < row.count ? row[position].displayText.trimmingCharacters(in: .whitespacesAndNewlines) : ""
            }
            func fail(_ column: String, _ message: String) {
                failures.append(ValidationFailure(path: "line \(line), column \"\(column)\"", message: message))
            }
            let characteristic = cell(0).lowercased().replacingOccurrences(of: " ", with: "_")
            let group = cell(1)
            let rawPercent = cell(2).replacingOccurrences(of: "%", with: "")
            if characteristic.isEmpty { fail("characteristic", "is empty") }
            if group.isEmpty { fail("group", "is empty") }
            let percent = Decimal(string: rawPercent, locale: Locale(identifier: "en_US_POSIX"))
            let numeric = !rawPercent.isEmpty && rawPercent.allSatisfy { $0.isNumber || $0 == "." || $0 == "-" }
            if rawPercent.isEmpty {
                fail("percent", "is empty")
            } else if !numeric || percent == nil || percent! < 0 || percent! > 100 {
                fail("percent", "\"\(cell(2))\" is not a percentage from 0 to 100")
            }
            if !characteristic.isEmpty, !group.isEmpty {
                let key = characteristic + "\u{0}" + group.lowercased()
                if let first = seen[key] {
                    fail("group", "\"\(group)\" is already given for \(characteristic) on line \(first)")
                } else {
                    seen[key] = line
                }
            }
            if let percent, numeric, !characteristic.isEmpty, !group.isEmpty {
                entries.append(CommunityProfileEntry(characteristic: characteristic, group: group, percent: percent))
            }
        }
        if table.rows.isEmpty { failures.append(ValidationFailure(path: "line 2", message: "the file has no figures under its header")) }
        if failures.isEmpty { failures = sums(entries) }
        guard failures.isEmpty else { throw CommunityProfileErrors(failures) }
        return entries
    }

    /// One failure per characteristic whose shares do not make a whole.
    static func sums(_ entries: [CommunityProfileEntry]) -> [ValidationFailure] {
        var order: [String] = []
        var totals: [String: Decimal] = [:]
        for entry in entries {
            if totals[entry.characteristic] == nil { order.append(entry.characteristic) }
            totals[entry.characteristic, default: 0] += entry.percent
        }
        return order.compactMap { name in
            let total = totals[name]!
            guard abs(total - 100) > sumTolerance else { return nil }
            return ValidationFailure(path: name, message: "the percentages add up to \(total), not 100 (within \(sumTolerance))")
        }
    }
}
