import EquitasCore
import Foundation
import ZIPFoundation

/// A PowerPoint deck (.pptx) → the blocks of a report, for importing last-day feedback
/// decks: each slide in the deck's order as its title (a heading), its body paragraphs
/// (bulleted ones as list items at their level, numbered ones with their number, the
/// rest as lines of text), its tables' rows, and then its speaker notes as paragraphs.
/// Unzipping is bounded as for Word documents (`DocxReportReader.unzip`).
public enum PptxReportReader {
    /// The most slides read; a deck past this is refused rather than half read.
    public static let maxSlides = 2_000

    /// Whether a ZIP package is a deck rather than a Word document.
    static func isDeck(_ archive: Archive) -> Bool { archive["ppt/presentation.xml"] != nil }

    public static func read(_ data: Data) throws(ValidationFailure) -> [SourceBlock] {
        guard data.count <= DocxReportReader.maxFileBytes else {
            throw ValidationFailure(path: "", message: "the file is larger than \(DocxReportReader.maxFileBytes / (1024 * 1024)) MB")
        }
        guard data.starts(with: [0x50, 0x4B]), let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil),
              let presentation = archive["ppt/presentation.xml"] else {
            throw ValidationFailure(path: "", message: "the file is not a PowerPoint deck (.pptx): it has no ppt/presentation.xml")
        }
        let order = PptxSlideListHandler()
        try order.parse(try DocxReportReader.unzip(presentation, from: archive), part: presentation.path)
        let links = try relationships(of: presentation.path, in: archive)
        let slides = order.relationshipIds.compactMap { links?.links[$0]?.path }
        guard slides.count <= maxSlides else {
            throw ValidationFailure(path: presentation.path, message: "the deck has \(slides.count) slides; at most \(maxSlides) are read")
        }
        var blocks: [SourceBlock] = []
        for path in slides {
            guard let entry = archive[path] else {
                throw ValidationFailure(path: path, message: "the deck lists this slide but the file has no such part")
            }
            let slide = PptxSlideHandler(notes: false)
            try slide.parse(try DocxReportReader.unzip(entry, from: archive), part: path)
            blocks += slide.blocks
            if let notesPath = try relationships(of: path, in: archive)?.first(ofType: "notesSlide")?.path, let notes = archive[notesPath] {
                let handler = PptxSlideHandler(notes: true)
                try handler.parse(try DocxReportReader.unzip(notes, from: archive), part: notesPath)
                blocks += handler.blocks
            }
        }
        return blocks
    }

    /// The `.rels` part beside `part` ("ppt/slides/_rels/slide1.xml.rels"), if it has one.
    private static func relationships(of part: String, in archive: Archive) throws(ValidationFailure) -> XLSXRelationshipsHandler? {
        var folders = part.split(separator: "/").map(String.init)
        let name = folders.removeLast()
        let path = (folders + ["_rels", name + ".rels"]).joined(separator: "/")
        guard let entry = archive[path] else { return nil }
        let handler = XLSXRelationshipsHandler(owner: part)
        try handler.parse(try DocxReportReader.unzip(entry, from: archive), part: path)
        return handler
    }
}
