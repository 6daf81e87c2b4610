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

    var document: EvidenceDocument {
        EvidenceDocument(title: title ?? "", kind: kind.flatMap(EvidenceKind.init(rawValue:)) ?? .other, url: url)
    }

    /// The core's failures, at the field they name.
    static func errors(_ failure: ValidationFailure) -> FormErrors {
        ["title", "url"].contains(failure.path)
            ? FormErrors(failure, fallbackField: "title") : FormErrors("title", FormErrors.sentence(failure.message))
    }
}
