import EquitasCore
import Foundation
import ZIPFoundation

/// A Word document (.docx) → the blocks of a report, for importing past reports:
/// paragraphs with their style (Title, Heading 1–n, Quote, list styles), list items with
/// the marker Word would print from `numbering.xml`, table rows, and whole-bold short
/// paragraphs as headings of unknown depth. Anything that is not a DOCX is refused with
/// a message; unzipping is bounded, as the file comes from a person's upload.
public enum DocxReportReader {
    /// The upload, compressed.
    public static let maxFileBytes = 50 * 1024 * 1024
    /// `word/document.xml` once unzipped (and each other part read).
    public static let maxDocumentBytes = 50 * 1024 * 1024

    public static func read(_ data: Data) throws(ValidationFailure) -> [SourceBlock] {
        guard data.count <= maxFileBytes else {
            throw ValidationFailure(path: "", message: "the file is larger than \(maxFileBytes / (1024 * 1024)) MB")
        }
        guard data.starts(with: [0x50, 0x4B]), let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil) else {
            throw ValidationFailure(path: "", message: "the file is not a Word document (.docx): it is not a ZIP package")
        }
        guard let document = archive["word/document.xml"], document.type == .file else {
            throw ValidationFailure(path: "", message: "the file is not a Word document (.docx): it has no word/document.xml")
        }
        let styles = DocxStylesHandler()
        if let entry = archive["word/styles.xml"] { try styles.parse(try unzip(entry, from: archive), part: entry.path) }
        let numbering = DocxNumberingHandler()
        if let entry = archive["word/numbering.xml"] { try numbering.parse(try unzip(entry, from: archive), part: entry.path) }
        let body = DocxBodyHandler(styles: styles.names, numbering: numbering)
        try body.parse(try unzip(document, from: archive), part: document.path)
        return body.blocks
    }

    private struct Overflow: Error {}

    /// The part's bytes, stopping as soon as they pass the declared size or the limit,
    /// whatever the ZIP header claimed.
    static func unzip(_ entry: Entry, from archive: Archive) throws(ValidationFailure) -> Data {
        guard entry.uncompressedSize <= UInt64(maxDocumentBytes) else {
            throw ValidationFailure(path: entry.path, message: "the part is larger than \(maxDocumentBytes / (1024 * 1024)) MB unzipped")
        }
        let allowed = Int(entry.uncompressedSize)
        var data = Data()
        do {
            let checksum = try archive.extract(entry) { chunk in
                guard data.count + chunk.count <= allowed else { throw Overflow() }
                data.append(chunk)
            }
            guard checksum == entry.checksum, data.count == allowed else {
                throw ValidationFailure(path: entry.path, message: "the part is damaged and cannot be unzipped")
            }
        } catch is Overflow {
            throw ValidationFailure(path: entry.path, message: "the part unzips to more than the archive declares")
        } catch let failure as ValidationFailure {
            throw failure
        } catch {
            throw ValidationFailure(path: entry.path, message: "the part is damaged and cannot be unzipped")
        }
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil {
            throw ValidationFailure(path: entry.path, message: "the part is not Word XML: it has a document type declaration")
        }
        return data
    }
}
