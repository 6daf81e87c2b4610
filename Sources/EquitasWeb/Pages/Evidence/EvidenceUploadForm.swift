import EquitasCore
import Vapor

/// The upload form as posted (multipart). A file input left empty still arrives, as a
/// part with no name and no bytes, so `chosenFile` treats that as no file.
struct EvidenceUploadForm: Content {
    var title: String?
    var kind: String?
    var url: String?
    var file: File?

    var chosenFile: File? {
        guard let file, file.data.readableBytes > 0 else { return nil }
        return file
    }

    /// The document to create; its file, when one was chosen, is attached straight after.
    var document: EvidenceDocument {
        var document = EvidenceDocument(title: title ?? "", kind: kind.flatMap(EvidenceKind.init(rawValue:)) ?? .other, url: url)
        document.fileToFollow = chosenFile != nil
        return document
    }

    /// What the form itself can tell, all at once: a title, and a file or a link.
    /// `fileTooLarge`: the message for a chosen file past the limit (its bytes were dropped).
    func problems(fileTooLarge: String? = nil) -> FormErrors {
        var errors = FormErrors()
        if Text.optional(title) == nil { errors.add("title", "Enter the title of the document") }
        if let fileTooLarge {
            errors.add("file", fileTooLarge)
        } else if chosenFile == nil, Text.optional(url) == nil {
            errors.add("file", "Choose the file to upload, or enter the address where the document is published")
        }
        return errors
    }

    /// The core's failures, at the field they name.
    static func errors(_ failure: ValidationFailure) -> FormErrors {
        ["title", "url"].contains(failure.path)
            ? FormErrors(failure, fallbackField: "title") : FormErrors("title", FormErrors.sentence(failure.message))
    }
}
