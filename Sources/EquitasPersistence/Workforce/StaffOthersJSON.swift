import EquitasCore

/// A staff record's further characteristics as the JSON object `staff_records.other`
/// holds: keys sorted, a blank value as null. Written by hand because a list of 100,000
/// staff would otherwise spend a third of its import in `JSONEncoder`, once per row;
/// `StaffRecordColumns.others(_: String)` reads it back with `JSONDecoder`.
enum StaffOthersJSON {
    /// The object, its keys in the order given (which must be `other`'s keys, sorted):
    /// an import passes the keys it sorted for the row before, as every row of a file
    /// has the same ones.
    static func append(_ other: [String: CharacteristicValue], keys: [String], to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "{"))
        for (index, key) in keys.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONBytes.appendString(key, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            appendCharacteristic(other[key]!, to: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    /// A characteristic as `staff_records` stores it (`v:<group>`, `prefer_not_to_say`,
    /// `not_known`; `StaffRecordColumns.characteristic` reads it back), as JSON: a string,
    /// or null when blank.
    static func appendCharacteristic(_ value: CharacteristicValue, to bytes: inout [UInt8]) {
        switch value {
        case .value(let text): JSONBytes.appendString(text, prefix: "v:", to: &bytes)
        case .preferNotToSay: JSONBytes.appendString(StaffRecordColumns.preferNotToSay, to: &bytes)
        case .notKnown: JSONBytes.appendString(StaffRecordColumns.notKnown, to: &bytes)
        case .blank: JSONBytes.appendLiteral("null", to: &bytes)
        }
    }
}
