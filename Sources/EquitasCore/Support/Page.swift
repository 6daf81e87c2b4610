/// One page of a list. `page` counts from 1.
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    public var metadata: PageMetadata

    public init(items: [Item], metadata: PageMetadata) {
        self.items = items
        self.metadata = metadata
    }
}

extension Page: Codable where Item: Codable {}
extension Page: Equatable where Item: Equatable {}

public struct PageMetadata: Codable, Equatable, Sendable {
    public var page: Int
    public var per: Int
    public var total: Int

    public init(page: Int, per: Int, total: Int) {
        self.page = page
        self.per = per
        self.total = total
    }
}

/// Which page a caller asked for, clamped to sane bounds so that `per=100000`
/// cannot be used to read a whole table in one request.
public struct PageRequest: Equatable, Sendable {
    public static let maximumPer = 200
    public static let defaultPer = 50
    public static let maximumPage = 1_000_000

    public let page: Int
    public let per: Int

    public init(page: Int? = nil, per: Int? = nil) throws(ValidationFailure) {
        let page = page ?? 1
        let per = per ?? PageRequest.defaultPer
        // The upper bound keeps `offset` far from overflow whatever a caller sends.
        guard (1...PageRequest.maximumPage).contains(page) else {
            throw ValidationFailure(path: "page", message: "must be between 1 and \(PageRequest.maximumPage)")
        }
        guard (1...PageRequest.maximumPer).contains(per) else {
            throw ValidationFailure(path: "per", message: "must be between 1 and \(PageRequest.maximumPer)")
        }
        self.page = page
        self.per = per
    }

    public var offset: Int { (page - 1) * per }
}
