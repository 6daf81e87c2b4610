import Foundation

/// An Atom feed (RFC 4287) of text entries: what feed readers subscribe to for a
/// council's "you said, we did" updates. Every value is XML-escaped here.
public enum AtomFeedWriter {
    public struct Entry: Equatable, Sendable {
        public var id: String
        public var title: String
        public var updated: CalendarDate
        public var content: String
        public var link: String

        public init(id: String, title: String, updated: CalendarDate, content: String, link: String) {
            self.id = id
            self.title = title
            self.updated = updated
            self.content = content
            self.link = link
        }
    }

    /// - Parameters: `id` a permanent IRI for the feed; `selfLink` the feed's own address;
    ///   `pageLink` the page it follows; `updated` when anything in it last changed.
    public static func write(
        id: String, title: String, author: String, selfLink: String, pageLink: String, updated: CalendarDate, entries: [Entry]
    ) -> String {
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">"#,
            "  <id>\(escape(id))</id>",
            "  <title>\(escape(title))</title>",
            "  <updated>\(timestamp(updated))</updated>",
            "  <author><name>\(escape(author))</name></author>",
            #"  <link rel="self" type="application/atom+xml" href="\#(escape(selfLink))"/>"#,
            #"  <link rel="alternate" type="text/html" href="\#(escape(pageLink))"/>"#,
        ]
        for entry in entries {
            lines += [
                "  <entry>",
                "    <id>\(escape(entry.id))</id>",
                "    <title>\(escape(entry.title))</title>",
                "    <updated>\(timestamp(entry.updated))</updated>",
                #"    <link rel="alternate" type="text/html" href="\#(escape(entry.link))"/>"#,
                #"    <content type="text">\#(escape(entry.content))</content>"#,
                "  </entry>",
            ]
        }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// RFC 3339, midnight UTC of the day.
    static func timestamp(_ date: CalendarDate) -> String { "\(date)T00:00:00Z" }

    /// Text and attribute values; characters XML 1.0 does not allow at all are dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                let value = scalar.value
                let allowed = value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
                    || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
                if allowed { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
