import EquitasRender
import NIOPosix

/// Rendering a PDF waits for LibreOffice for seconds; done on an event loop it would
/// hold every other request on that loop as long. So a PDF is made on the blocking
/// thread pool, and every other format, which takes milliseconds, where it is.
enum OffTheEventLoop {
    static func render(_ format: ReportFormat, _ body: @escaping @Sendable () throws -> RenderedReport) async throws -> RenderedReport {
        guard format == .pdf else { return try body() }
        return try await NIOThreadPool.singleton.runIfActive(body)
    }
}
