import EquitasCore
import Foundation

extension SyntheticStaffList {
    /// The first `count` rows as a CSV staff list (UTF-8, LF line ends, commas quoted).
    public func csv(count: Int) -> Data {
        var data = Data()
        write(count: count) { data.append($0) }
        return data
    }

    /// Writes the list to a file in chunks, so a million rows never sit in memory as text.
    public func write(count: Int, to handle: FileHandle) throws {
        var failure: (any Error)?
        write(count: count) { chunk in
            guard failure == nil else { return }
            do { try handle.write(contentsOf: chunk) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    private func write(count: Int, chunk: (Data) -> Void) {
        var generator = SplitMix64(seed: seed)
        var text = Self.header.joined(separator: ",") + "\n"
        for index in 0..<max(count, 0) {
            Self.row(index, using: &generator).appendCSV(to: &text)
            if text.utf8.count > 1 << 20 {
                chunk(Data(text.utf8))
                text.removeAll(keepingCapacity: true)
            }
        }
        chunk(Data(text.utf8))
    }
}

extension SyntheticStaffList.Row {
    func appendCSV(to text: inout String) {
        let fields = [
            employeeId, sex, ethnicity, disability, grade, fullPay ? "yes" : "no", Self.amount(hourlyPence),
            bonusPence > 0 ? Self.amount(bonusPence) : "", ageBand, religion, sexualOrientation,
        ]
        for (index, field) in fields.enumerated() {
            if index > 0 { text += "," }
            text += field.contains(",") ? "\"" + field + "\"" : field
        }
        text += "\n"
    }

    /// Pence as pounds with two decimal places: 1265 → "12.65".
    static func amount(_ pence: Int) -> String {
        let pennies = pence % 100
        return "\(pence / 100)." + (pennies < 10 ? "0" : "") + "\(pennies)"
    }
}
