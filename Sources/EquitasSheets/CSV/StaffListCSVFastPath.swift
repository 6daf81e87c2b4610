import EquitasCore
import Foundation

/// A staff list straight from CSV bytes to records, for files of a million rows: no
/// `SheetTable` of strings in between, each distinct spelling of a grade or a group read
/// once (`ByteKeyCache`), amounts read digit by digit, and a large file read as two
/// halves on two cores. Every cell still goes through `StaffCellParser`'s rules, so the
/// records are those the general path makes.
///
/// It only ever succeeds: at the first thing wrong or unusual in the file (a bad cell,
/// a repeated id, a blank hourly rate, a line break inside quotes, a file that is not
/// UTF-8…) it returns nil and `StaffListFile` reads the file the general way, which
/// names every problem. So errors are, by construction, the general path's.
enum StaffListCSVFastPath {
    /// Files of more than `splitAbove` bytes are read as two halves; tests lower it to
    /// put the split through its paces on a small file.
    /// The records and the header they were read by.
    static func read(
        _ data: Data, columns: StaffColumns, limits: SheetReadLimits, splitAbove: Int = 1 << 22
    ) -> (records: [StaffRecord], header: [String])? {
        guard data.count <= limits.maxFileBytes else { return nil }
        return data.withUnsafeBytes { raw -> ([StaffRecord], [String])? in
            let bytes = raw.bindMemory(to: UInt8.self)
            // The rows' bytes are checked (NUL, UTF-8) as they are split; the header's here.
            guard let (layout, rowsStart) = header(bytes, columns: columns), isPlainUTF8(UnsafeBufferPointer(rebasing: bytes[0..<rowsStart])),
                StaffRowDecoder(layout: layout).canDecode,
                let (records, hashes) = StaffListHalves.decode(bytes, from: rowsStart, layout: layout, splitAbove: splitAbove),
                records.count <= limits.maxRows, StaffRowDecoder.idsAreUnique(records, hashes: hashes)
            else { return nil }
            return (records, layout.header)
        }
    }

    /// The header (the first record with something in it, read by the general reader)
    /// and where the rows after it start; nil for a header the general reader should see.
    static func header(_ bytes: UnsafeBufferPointer<UInt8>, columns: StaffColumns) -> (StaffListLayout, Int)? {
        let start = bytes.starts(with: CSVWriter.byteOrderMark) ? CSVWriter.byteOrderMark.count : 0
        var splitter = CSVFieldSplitter(bytes, from: start)
        defer { splitter.release() }
        while true {
            guard splitter.next() == .record else { return nil }
            if usedCount(splitter) > 0 { break }
        }
        guard let table = try? CSVReader.read(Data(bytes[0..<splitter.position]), name: "Staff"),
            let layout = try? StaffListLayout(header: table.header, columns: columns)
        else { return nil }
        return (layout, splitter.position)
    }

    /// The records of `bytes[start..<end]` into `records`, with their ids' hashes; false
    /// for anything the general reader should see.
    static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, layout: StaffListLayout, into records: inout RecordBuffer,
        hashes: inout [UInt64]
    ) -> Bool {
        var splitter = CSVFieldSplitter(bytes, from: start, to: end)
        defer { splitter.release() }
        var rows = StaffRowDecoder(layout: layout)
        defer { hashes = rows.idHashes }
        while true {
            switch splitter.next() {
            case .end: return true
            case .giveUp: return false
            case .record:
                let used = usedCount(splitter)
                guard used > 0 else { continue }
                guard used <= layout.header.count, splitter.fieldCount <= SheetLimits.maxColumns, let record = rows.record(splitter),
                    records.append(record)
                else { return false }
            }
        }
    }

    /// Valid UTF-8 without a NUL byte, and not UTF-16: what `CSVReader` accepts (for the
    /// header; `CSVFieldSplitter` checks the rows as it splits them). Checked eight bytes
    /// at a time; only non-ASCII text is decoded.
    static func isPlainUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if CSVReader.utf16Marks.contains(where: bytes.starts(with:)) { return false }
        var index = 0
        var high = false
        let ones: UInt64 = 0x0101_0101_0101_0101, tops: UInt64 = 0x8080_8080_8080_8080
        let raw = UnsafeRawBufferPointer(bytes)
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if (word &- ones) & ~word & tops != 0 { return false }
            if word & tops != 0 { high = true }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] == 0 { return false }
            if bytes[index] >= 0x80 { high = true }
            index += 1
        }
        return !high || String(validating: bytes, as: UTF8.self) != nil
    }

    /// How many fields count, as `SheetTableBuilder` sees it: up to the last not blank.
    static func usedCount(_ splitter: CSVFieldSplitter) -> Int {
        var used = splitter.fieldCount
        while used > 0, StaffRowDecoder.isBlank(splitter.bytes(of: splitter.fields[used - 1])) { used -= 1 }
        return used
    }
}
