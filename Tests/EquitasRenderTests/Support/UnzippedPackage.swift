import Foundation
import ZIPFoundation

/// A rendered DOCX or PPTX opened again with ZIPFoundation: its entries in archive order
/// and each XML part parsed, so a test fails on the first part that is not well formed.
struct UnzippedPackage {
    let entries: [(path: String, data: Data)]

    enum Failure: Error {
        case missingPart(String)
        case malformedXML(String)
    }

    init(_ data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        var entries: [(String, Data)] = []
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            entries.append((entry.path, bytes))
        }
        self.entries = entries
    }

    var paths: [String] { entries.map(\.path) }

    func text(_ path: String) throws -> String {
        guard let entry = entries.first(where: { $0.path == path }) else { throw Failure.missingPart(path) }
        return String(decoding: entry.data, as: UTF8.self)
    }

    /// The part parsed as XML; element and attribute names keep their prefixes ("w:p", "w:val").
    func xml(_ path: String) throws -> ParsedPage.Element {
        guard let parsed = ParsedPage(try text(path)) else { throw Failure.malformedXML(path) }
        return parsed.root
    }
}
