import EquitasCore
import Foundation

/// A batch of staff rows as one JSON array of arrays, which the insert statement
/// (`StaffRecordInsert`) unpacks in the database: one bound value a batch instead of a
/// statement of thousands of values that SQLKit builds and the database parses. Each
/// row holds `columns`, in that order, as `StaffRecordColumns` stores them: the id, the
/// position, the file's text, full pay as true or false, amounts as decimal text (as
/// `Decimal` writes them), the period's days as a number, and the further
/// characteristics as the text of their JSON object.
struct StaffRowsJSON {
    /// The `staff_records` columns a row gives, in order; the snapshot's id is bound once.
    static let columns = [
        "id", "position", "employee_id", "sex", "ethnicity", "disability", "grade", "full_pay", "hourly_rate",
        "ordinary_pay", "bonus_in_period", "period_days", "weekly_hours", "bonus_pay", "other",
    ]

    private var ids: StaffRecordIDs
    /// The further characteristics' keys, sorted, as the last row had them.
    private var otherKeys: [String] = []
    private var other: [UInt8] = []

    init(ids: StaffRecordIDs = StaffRecordIDs()) {
        self.ids = ids
    }

    /// `records[range]`, each row's position its index in `records`.
    mutating func batch(_ records: [StaffRecord], _ range: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count * 200)
        bytes.append(UInt8(ascii: "["))
        for position in range {
            if position > range.lowerBound { bytes.append(UInt8(ascii: ",")) }
            append(records[position], position: position, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func append(_ record: StaffRecord, position: Int, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: [UInt8(ascii: "["), UInt8(ascii: "\"")])
        ids.appendNext(to: &bytes)
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ",")])
        JSONBytes.appendInteger(position, to: &bytes)
        bytes.append(UInt8(ascii: ","))
        JSONBytes.appendString(record.employeeId, to: &bytes)
        bytes.append(UInt8(ascii: ","))
        StaffOthersJSON.appendCharacteristic(record.sex, to: &bytes)
        bytes.append(UInt8(ascii: ","))
        StaffOthersJSON.appendCharacteristic(record.ethnicity, to: &bytes)
        bytes.append(UInt8(ascii: ","))
        StaffOthersJSON.appendCharacteristic(record.disability, to: &bytes)
        bytes.append(UInt8(ascii: ","))
        if let grade = record.grade { JSONBytes.appendString(grade, to: &bytes) } else { JSONBytes.appendLiteral("null", to: &bytes) }
        JSONBytes.appendLiteral(record.fullPay ? ",true" : ",false", to: &bytes)
        switch record.pay {
        case .rate(let rate):
            bytes.append(UInt8(ascii: ","))
            appendAmount(rate, to: &bytes)
            JSONBytes.appendLiteral(",null,null,null,null", to: &bytes)
        case .derived(let pay, let bonus, let days, let hours):
            JSONBytes.appendLiteral(",null,", to: &bytes)
            appendAmount(pay, to: &bytes)
            bytes.append(UInt8(ascii: ","))
            appendAmount(bonus, to: &bytes)
            bytes.append(UInt8(ascii: ","))
            JSONBytes.appendInteger(days, to: &bytes)
            bytes.append(UInt8(ascii: ","))
            appendAmount(hours, to: &bytes)
        }
        bytes.append(UInt8(ascii: ","))
        appendAmount(record.bonusPay, to: &bytes)
        bytes.append(UInt8(ascii: ","))
        appendOther(record.other, to: &bytes)
        bytes.append(UInt8(ascii: "]"))
    }

    /// Decimal text, which needs no escaping, as a JSON string so that it is stored as
    /// text exactly as written.
    private func appendAmount(_ value: Decimal, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: value.description.utf8)
        bytes.append(UInt8(ascii: "\""))
    }

    /// The JSON object's text as a JSON string.
    private mutating func appendOther(_ values: [String: CharacteristicValue], to bytes: inout [UInt8]) {
        if values.count != otherKeys.count || !otherKeys.allSatisfy({ values[$0] != nil }) {
            otherKeys = values.keys.sorted()
        }
        other.removeAll(keepingCapacity: true)
        StaffOthersJSON.append(values, keys: otherKeys, to: &other)
        other.withUnsafeBufferPointer { JSONBytes.appendString(utf8: $0, to: &bytes) }
    }
}
