import EquitasPersistence
import NIOConcurrencyHelpers
import Prometheus
import Vapor

/// The application's Prometheus metrics, in a registry this Application owns: tests
/// start many applications in one process, and none sees another's counts. We never
/// call `MetricsSystem.bootstrap` (process-wide, once only); Vapor's own swift-metrics
/// calls therefore stay no-ops and everything `/metrics` shows is recorded here.
final class RequestMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()

    /// Upper bounds of the latency buckets: a page or API call normally takes a few
    /// milliseconds; exports and uploads take seconds.
    static let latencyBuckets: [Duration] = [
        .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
        .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10),
    ]

    private let inFlight: Gauge
    private let databaseQueries: Counter
    private let cacheHits: Counter
    private let cacheMisses: Counter
    private let cacheWaits: Counter
    private let cacheEntries: Gauge
    private let cacheBytes: Gauge
    /// The cache's running totals at the last scrape, so the counters move by the difference.
    private let cacheSeen = NIOLockedValueBox((hits: 0, misses: 0, waits: 0))

    init() {
        inFlight = registry.makeGauge(descriptor: Self.name(
            "http_requests_in_flight", unit: "", help: "Requests being answered now."))
        databaseQueries = registry.makeCounter(descriptor: Self.name(
            "database_queries", unit: "total",
            help: "Fluent queries that requests ran through req.db (raw SQL is not counted)."))
        cacheHits = registry.makeCounter(descriptor: Self.name(
            "page_cache_hits", unit: "total",
            help: "Reads a page answered from what this instance kept at the current change stamp, or from a load another request had under way."))
        cacheMisses = registry.makeCounter(descriptor: Self.name(
            "page_cache_misses", unit: "total", help: "Reads that went to the database because nothing was kept or the stamp had moved."))
        cacheWaits = registry.makeCounter(descriptor: Self.name(
            "page_cache_waits", unit: "total", help: "Reads that waited for the same load another request had under way instead of loading."))
        cacheEntries = registry.makeGauge(descriptor: Self.name("page_cache_entries", unit: "", help: "Values this instance keeps."))
        cacheBytes = registry.makeGauge(descriptor: Self.name(
            "page_cache_estimated_bytes", unit: "", help: "Roughly how much they take (the cache's own estimate)."))
    }

    /// Brings the page cache's figures up to date; called as /metrics is read.
    func observe(_ cache: StampedCache) {
        // Read under this lock, so that two scrapes at once never count the same reads twice.
        let (counts, hits, misses, waits) = cacheSeen.withLockedValue { seen in
            let counts = cache.counts
            defer { seen = (counts.hits, counts.misses, counts.waits) }
            return (counts, counts.hits - seen.hits, counts.misses - seen.misses, counts.waits - seen.waits)
        }
        if hits > 0 { cacheHits.increment(by: Int64(hits)) }
        if misses > 0 { cacheMisses.increment(by: Int64(misses)) }
        if waits > 0 { cacheWaits.increment(by: Int64(waits)) }
        cacheEntries.set(to: Double(counts.entries))
        cacheBytes.set(to: Double(counts.cost))
    }

    /// Records the connections' ceiling, which is configuration, not a live reading:
    /// neither driver reports how many connections are open or waited for. Fluent keeps
    /// one pool per event loop: on SQLite of one connection each; on PostgreSQL of
    /// `PostgresTuning.connectionsPerEventLoop`, beside the kept reads' own connections.
    convenience init(database: DatabaseConfiguration, eventLoops: any EventLoopGroup) {
        self.init()
        var loops = 0
        for _ in eventLoops.makeIterator() { loops += 1 }
        let (driver, ceiling) = switch database {
        case .sqlite: ("sqlite", loops)
        case .postgres: ("postgres", loops * PostgresTuning.connectionsPerEventLoop + PostgresTuning.keptReadConnections(eventLoops: loops))
        }
        registry.makeGauge(
            descriptor: Self.name(
                "database_pool_max_connections", unit: "",
                help: "Most database connections the server may open (configuration, not a live reading)."),
            labels: [("driver", driver)]
        ).set(to: Double(ceiling))
    }

    func requestStarted() { inFlight.increment() }

    func requestFinished(method: String, route: String, status: HTTPResponseStatus, duration: Duration, queries: Int) {
        inFlight.decrement()
        let code = String(status.code)
        registry.makeCounter(
            descriptor: Self.name("http_requests", unit: "total", help: "Requests answered, by route pattern and status."),
            labels: [("method", method), ("route", route), ("status", code)]
        ).increment()
        registry.makeDurationHistogram(
            descriptor: Self.name("http_request_duration", unit: "seconds", help: "Time to answer a request, by route pattern."),
            labels: [("method", method), ("route", route), ("status_class", "\(status.code / 100)xx")],
            buckets: Self.latencyBuckets
        ).record(duration)
        if status.code >= 500 {
            registry.makeCounter(
                descriptor: Self.name("http_server_errors", unit: "total", help: "Requests answered with a 5xx status."),
                labels: [("method", method), ("route", route)]
            ).increment()
        }
        if queries > 0 { databaseQueries.increment(by: Int64(queries)) }
    }

    private static func name(_ name: String, unit: String, help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "equitas", metricName: name, unitName: unit, helpText: help)
    }
}

extension Application {
    private struct RequestMetricsKey: StorageKey {
        typealias Value = RequestMetrics
    }

    /// Set once by `configure`, before the application serves anything: storage is
    /// not safe to fill lazily from several event loops at once.
    var requestMetrics: RequestMetrics {
        get {
            guard let metrics = storage[RequestMetricsKey.self] else {
                fatalError("configure(_:_:) has not run: the application has no metrics registry")
            }
            return metrics
        }
        set { storage[RequestMetricsKey.self] = newValue }
    }
}
