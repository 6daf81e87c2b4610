extension Challenge {
    /// Checks the challenge against its framework and returns it tidied (text trimmed,
    /// version pinned). Organisation ids are checked by the store, which knows them.
    /// `second` is the framework of the second level, if the challenge has one.
    public func validated(against framework: Framework, second: Framework? = nil) throws(ValidationFailure) -> Challenge {
        var copy = self
        copy.frameworkVersion = framework.version
        guard !organisationIds.isEmpty else {
            throw ValidationFailure(path: "organisation_ids", message: "name at least one organisation")
        }
        if Set(organisationIds).count != organisationIds.count {
            throw ValidationFailure(path: "organisation_ids", message: "names the same organisation twice")
        }
        guard !modules.isEmpty else {
            throw ValidationFailure(path: "modules", message: "put at least one \(framework.moduleNoun) of \(framework.id) in scope")
        }
        var seen: Set<String> = []
        for (index, module) in modules.enumerated() {
            let path = "modules[\(index)]"
            guard framework.module(module.id) != nil else {
                throw ValidationFailure(path: "\(path).id", message: "unknown \(framework.moduleNoun) \"\(module.id)\" in \(framework.id); known: \(framework.modules.map(\.id).joined(separator: ", "))")
            }
            guard seen.insert(module.id).inserted else {
                throw ValidationFailure(path: "\(path).id", message: "\"\(module.id)\" is in scope twice")
            }
            try framework.checkLevel(module.level, path: "\(path).level")
            copy.modules[index].conclusion = Text.optional(module.conclusion)
        }
        copy.focus = try Text.optional(focus, path: "focus", maximum: 500)
        copy.conclusion = try Text.optional(conclusion, path: "conclusion")
        if let start, let end, end < start {
            throw ValidationFailure(path: "end", message: "the end date (\(end.longForm)) must not be before the start date (\(start.longForm))")
        }
        if let award {
            try framework.checkLevel(award.level, path: "award.level")
            guard award.awarded < award.expires else {
                throw ValidationFailure(
                    path: "award.expires", message: "the expiry date (\(award.expires.longForm)) must be after the award date (\(award.awarded.longForm))")
            }
        }
        copy.secondLevel = try validatedSecondLevel(in: second)
        return copy
    }
}

extension Framework {
    func checkLevel(_ id: String, path: String) throws(ValidationFailure) {
        guard level(id) != nil else {
            throw ValidationFailure(path: path, message: "unknown level \"\(id)\" in \(self.id); known: \(levels.map(\.id).joined(separator: ", "))")
        }
    }
}
