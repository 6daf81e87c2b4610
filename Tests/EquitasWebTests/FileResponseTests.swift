@testable import EquitasWeb
import Foundation
import Testing

@Suite("File downloads")
struct FileResponseTests {
    @Test("a file name cannot break out of the Content-Disposition header")
    func headerSafeNames() {
        let response = FileResponse.make(Data("x".utf8), contentType: "text/plain", filename: "plan \"final\"\r\nSet-Cookie: a=b\\.csv")
        #expect(response.headers.first(name: .contentDisposition) == #"attachment; filename="plan _final___Set-Cookie: a=b_.csv""#)
        #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
        #expect(response.headers.contentType?.description == "text/plain")
    }

    @Test("a page-like file can be shown inline; names in other scripts pass untouched")
    func inline() {
        let response = FileResponse.make(Data(), contentType: "text/html; charset=utf-8", filename: "Adroddiad ŵyn.html", inline: true)
        #expect(response.headers.first(name: .contentDisposition) == #"inline; filename="Adroddiad ŵyn.html""#)
    }
}
