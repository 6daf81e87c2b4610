/// Counts a test's loads through the stamped cache, and says which one each was.
actor CacheLoads {
    var count = 0
    func next() -> Int {
        count += 1
        return count
    }
}
