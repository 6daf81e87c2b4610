import EquitasCore
import Foundation
import ZIPFoundation

/// The ZIP side of reading an XLSX upload, with guards against archives built to
/// exhaust memory: every entry's declared size is checked before anything is
/// unzipped, and unzipping stops as soon as a part grows past what it declared or
/// past the limits, whatever the header claimed.
struct XLSXArchive {
    private let archive: Archive
    /// Entries by lowercased path: part names in a package are case-insensitive.
    private let entries: [String: Entry]
    private var unzippedBytes = 0

    private struct Overflow: Error {}
    private struct Damaged: Error {}

    init(_ data: Data) throws(ValidationFailure) {
        let notWorkbook = ValidationFailure(path: "", message: "the file is not an XLSX workbook")
        guard let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil) else { throw notWorkbook }
        var entries: [String: Entry] = [:]
        var declared: UInt64 = 0
        for entry in archive where entry.type == .file {
            guard entry.uncompressedSize <= UInt64(SheetLimits.maxPartBytes) else { throw Self.tooLarge(entry.path) }
            declared += entry.uncompressedSize
            guard declared <= UInt64(SheetLimits.maxUnzippedBytes) else { throw Self.tooLargeInTotal() }
            let key = entry.path.lowercased()
            if entries[key] == nil { entries[key] = entry }
        }
        guard !entries.isEmpty else { throw notWorkbook }
        self.archive = archive
        self.entries = entries
    }

    func contains(_ path: String) -> Bool { entries[path.lowercased()] != nil }

    mutating func read(_ path: String) throws(ValidationFailure) -> Data {
        guard let entry = entries[path.lowercased()] else {
            throw ValidationFailure(path: path, message: "the workbook is missing this part")
        }
        let allowed = min(Int(entry.uncompressedSize), SheetLimits.maxUnzippedBytes - unzippedBytes)
        var data = Data()
        do {
            let checksum = try archive.extract(entry) { chunk in
                guard data.count + chunk.count <= allowed else { throw Overflow() }
                data.append(chunk)
            }
            guard checksum == entry.checksum, data.count == Int(entry.uncompressedSize) else { throw Damaged() }
        } catch is Overflow {
            throw ValidationFailure(path: path, message: "the part unzips to more than the archive declares")
        } catch {
            throw ValidationFailure(path: path, message: "the part is damaged and cannot be unzipped")
        }
        unzippedBytes += data.count
        return data
    }

    private static func tooLarge(_ path: String) -> ValidationFailure {
        ValidationFailure(path: path, message: "the part is larger than \(SheetLimits.megabytes(SheetLimits.maxPartBytes)) unzipped")
    }

    private static func tooLargeInTotal() -> ValidationFailure {
        ValidationFailure(path: "", message: "the workbook is larger than \(SheetLimits.megabytes(SheetLimits.maxUnzippedBytes)) unzipped")
    }
}
