/// What every XML part of a DOCX, PPTX or XLSX package starts with.
public enum OOXMLPart {
    public static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
}
