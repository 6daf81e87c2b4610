import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `ppt/presentation.xml` → the relationship ids of its slides, in the deck's order
/// (the order of `p:sldIdLst`, not of the slide files' names).
final class PptxSlideListHandler: XLSXPartHandler {
    private(set) var relationshipIds: [String] = []

    override func start(_ element: String, _ attributes: [String: String], _ parser: XMLParser) {
        if element == "sldId", let id = Self.attribute("id", in: attributes.filter { $0.key != "id" }) {
            relationshipIds.append(id)
        }
    }
}
