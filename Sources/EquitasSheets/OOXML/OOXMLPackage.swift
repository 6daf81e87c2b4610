import Foundation
import ZIPFoundation

/// The ZIP container shared by the DOCX, PPTX and XLSX writers: parts collected in memory,
/// written in the order they were added with `[Content_Types].xml` always first (some
/// readers sniff it there), every entry stamped with one fixed date. The same parts
/// therefore give the same bytes, which keeps snapshot tests and caches honest.
public struct OOXMLPackage {
    /// 1 January 1980, the earliest date a ZIP entry can hold: used when the caller
    /// has no document date to stamp.
    public static let zipEpoch = Date(timeIntervalSince1970: 315_532_800)

    public static let contentTypesPath = "[Content_Types].xml"

    private var entries: [(path: String, data: Data)] = []
    private let modificationDate: Date

    public init(modificationDate: Date = OOXMLPackage.zipEpoch) {
        self.modificationDate = max(modificationDate, OOXMLPackage.zipEpoch)
    }

    /// Adds an XML part; the text is written as UTF-8, which is what every part declares.
    public mutating func add(_ path: String, _ xml: String) {
        add(path, Data(xml.utf8))
    }

    /// Adds a binary part, such as an image. A second part at the same path replaces the first.
    public mutating func add(_ path: String, _ data: Data) {
        if let index = entries.firstIndex(where: { $0.path == path }) {
            entries[index].data = data
        } else {
            entries.append((path, data))
        }
    }

    public var paths: [String] { orderedEntries.map(\.path) }

    public func data() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for entry in orderedEntries {
            let bytes = entry.data
            try archive.addEntry(
                with: entry.path, type: .file, uncompressedSize: Int64(bytes.count),
                modificationDate: modificationDate, compressionMethod: .deflate
            ) { position, size in
                let start = Int(position)
                return bytes.subdata(in: start..<min(start + size, bytes.count))
            }
        }
        guard let data = archive.data else { throw OOXMLPackageError.noArchiveData }
        return data
    }

    private var orderedEntries: [(path: String, data: Data)] {
        entries.filter { $0.path == Self.contentTypesPath } + entries.filter { $0.path != Self.contentTypesPath }
    }
}
