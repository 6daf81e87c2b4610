import EquitasCore
import Foundation

/// A batch of staff rows as text the database takes apart itself, each row's values in
/// the order of `StaffRecordColumns.names`, as `staff_records` stores them: the id, the
/// snapshot's id, the position, the file's text, full pay, amounts as decimal text (as
/// `Decimal` writes them), the period's days, and the further characteristics as the
/// text of their JSON object.
///
/// - `json` (SQLite): one JSON array of rows, each an array, which one
///   `INSERT … SELECT … FROM jsonb_each(?)` unpacks (`StaffRecordWriter`): one bound
///   value a batch rather than a statement of thousands that SQLKit builds and SQLite parses.
/// - `copy` (PostgreSQL): `COPY … FROM STDIN` text, a line a row, tab between values,
///   `\N` for none.
struct StaffRowsText {
    enum Form {
        case json, copy
    }

    let form: Form
    private var ids: StaffRecordIDs
    private let snapshot: [UInt8]
    /// The further characteristics' keys, sorted, as the last row had them.
    private var otherKeys: [String] = []
    private var other: [UInt8] = []
    /// Each amount's text as `Decimal` writes it, for the amounts seen so far: a council's
    /// pay follows its pay points, so a list of 100,000 holds a few thousand rates, and
    /// writing a `Decimal` out costs more than looking it up. Equal amounts write the same.
    private var amounts: [Decimal: String] = [:]
    private static let amountsKept = 20_000

    /// The snapshot's id is written as Foundation writes it, as Fluent stores the
    /// snapshot's own id on SQLite (as text), so the two match.
    init(_ form: Form, snapshotId: UUID, ids: StaffRecordIDs = StaffRecordIDs()) {
        self.form = form
        self.ids = ids
        snapshot = Array(snapshotId.uuidString.utf8)
    }

    /// `records[range]`, each row's position its index in `records`.
    mutating func batch(_ records: [StaffRecord], _ range: Range<Int>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count * 220)
        if form == .json { bytes.append(UInt8(ascii: "[")) }
        for position in range {
            if form == .json, position > range.lowerBound { bytes.append(UInt8(ascii: ",")) }
            append(records[position], position: position, to: &bytes)
        }
        if form == .json { bytes.append(UInt8(ascii: "]")) }
        return bytes
    }

    private mutating func append(_ record: StaffRecord, position: Int, to bytes: inout [UInt8]) {
        if form == .json { bytes.append(UInt8(ascii: "[")) }
        plain(to: &bytes) { ids.appendNext(to: &$0) }
        next(&bytes)
        plain(to: &bytes) { $0.append(contentsOf: snapshot) }
        next(&bytes)
        JSONBytes.appendInteger(position, to: &bytes)
        next(&bytes)
        text(record.employeeId, to: &bytes)
        next(&bytes)
        characteristic(record.sex, to: &bytes)
        next(&bytes)
        characteristic(record.ethnicity, to: &bytes)
        next(&bytes)
        characteristic(record.disability, to: &bytes)
        next(&bytes)
        if let grade = record.grade { text(grade, to: &bytes) } else { null(&bytes) }
        next(&bytes)
        switch form {
        case .json: JSONBytes.appendLiteral(record.fullPay ? "true" : "false", to: &bytes)
        case .copy: bytes.append(record.fullPay ? UInt8(ascii: "t") : UInt8(ascii: "f"))
        }
        next(&bytes)
        switch record.pay {
        case .rate(let rate):
            amount(rate, to: &bytes)
            for _ in 0..<4 {
                next(&bytes)
                null(&bytes)
            }
        case .derived(let pay, let bonus, let days, let hours):
            null(&bytes)
            next(&bytes)
            amount(pay, to: &bytes)
            next(&bytes)
            amount(bonus, to: &bytes)
            next(&bytes)
            JSONBytes.appendInteger(days, to: &bytes)
            next(&bytes)
            amount(hours, to: &bytes)
        }
        next(&bytes)
        amount(record.bonusPay, to: &bytes)
        next(&bytes)
        appendOther(record.other, to: &bytes)
        switch form {
        case .json: bytes.append(UInt8(ascii: "]"))
        case .copy: bytes.append(0x0A)
        }
    }

    // MARK: - Values in either form

    private func next(_ bytes: inout [UInt8]) {
        bytes.append(form == .json ? UInt8(ascii: ",") : 0x09)
    }

    private func null(_ bytes: inout [UInt8]) {
        switch form {
        case .json: JSONBytes.appendLiteral("null", to: &bytes)
        case .copy: JSONBytes.appendLiteral("\\N", to: &bytes)
        }
    }

    /// Text Equitas made that needs no escaping in either form (an id, an amount): a JSON
    /// string, or as it is.
    private func plain(to bytes: inout [UInt8], _ write: (inout [UInt8]) -> Void) {
        if form == .json { bytes.append(UInt8(ascii: "\"")) }
        write(&bytes)
        if form == .json { bytes.append(UInt8(ascii: "\"")) }
    }

    private func text(_ value: String, prefix: StaticString = "", to bytes: inout [UInt8]) {
        var value = value
        value.withUTF8 { text(utf8: $0, prefix: prefix, to: &bytes) }
    }

    private func text(utf8: UnsafeBufferPointer<UInt8>, prefix: StaticString = "", to bytes: inout [UInt8]) {
        switch form {
        case .json: JSONBytes.appendString(utf8: utf8, prefix: prefix, to: &bytes)
        case .copy: CopyTextBytes.append(utf8: utf8, prefix: prefix, to: &bytes)
        }
    }

    /// As `staff_records` stores a characteristic (`v:<group>`, `prefer_not_to_say`,
    /// `not_known`, none when blank; `StaffRecordColumns.characteristic` reads it back).
    private func characteristic(_ value: CharacteristicValue, to bytes: inout [UInt8]) {
        switch value {
        case .value(let group): text(group, prefix: "v:", to: &bytes)
        case .preferNotToSay: text(StaffRecordColumns.preferNotToSay, to: &bytes)
        case .notKnown: text(StaffRecordColumns.notKnown, to: &bytes)
        case .blank: null(&bytes)
        }
    }

    /// Decimal text, as text so that it is stored exactly as written.
    private mutating func amount(_ value: Decimal, to bytes: inout [UInt8]) {
        let written: String
        if let known = amounts[value] {
            written = known
        } else {
            written = value.description
            if amounts.count < Self.amountsKept { amounts[value] = written }
        }
        plain(to: &bytes) { $0.append(contentsOf: written.utf8) }
    }

    /// The further characteristics' JSON object, as text.
    private mutating func appendOther(_ values: [String: CharacteristicValue], to bytes: inout [UInt8]) {
        if values.count != otherKeys.count || !otherKeys.allSatisfy({ values[$0] != nil }) {
            otherKeys = values.keys.sorted()
        }
        other.removeAll(keepingCapacity: true)
        StaffOthersJSON.append(values, keys: otherKeys, to: &other)
        other.withUnsafeBufferPointer { text(utf8: $0, to: &bytes) }
    }
}
