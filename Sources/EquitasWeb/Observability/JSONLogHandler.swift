import Foundation
import Logging

/// One JSON object per line — `{"level","time","label","message","metadata"}` — for log
/// collectors that parse rather than grep (`EQUITAS_LOG_FORMAT=json`). Metadata nests
/// as JSON objects and arrays; everything else becomes a string.
public struct JSONLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    private let label: String
    private let write: @Sendable (String) -> Void

    /// `write` receives each line, newline included; the default appends it to stderr.
    public init(label: String, metadataProvider: Logger.MetadataProvider? = nil, write: (@Sendable (String) -> Void)? = nil) {
        self.label = label
        self.metadataProvider = metadataProvider
        self.write = write ?? JSONLogHandler.standardError
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let given = event.metadata { merged.merge(given) { _, new in new } }
        var object: [String: Any] = [
            "level": event.level.rawValue,
            "time": Self.timestamp(Date()),
            "label": label,
            "message": event.message.description,
        ]
        if !merged.isEmpty { object["metadata"] = merged.mapValues(Self.json) }
        if let error = event.error { object["error"] = String(reflecting: error) }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]),
            let line = String(data: data, encoding: .utf8)
        else { return }
        write(line + "\n")
    }

    static func json(_ value: Logger.MetadataValue) -> Any {
        switch value {
        case .string(let text): text
        case .stringConvertible(let convertible): convertible.description
        case .dictionary(let dictionary): dictionary.mapValues(json)
        case .array(let array): array.map(json)
        }
    }

    static func timestamp(_ date: Date) -> String {
        // UTC with milliseconds: 2026-11-23T20:31:44.123Z.
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    /// Lines from several threads must not interleave.
    private static let lock = NSLock()

    private static let standardError: @Sendable (String) -> Void = { line in
        lock.withLock { FileHandle.standardError.write(Data(line.utf8)) }
    }
}
