import EquitasCore
import Testing

@Suite("Page requests")
struct PageRequestTests {
    @Test("defaults to the first page of 50")
    func defaults() throws {
        let request = try PageRequest()
        #expect(request.page == 1 && request.per == 50 && request.offset == 0)
    }

    @Test("accepts the bounds and counts the offset")
    func bounds() throws {
        #expect(try PageRequest(page: 3, per: 200).offset == 400)
        #expect(try PageRequest(per: 1).per == 1)
        #expect(try PageRequest(page: PageRequest.maximumPage, per: PageRequest.maximumPer).offset == (PageRequest.maximumPage - 1) * 200)
    }

    @Test("refuses pages outside 1 to the maximum and sizes outside 1 to 200")
    func refusals() {
        let pages = ValidationFailure(path: "page", message: "must be between 1 and \(PageRequest.maximumPage)")
        let sizes = ValidationFailure(path: "per", message: "must be between 1 and 200")
        #expect(throws: pages) { try PageRequest(page: 0) }
        #expect(throws: pages) { try PageRequest(page: PageRequest.maximumPage + 1) }
        #expect(throws: sizes) { try PageRequest(per: 201) }
        #expect(throws: sizes) { try PageRequest(per: 0) }
    }
}
