/// The three namespaces every PresentationML part declares on its root element.
enum PPTXNamespaces {
    static let drawing = "http://schemas.openxmlformats.org/drawingml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let presentation = "http://schemas.openxmlformats.org/presentationml/2006/main"

    /// `xmlns:a`, `xmlns:r` and `xmlns:p`, ready to put inside a start tag.
    static let declarations = #"xmlns:a="\#(drawing)" xmlns:r="\#(relationships)" xmlns:p="\#(presentation)""#
}
