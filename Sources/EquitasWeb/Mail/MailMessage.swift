import Foundation

/// One plain-text message as Internet mail (RFC 5322 with MIME): UTF-8 text, quoted-
/// printable so every line is short 7-bit ASCII whatever the relay, headers with
/// non-ASCII words encoded (RFC 2047), and no way for a name or subject to start a
/// header of its own (line breaks in them become spaces).
public struct MailMessage: Equatable, Sendable {
    public var from: MailAddress
    public var to: MailAddress
    public var subject: String
    public var body: String
    public var date: Date
    public var messageId: String

    public init(from: MailAddress, to: MailAddress, subject: String, body: String, date: Date = Date(), messageId: String? = nil) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.date = date
        self.messageId = messageId ?? "<\(UUID().uuidString.lowercased())@\(from.domain)>"
    }

    /// The whole message with CRLF line ends, ready for SMTP's DATA or sendmail's input.
    public var rendered: String {
        let headers = [
            "From: " + from.header,
            "To: " + to.header,
            "Subject: " + MailHeader.encoded(subject),
            "Date: " + MailHeader.date(date),
            "Message-ID: " + messageId,
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            // RFC 3834: a reminder is sent by a program, so no one replies to it automatically.
            "Auto-Submitted: auto-generated",
        ]
        return headers.map(MailHeader.folded).joined(separator: "\r\n") + "\r\n\r\n" + QuotedPrintable.encode(body) + "\r\n"
    }
}

/// An address with an optional display name.
public struct MailAddress: Equatable, Sendable {
    public var address: String
    public var name: String?

    public init(_ address: String, name: String? = nil) {
        self.address = MailHeader.oneLine(address).trimmingCharacters(in: .whitespaces)
        self.name = name.map(MailHeader.oneLine)
    }

    public var domain: String { address.split(separator: "@").last.map(String.init) ?? "localhost" }

    /// A plausible address: one @, something either side, no spaces or angle brackets.
    public var isValid: Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
            && !address.contains { $0.isWhitespace || "<>(),;:\"[]\\".contains($0) }
    }

    var header: String {
        guard let name, !name.isEmpty else { return "<\(address)>" }
        return MailHeader.phrase(name) + " <\(address)>"
    }
}
