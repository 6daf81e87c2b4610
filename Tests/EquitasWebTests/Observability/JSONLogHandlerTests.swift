import EquitasWeb
import Foundation
import Logging
import Testing

@Suite("JSON log lines")
struct JSONLogHandlerTests {
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [String] = []
        func append(_ line: String) { lock.withLock { stored.append(line) } }
        var all: [String] { lock.withLock { stored } }
    }

    @Test("each entry is one JSON object on one line, metadata included")
    func oneObjectPerLine() throws {
        let lines = Lines()
        var logger = Logger(label: "codes.vapor.request") { label in
            JSONLogHandler(label: label, write: { lines.append($0) })
        }
        logger[metadataKey: "request_id"] = "abc-123"
        logger.debug("below the level, so not written")
        logger.info("GET /healthz 200 0.4 ms\nsecond line", metadata: ["status": .stringConvertible(200), "tags": ["a", "b"]])

        let written = lines.all
        #expect(written.count == 1)
        let line = try #require(written.first)
        #expect(line.hasSuffix("\n"))
        #expect(line.dropLast().contains("\n") == false, "a newline in the message split the line")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["level"] as? String == "info")
        #expect(object["label"] as? String == "codes.vapor.request")
        #expect(object["message"] as? String == "GET /healthz 200 0.4 ms\nsecond line")
        let metadata = try #require(object["metadata"] as? [String: Any])
        #expect(metadata["request_id"] as? String == "abc-123")
        #expect(metadata["status"] as? String == "200")
        #expect(metadata["tags"] as? [String] == ["a", "b"])
        let time = try #require(object["time"] as? String)
        let parsed = try Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(time)
        #expect(abs(parsed.timeIntervalSinceNow) < 60)
    }
}
