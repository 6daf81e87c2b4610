import Foundation
import Testing

@testable import EquitasWeb

@Suite("Mail messages as Internet mail")
struct MailMessageTests {
    static let day = Date(timeIntervalSince1970: 1_796_000_000)

    @Test("headers and a quoted-printable UTF-8 body, CRLF throughout, lines short")
    func rendered() {
        let message = MailMessage(
            from: MailAddress("equitas@council.test", name: "Equitas"), to: MailAddress("alex@council.test", name: "Alex O'Neil-Brontë"),
            subject: "Équipe: 2 actions", body: "Dear Alex,\n\nÉtat = done. " + String(repeating: "long words ", count: 20) + "\n.hidden line",
            date: Self.day, messageId: "<1@council.test>")
        let text = message.rendered
        #expect(text.contains("From: Equitas <equitas@council.test>\r\n"))
        #expect(text.contains("To: =?UTF-8?B?"), "a non-ASCII name is an encoded word")
        #expect(text.contains("Subject: =?UTF-8?B?" + Data("Équipe: 2 actions".utf8).base64EncodedString() + "?=\r\n"))
        #expect(text.contains("Date: "))
        #expect(text.contains("Content-Transfer-Encoding: quoted-printable\r\n"))
        #expect(text.contains("=C3=89tat =3D done."))
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 78 })
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "no bare line feeds")
        let ascii = text.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(ascii)
    }

    @Test("a line break in a name or subject cannot start a header of its own")
    func injection() {
        let message = MailMessage(
            from: MailAddress("equitas@council.test"), to: MailAddress("alex@council.test", name: "Alex\r\nBcc: victim@example.com"),
            subject: "Hello\r\nBcc: victim@example.com", body: "x", date: Self.day)
        let headers = message.rendered.components(separatedBy: "\r\n\r\n")[0].components(separatedBy: "\r\n")
        #expect(!headers.contains { $0.hasPrefix("Bcc:") })
    }

    @Test("addresses: plausible ones pass, others do not")
    func addresses() {
        #expect(MailAddress("a@b.test").isValid)
        #expect(!MailAddress("a b@c.test").isValid && !MailAddress("a@b").isValid && !MailAddress("<a@b.test>").isValid)
    }
}
