import EquitasCore

/// Markup a page of the web app places beside parts of a report it shows (a "Comment
/// on this" link, say): after each section's heading, and after the text of each item
/// that shows a finding or recommendation (given the item's anchor, the part's id). The
/// markup is the caller's, already escaped; nil adds nothing.
public struct HTMLAnnotations: Sendable {
    public var section: @Sendable (ReportSection) -> String?
    public var item: @Sendable (String) -> String?

    public init(section: @escaping @Sendable (ReportSection) -> String?, item: @escaping @Sendable (String) -> String?) {
        self.section = section
        self.item = item
    }
}
