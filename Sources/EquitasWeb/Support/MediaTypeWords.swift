/// A file's type as people name it ("PDF", "Word document") rather than its media type
/// (`application/vnd.openxmlformats-officedocument.wordprocessingml.document`): every
/// type `MediaSniffer` accepts has words; anything else is shown as it is.
enum MediaTypeWords {
    static let names: [String: String] = [
        "application/pdf": "PDF",
        "image/png": "PNG image",
        "image/jpeg": "JPEG image",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel spreadsheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint presentation",
        "application/vnd.oasis.opendocument.text": "OpenDocument text",
        "application/vnd.oasis.opendocument.spreadsheet": "OpenDocument spreadsheet",
        "application/vnd.oasis.opendocument.presentation": "OpenDocument presentation",
        "text/csv": "CSV file",
        "text/markdown": "Markdown text",
        "text/plain": "Plain text",
    ]

    static func words(_ mediaType: String) -> String {
        let bare = mediaType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? mediaType
        return names[bare] ?? mediaType
    }
}
