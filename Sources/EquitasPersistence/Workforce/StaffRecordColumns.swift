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

    static func values(_ record: StaffRecord, snapshotId: UUID, position: Int) -> [any SQLExpression] {
        var rate: String?, ordinary: String?, bonusInPeriod: String?, days: Int?, hours: String?
        switch record.pay {
        case .rate(let value): rate = value.description
        case .derived(let pay, let bonus, let periodDays, let weeklyHours):
            ordinary = pay.description
            bonusInPeriod = bonus.description
            days = periodDays
            hours = weeklyHours.description
        }
        return [
            SQLBind(UUID()), SQLBind(snapshotId), SQLBind(position), SQLBind(record.employeeId), bind(characteristic(record.sex)),
            bind(characteristic(record.ethnicity)), bind(characteristic(record.disability)), bind(record.grade), SQLBind(record.fullPay),
            bind(rate), bind(ordinary), bind(bonusInPeriod), days.map { SQLBind($0) } ?? SQLLiteral.null, bind(hours),
            SQLBind(record.bonusPay.description), SQLBind(others(record.other)),
        ]
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
        let object = other.mapValues { characteristic($0) }
        let data = (try? JSONEncoder.sorted.encode(object)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
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

extension JSONEncoder {
    fileprivate static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
