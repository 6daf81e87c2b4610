/// What every XML part of a DOCX or PPTX package starts with.
enum OOXMLPart {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
}
