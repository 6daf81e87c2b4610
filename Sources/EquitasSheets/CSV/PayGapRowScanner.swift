import EquitasCore
import Foundation

/// Reads one part of a CSV staff list into a `PayGapTally`, looking at the five cells
/// the figures rest on (id, sex, full pay, hourly rate, bonus) and splitting past the
/// rest. Each cell is read by `StaffCellParser`'s rules, each distinct spelling of a sex
/// or a yes/no once; amounts straight from their digits into whole units
/// (`PayGapAmount`). Every id is hashed, so that a repeated one can still be found.
///
/// False from `scan` for anything the general reader would refuse or read differently;
/// the caller then hands the whole file to it, so refusals stay the general path's.
struct PayGapRowScanner {
    typealias Bytes = UnsafeBufferPointer<UInt8>
    private let id, sex, fullPay, hourly: Int
    private let bonus: Int?
    private let columnCount: Int
    private var places = ByteKeyCache<PayGapTally.Place>()
    private var yesNo = ByteKeyCache<Bool?>()
    private(set) var tally = PayGapTally()
    private(set) var idHashes: [UInt64] = []
    private(set) var rows = 0

    /// Nil for a list without an hourly_pay column (rates derived from period pay).
    init?(layout: StaffListLayout, expectedRows: Int) {
        let index = layout.index
        guard let hourly = index[StaffColumns.hourlyPay] else { return nil }
        id = index[StaffColumns.employeeId] ?? 0
        sex = index[StaffColumns.sex] ?? 0
        fullPay = index[StaffColumns.fullPay] ?? 0
        self.hourly = hourly
        bonus = index[StaffColumns.bonusPay]
        columnCount = layout.header.count
        idHashes.reserveCapacity(expectedRows)
        tally.rateKeys.reserveCapacity(expectedRows)
    }

    /// The records of `bytes[start..<end]`; false to hand the file to the general reader.
    mutating func scan(_ bytes: Bytes, from start: Int, to end: Int) -> Bool {
        var splitter = CSVFieldSplitter(bytes, from: start, to: end)
        defer { splitter.release() }
        while true {
            switch splitter.next() {
            case .end: return true
            case .giveUp: return false
            case .record:
                guard add(splitter) else { return false }
            }
        }
    }

    /// Inlined into `scan`: a call copied the splitter for every row.
    @inline(__always)
    private mutating func add(_ row: CSVFieldSplitter) -> Bool {
        let idBytes = row.bytes(at: id)
        if StaffRowDecoder.isBlank(idBytes) {
            // A blank row is skipped, as the general reader skips it; a blank id is refused.
            let used = StaffListCSVFastPath.usedCount(row)
            return used == 0
        }
        // More cells than headings: the general reader refuses it unless the extra ones are blank.
        if row.fieldCount > columnCount, StaffListCSVFastPath.usedCount(row) > columnCount { return false }
        guard row.fieldCount <= SheetLimits.maxColumns, noteId(idBytes),
            let onFullPay = yesNo.value(row.bytes(at: fullPay), make: { StaffRowDecoder.isBlank($0) ? nil : StaffCellParser.yesNo(StaffRowDecoder.cell($0)) }),
            let rate = PayGapAmount.required(row.bytes(at: hourly))
        else { return false }
        var bonusPay: (units: Int64, decimals: Int) = (0, 0)
        if let bonus {
            let field = row.bytes(at: bonus)
            if !StaffRowDecoder.isBlank(field) {
                guard let amount = PayGapAmount.required(field) else { return false }
                bonusPay = amount
            }
        }
        let place = places.value(row.bytes(at: sex)) { PayGapTally.Place(StaffCellParser.characteristic(StaffRowDecoder.cell($0))) }
        tally.add(place, fullPay: onFullPay, rate: rate, bonus: bonusPay)
        rows += 1
        return true
    }

    /// The id's hash (`EmployeeIdHash`, of the id as read).
    private mutating func noteId(_ bytes: Bytes) -> Bool {
        if EmployeeIdHash.isPlain(bytes) {
            idHashes.append(EmployeeIdHash.hash(bytes))
        } else {
            guard var id = StaffCellParser.employeeId(StaffRowDecoder.cell(bytes)) else { return false }
            idHashes.append(id.withUTF8(EmployeeIdHash.hash))
        }
        return true
    }
}
