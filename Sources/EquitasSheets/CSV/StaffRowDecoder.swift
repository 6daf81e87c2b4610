import EquitasCore
import Foundation

/// One row of the fast path's fields → a `StaffRecord`, or nil for anything the general
/// reader would complain about (which then reads the whole file and names it).
struct StaffRowDecoder {
    typealias Bytes = UnsafeBufferPointer<UInt8>
    let layout: StaffListLayout
    private let id, sex, fullPay: Int
    private let ethnicity, disability, grade, hourly, bonus: Int?
    private var characteristics = ByteKeyCache<CharacteristicValue>()
    private var grades = ByteKeyCache<String?>()
    private var yesNo = ByteKeyCache<Bool?>()
    private var amounts = ByteKeyCache<Decimal?>()
    /// Records with the same further characteristics share one dictionary.
    private var otherSets: [UInt64: [String: CharacteristicValue]] = [:]
    private(set) var idHashes: [UInt64] = []

    mutating func noteId(_ hash: UInt64) { idHashes.append(hash) }

    init(layout: StaffListLayout) {
        self.layout = layout
        let index = layout.index
        id = index[StaffColumns.employeeId] ?? 0
        sex = index[StaffColumns.sex] ?? 0
        fullPay = index[StaffColumns.fullPay] ?? 0
        ethnicity = index[StaffColumns.ethnicity]
        disability = index[StaffColumns.disability]
        grade = index[StaffColumns.grade]
        hourly = index[StaffColumns.hourlyPay]
        bonus = index[StaffColumns.bonusPay]
    }

    /// Lists that derive the rate from period pay take the general path.
    var canDecode: Bool { hourly != nil }

    mutating func record(_ row: CSVFieldSplitter) -> StaffRecord? {
        guard let employeeId = employeeId(row.bytes(at: id)), let hourly,
            let onFullPay = yesNo.value(row.bytes(at: fullPay), make: { Self.cell($0).isBlank ? nil : StaffCellParser.yesNo(Self.cell($0)) }),
            let rate = amounts.value(row.bytes(at: hourly), make: Self.amount) ?? nil
        else { return nil }
        var bonusPay: Decimal = 0
        if let bonus {
            let field = row.bytes(at: bonus)
            if !Self.isBlank(field) {
                guard let amount = amounts.value(field, make: Self.amount) ?? nil else { return nil }
                bonusPay = amount
            }
        }
        return StaffRecord(
            employeeId: employeeId, sex: characteristic(row, sex), ethnicity: ethnicity.map { characteristic(row, $0) } ?? .blank,
            disability: disability.map { characteristic(row, $0) } ?? .blank,
            grade: grade.flatMap { position in grades.value(row.bytes(at: position)) { StaffCellParser.text(Self.cell($0)) } },
            fullPay: onFullPay, pay: .rate(rate), bonusPay: bonusPay, other: others(row))
    }

    private mutating func characteristic(_ row: CSVFieldSplitter, _ position: Int) -> CharacteristicValue {
        characteristics.value(row.bytes(at: position)) { StaffCellParser.characteristic(Self.cell($0)) }
    }

    private mutating func others(_ row: CSVFieldSplitter) -> [String: CharacteristicValue] {
        guard !layout.others.isEmpty else { return [:] }
        // The spellings' numbers (each under 4096) make an exact key for up to five columns.
        if layout.others.count <= 5 {
            var key: UInt64 = 0
            var complete = true
            for (_, position) in layout.others {
                let found = characteristics.entry(row.bytes(at: position)) { StaffCellParser.characteristic(Self.cell($0)) }
                guard let entry = found.entry else {
                    complete = false
                    break
                }
                key = key << 12 | UInt64(entry)
            }
            if complete, let shared = otherSets[key] { return shared }
            let built = buildOthers(row)
            if complete { otherSets[key] = built }
            return built
        }
        return buildOthers(row)
    }

    private mutating func buildOthers(_ row: CSVFieldSplitter) -> [String: CharacteristicValue] {
        var built: [String: CharacteristicValue] = [:]
        for (name, position) in layout.others { built[name] = characteristic(row, position) }
        return built
    }
}
