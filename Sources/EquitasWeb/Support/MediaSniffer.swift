import Foundation

/// Decides what an uploaded file is from its first bytes. Evidence is documents and
/// images; anything else (executables, HTML that could run in a browser) is refused.
enum MediaSniffer {
    static func mediaType(of data: Data, filename: String) -> String? {
        let head = [UInt8](data.prefix(8))
        func starts(_ bytes: [UInt8]) -> Bool { head.starts(with: bytes) }
        let ext = (filename as NSString).pathExtension.lowercased()
        if starts([0x25, 0x50, 0x44, 0x46]) { return "application/pdf" }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return "image/png" }
        if starts([0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return zipDocumentTypes[ext] }
        if isPlainText(data) {
            switch ext {
            case "csv": return "text/csv"
            case "md", "markdown": return "text/markdown"
            case "txt", "": return "text/plain"
            default: return nil
            }
        }
        return nil
    }

    /// Office Open XML and OpenDocument files are ZIP archives; the extension says which.
    static let zipDocumentTypes: [String: String] = [
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "odt": "application/vnd.oasis.opendocument.text",
        "ods": "application/vnd.oasis.opendocument.spreadsheet",
        "odp": "application/vnd.oasis.opendocument.presentation",
    ]

    static func isPlainText(_ data: Data) -> Bool {
        guard !data.contains(0), String(data: data, encoding: .utf8) != nil else { return false }
        return true
    }
}
