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

    /// One row's values. What the file gave as text (the id, characteristics, grade,
    /// further characteristics) is bound; what Equitas made itself (the row's id, the
    /// snapshot's id, numbers, amounts as `Decimal` writes them) is written as a literal
    /// (`PlainLiteral`): a 100,000-row import binds a third as many values.
    static func values(_ record: StaffRecord, snapshot: any SQLExpression, position: Int) -> [any SQLExpression] {
        var rate: Decimal?, ordinary: Decimal?, bonusInPeriod: Decimal?, days: Int?, hours: Decimal?
        switch record.pay {
        case .rate(let value): rate = value
        case .derived(let pay, let bonus, let periodDays, let weeklyHours):
            ordinary = pay
            bonusInPeriod = bonus
            days = periodDays
            hours = weeklyHours
        }
        return [
            PlainLiteral(UUID().uuidString), snapshot, SQLLiteral.numeric(String(position)), SQLBind(record.employeeId),
            bind(characteristic(record.sex)), bind(characteristic(record.ethnicity)), bind(characteristic(record.disability)),
            bind(record.grade), SQLLiteral.boolean(record.fullPay), amount(rate), amount(ordinary), amount(bonusInPeriod),
            days.map { SQLLiteral.numeric(String($0)) } ?? SQLLiteral.null, amount(hours), amount(record.bonusPay),
            SQLBind(others(record.other)),
        ]
    }

    /// The snapshot's id as every row of it repeats it.
    static func snapshot(_ id: UUID) -> any SQLExpression {
        PlainLiteral(id.uuidString)
    }

    /// An amount as decimal text ("12.65", "-3"): digits, a point and a sign only.
    private static func amount(_ value: Decimal?) -> any SQLExpression {
        value.map { PlainLiteral($0.description) } ?? SQLLiteral.null
    }

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

    static func characteristic(_ value: CharacteristicValue) -> String? {
        switch value {
        case .value(let text): "v:" + text
        case .preferNotToSay: "prefer_not_to_say"
        case .notKnown: "not_known"
        case .blank: nil
        }
    }

    static func characteristic(_ stored: String?) -> CharacteristicValue {
        guard let stored else { return .blank }
        if stored.hasPrefix("v:") { return .value(String(stored.dropFirst(2))) }
        switch stored {
        case "prefer_not_to_say": return .preferNotToSay
        case "not_known": return .notKnown
        default: return .value(stored)
        }
    }

    /// Further characteristics as a JSON object; a blank one is kept as JSON null so the
    /// column is known to have been in the file.
    static func others(_ other: [String: CharacteristicValue]) -> String {
        StaffOthersJSON.object(other)
    }

    static func others(_ stored: String) throws -> [String: CharacteristicValue] {
        guard let object = try? JSONDecoder().decode([String: String?].self, from: Data(stored.utf8)) else {
            throw CorruptColumn(table: table, column: "other", value: stored)
        }
        return object.mapValues { characteristic($0) }
    }

    private static func bind(_ text: String?) -> any SQLExpression {
        text.map { SQLBind($0) } ?? SQLLiteral.null
    }
}
