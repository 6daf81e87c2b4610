import EquitasCore
import Foundation
import SQLKit

/// A staff record as the columns of `staff_records` and back, exactly: money as decimal
/// text, and each characteristic so that a group's name, "prefer not to say", "not
/// known" and a blank cell stay four different things.
enum StaffRecordColumns {
    static let table = "staff_records"
    static let names = [
        "id", "snapshot_id", "position", "employee_id", "sex", "ethnicity", "disability", "grade", "full_pay", "hourly_rate",
        "ordinary_pay", "bonus_in_period", "period_days", "weekly_hours", "bonus_pay", "other",
    ]

    static func record(_ row: any SQLRow) throws -> StaffRecord {
        func text(_ column: String) throws -> String? { try row.decodeNil(column: column) ? nil : row.decode(column: column, as: String.self) }
        func decimal(_ column: String) throws -> Decimal? {
            guard let raw = try text(column) else { return nil }
            guard let value = Decimal(string: raw, locale: Locale(identifier: "en_US_POSIX")) else {
                throw CorruptColumn(table: table, column: column, value: raw)
            }
            return value
        }
        let pay: HourlyPayInput
        if let rate = try decimal("hourly_rate") {
            pay = .rate(rate)
        } else {
            pay = .derived(
                ordinaryPay: try decimal("ordinary_pay") ?? 0, bonusInPeriod: try decimal("bonus_in_period") ?? 0,
                periodDays: try row.decodeNil(column: "period_days") ? 0 : row.decode(column: "period_days", as: Int.self),
                weeklyHours: try decimal("weekly_hours") ?? 0)
        }
        return StaffRecord(
            employeeId: try row.decode(column: "employee_id", as: String.self), sex: characteristic(try text("sex")),
            ethnicity: characteristic(try text("ethnicity")), disability: characteristic(try text("disability")), grade: try text("grade"),
            fullPay: try row.decode(column: "full_pay", as: Bool.self), pay: pay, bonusPay: try decimal("bonus_pay") ?? 0,
            other: try others(try text("other") ?? "{}"))
    }

    // MARK: - Characteristics

    static let preferNotToSay = "prefer_not_to_say"
    static let notKnown = "not_known"

    static func characteristic(_ stored: String?) -> CharacteristicValue {
        guard let stored else { return .blank }
        if stored.hasPrefix("v:") { return .value(String(stored.dropFirst(2))) }
        switch stored {
        case preferNotToSay: return .preferNotToSay
        case notKnown: return .notKnown
        default: return .value(stored)
        }
    }

    /// Further characteristics, from the JSON object `StaffOthersJSON` writes; a blank one
    /// is kept as JSON null so the column is known to have been in the file.
    static func others(_ stored: String) throws -> [String: CharacteristicValue] {
        guard let object = try? JSONDecoder().decode([String: String?].self, from: Data(stored.utf8)) else {
            throw CorruptColumn(table: table, column: "other", value: stored)
        }
        return object.mapValues { characteristic($0) }
    }
}
